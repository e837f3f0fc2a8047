import { walloniaBrusselsTables } from '@cohesion/db';
import {
  checkOrder,
  createRecurringRecordMutations,
  localizedTextValue,
  pickGiven,
  searchTextOf,
} from '@cohesion/kit';
import { type ProjectRow } from '../data/rows';
import {
  type CreateWalloniaBrusselsProjectInput,
  type MutationResolvers,
  type UpdateWalloniaBrusselsProjectInput,
} from '../generated/resolvers-types';
import { createdRecordValues, LEVEL_REGIONS, runMutation, sortTextOf } from './run-mutation';

const { projects, organisations } = walloniaBrusselsTables;

export const projectMutations: Pick<
  MutationResolvers,
  'createWalloniaBrusselsProject' | 'updateWalloniaBrusselsProject' | 'archiveWalloniaBrusselsProject'
> = createRecurringRecordMutations<
  ProjectRow,
  'WalloniaBrusselsProject',
  CreateWalloniaBrusselsProjectInput,
  UpdateWalloniaBrusselsProjectInput
>(runMutation, {
  kind: 'project',
  recordType: 'WalloniaBrusselsProject',
  table: projects,
  idColumn: projects.id,
  territory: () => LEVEL_REGIONS,
  references: [
    {
      field: 'leadOrganisation',
      table: organisations,
      idColumn: organisations.id,
      recordType: 'WalloniaBrusselsOrganisation',
    },
  ],
  insert: (input, identity) => ({
    name: localizedTextValue(input.names),
    acronym: input.acronym ?? null,
    startsOn: input.startsOn ?? null,
    startPrecision: input.startsOn ? 'DAY' : null,
    endsOn: input.endsOn ?? null,
    endPrecision: input.endsOn ? 'DAY' : null,
    funding: input.funding ?? null,
    leadOrganisationId: input.leadOrganisation ?? null,
    partnerOrganisationIds: [],
    partnerMunicipalityNis: [],
    audience: [],
    plannedOutput: null,
    description: localizedTextValue(input.description),
    ...createdRecordValues(identity),
  }),
  change: (input, current, fail) => {
    const next = pickGiven({
      name: input.names ? localizedTextValue(input.names) : null,
      acronym: input.acronym,
      startsOn: input.startsOn,
      startPrecision: input.startsOn ? 'DAY' : null,
      endsOn: input.endsOn,
      endPrecision: input.endsOn ? 'DAY' : null,
      funding: input.funding,
      description: input.description ? localizedTextValue(input.description) : null,
    });
    const merged = { ...current, ...next };
    const endsTooEarly = checkOrder('endsOn', merged.startsOn, merged.endsOn, "the project's start");
    return endsTooEarly ? fail(endsTooEarly) : next;
  },
  derive: (row) => ({
    sortName: sortTextOf(row.name),
    searchText: searchTextOf(row.name, row.acronym, row.description, row.citedAs),
  }),
});
