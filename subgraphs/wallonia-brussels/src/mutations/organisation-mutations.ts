import { walloniaBrusselsTables } from '@cohesion/db';
import {
  createRecurringRecordMutations,
  invalidValue,
  localizedTextValue,
  pickGiven,
  searchTextOf,
} from '@cohesion/kit';
import { type OrganisationRow } from '../data/rows';
import {
  type CreateWalloniaBrusselsOrganisationInput,
  type MutationResolvers,
  type UpdateWalloniaBrusselsOrganisationInput,
} from '../generated/resolvers-types';
import { createdRecordValues, regionsTerritory, runMutation, sortTextOf } from './run-mutation';

const { organisations } = walloniaBrusselsTables;

/** The regions an organisation or an offer works in: at least one. */
export function checkRegions(regions: readonly string[]) {
  return regions.length === 0
    ? invalidValue('regions', [], 'expected at least one of WALLONIA, BRUSSELS, FLANDERS')
    : null;
}

export const organisationMutations: Pick<
  MutationResolvers,
  | 'createWalloniaBrusselsOrganisation'
  | 'updateWalloniaBrusselsOrganisation'
  | 'archiveWalloniaBrusselsOrganisation'
> = createRecurringRecordMutations<
  OrganisationRow,
  'WalloniaBrusselsOrganisation',
  CreateWalloniaBrusselsOrganisationInput,
  UpdateWalloniaBrusselsOrganisationInput
>(runMutation, {
  kind: 'organisation',
  recordType: 'WalloniaBrusselsOrganisation',
  table: organisations,
  idColumn: organisations.id,
  territory: (row) => regionsTerritory(row.regions),
  territoryField: 'regions',
  createErrors: (input) => [checkRegions(input.regions)],
  insert: (input, identity) => ({
    name: localizedTextValue(input.names),
    acronym: input.acronym ?? null,
    alsoKnownAs: [],
    type: input.type,
    level: input.level,
    regions: [...new Set(input.regions)],
    website: input.website ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    description: localizedTextValue(input.description),
    since: null,
    parentOrganisationId: null,
    municipalityNis: null,
    relayOfEuOrganisationId: null,
    ...createdRecordValues(identity),
  }),
  change: (input) =>
    pickGiven({
      name: input.names ? localizedTextValue(input.names) : null,
      acronym: input.acronym,
      type: input.type,
      website: input.website,
      email: input.email,
      phone: input.phone,
      description: input.description ? localizedTextValue(input.description) : null,
    }),
  derive: (row) => ({
    sortName: sortTextOf(row.name),
    searchText: searchTextOf(row.name, row.acronym, row.alsoKnownAs, row.description, row.citedAs),
  }),
});
