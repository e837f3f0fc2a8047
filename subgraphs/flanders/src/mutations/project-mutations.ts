import { flandersTables } from '@cohesion/db';
import { checkOrder, createRecurringRecordMutations, localizedTextValue, pickGiven } from '@cohesion/kit';
import { type ProjectRow } from '../data/rows';
import {
  type CreateFlemishProjectInput,
  type MutationResolvers,
  type UpdateFlemishProjectInput,
} from '../generated/resolvers-types';
import { createdCuratedValues, searchTextOf, sortTextOf } from './curated-values';
import { FLEMISH_REGION, runMutation } from './run-mutation';

const { projects, organisations } = flandersTables;

export const projectMutations: Pick<
  MutationResolvers,
  'createFlemishProject' | 'updateFlemishProject' | 'archiveFlemishProject'
> = createRecurringRecordMutations<
  ProjectRow,
  'FlemishProject',
  CreateFlemishProjectInput,
  UpdateFlemishProjectInput
>(runMutation, {
  kind: 'project',
  recordType: 'FlemishProject',
  table: projects,
  idColumn: projects.id,
  territory: () => FLEMISH_REGION,
  references: [
    {
      field: 'leadOrganisation',
      table: organisations,
      idColumn: organisations.id,
      recordType: 'FlemishOrganisation',
    },
  ],
  insert: (input, identity) => ({
    name: localizedTextValue(input.names),
    acronym: input.acronym ?? null,
    periodStart: input.periodStart ?? null,
    periodStartPrecision: input.periodStart ? 'DAY' : null,
    periodEnd: input.periodEnd ?? null,
    periodEndPrecision: input.periodEnd ? 'DAY' : null,
    funding: input.funding ?? null,
    leadOrganisationId: input.leadOrganisation ?? null,
    partners: [],
    description: input.description ? localizedTextValue(input.description) : null,
    outputOfferIds: [],
    ...createdCuratedValues(identity),
  }),
  change: (input, current, fail) => {
    const next = pickGiven({
      name: input.names ? localizedTextValue(input.names) : null,
      acronym: input.acronym,
      periodStart: input.periodStart,
      periodStartPrecision: input.periodStart ? ('DAY' as const) : null,
      periodEnd: input.periodEnd,
      periodEndPrecision: input.periodEnd ? ('DAY' as const) : null,
      funding: input.funding,
      leadOrganisationId: input.leadOrganisation,
      description: input.description ? localizedTextValue(input.description) : null,
    });
    const merged = { ...current, ...next };
    const endsTooEarly = checkOrder('periodEnd', merged.periodStart, merged.periodEnd, "the project's start");
    return endsTooEarly ? fail(endsTooEarly) : next;
  },
  derive: (row) => ({
    sortName: sortTextOf(row.acronym ? { nl: row.acronym } : row.name),
    searchText: searchTextOf(row.name, row.acronym, row.alsoKnownAs, row.description, row.funding),
  }),
});
