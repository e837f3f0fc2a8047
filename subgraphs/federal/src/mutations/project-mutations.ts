import { federalTables } from '@cohesion/db';
import {
  checkOrder,
  createRecurringRecordMutations,
  localizedTextValue,
  pickGiven,
  searchTextOf,
  writtenByEditor,
} from '@cohesion/kit';
import { type ProjectRow } from '../data/rows';
import {
  type CreateFederalProjectInput,
  type MutationResolvers,
  type UpdateFederalProjectInput,
} from '../generated/resolvers-types';
import { NATIONAL, optionalText, runMutation, sortKeyOf } from './run-mutation';

const { projects, organisations } = federalTables;

export const projectMutations: Pick<
  MutationResolvers,
  'createFederalProject' | 'updateFederalProject' | 'archiveFederalProject'
> = createRecurringRecordMutations<
  ProjectRow,
  'FederalProject',
  CreateFederalProjectInput,
  UpdateFederalProjectInput
>(runMutation, {
  kind: 'project',
  recordType: 'FederalProject',
  table: projects,
  idColumn: projects.id,
  territory: () => NATIONAL,
  references: [
    {
      field: 'leadOrganisation',
      table: organisations,
      idColumn: organisations.id,
      recordType: 'FederalOrganisation',
    },
  ],
  insert: (input, identity) => ({
    title: localizedTextValue(input.titles),
    leadOrganisationId: input.leadOrganisation,
    startDate: input.startsOn ?? null,
    startPrecision: input.startsOn ? 'DAY' : null,
    endDate: input.endsOn ?? null,
    endPrecision: input.endsOn ? 'DAY' : null,
    funderEuOrganisationIds: [],
    fundingNote: null,
    partnerOrganisationIds: [],
    partnerMunicipalityNis: [],
    description: optionalText(input.description),
    ...writtenByEditor(identity),
  }),
  change: (input, current, fail) => {
    const next = pickGiven({
      title: input.titles ? localizedTextValue(input.titles) : null,
      leadOrganisationId: input.leadOrganisation,
      startDate: input.startsOn,
      startPrecision: input.startsOn ? ('DAY' as const) : null,
      endDate: input.endsOn,
      endPrecision: input.endsOn ? ('DAY' as const) : null,
      description: optionalText(input.description),
    });
    const merged = { ...current, ...next };
    const endsTooEarly = checkOrder('endsOn', merged.startDate, merged.endDate, "the project's start");
    return endsTooEarly ? fail(endsTooEarly) : next;
  },
  derive: (row) => ({ sortKey: sortKeyOf(row.title), searchText: searchTextOf(row.title) }),
});
