import { flandersTables } from '@cohesion/db';
import {
  checkDate,
  checkLocalizedText,
  checkSomethingToChange,
  checkText,
  checkVersion,
  collectUserErrors,
  creationChanges,
  invalidValue,
  localizedTextValue,
  newRecordId,
  pickGiven,
  recordNotFound,
  type MutationTransaction,
  archiveMutationResolver,
} from '@cohesion/kit';
import { eq } from 'drizzle-orm';
import { type ProjectRow } from '../data/rows';
import { type MutationResolvers } from '../generated/resolvers-types';
import { createdCuratedValues, searchTextOf, sortTextOf } from './curated-values';
import { FLEMISH_REGION, runMutation } from './run-mutation';

const { projects, organisations } = flandersTables;
const RECORD_TYPE = 'FlemishProject';

type ProjectFields = {
  names?: Parameters<typeof localizedTextValue>[0] | null;
  acronym?: string | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  funding?: string | null;
  description?: Parameters<typeof localizedTextValue>[0] | null;
};

function fieldErrors(input: ProjectFields) {
  return [
    checkLocalizedText('names', input.names, { maxLength: 300 }),
    checkText('acronym', input.acronym, { maxLength: 30 }),
    checkDate('periodStart', input.periodStart, { notBefore: '2000-01-01' }),
    checkDate('periodEnd', input.periodEnd, { notBefore: '2000-01-01' }),
    input.periodStart && input.periodEnd && input.periodEnd < input.periodStart
      ? invalidValue(
          'periodEnd',
          input.periodEnd,
          `expected a day on or after periodStart ${input.periodStart}`,
        )
      : null,
    checkText('funding', input.funding, { maxLength: 300 }),
    checkLocalizedText('description', input.description, { maxLength: 5000 }),
  ];
}

function derived(row: Pick<ProjectRow, 'name' | 'acronym' | 'alsoKnownAs' | 'description' | 'funding'>) {
  return {
    sortName: sortTextOf(row.acronym ? { nl: row.acronym } : row.name),
    searchText: searchTextOf(row.name, row.acronym, row.alsoKnownAs, row.description, row.funding),
  };
}

/** A lead organisation named by the input must exist. */
async function requireOrganisation(
  transaction: MutationTransaction,
  id: string | null | undefined,
): Promise<void> {
  if (!id) return;
  const [organisation] = await transaction.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, id));
  if (!organisation) transaction.fail(recordNotFound('leadOrganisation', 'FlemishOrganisation', id));
}

export const projectMutations: Pick<
  MutationResolvers,
  'createFlemishProject' | 'updateFlemishProject' | 'archiveFlemishProject'
> = {
  createFlemishProject: (_root, { input }, context) =>
    runMutation(context, {
      mutation: 'createFlemishProject',
      input,
      userErrors: collectUserErrors(
        checkLocalizedText('names', input.names, { maxLength: 300, required: true }),
        fieldErrors(input),
      ),
      write: async (transaction) => {
        const id = newRecordId('project');
        transaction.requireJurisdiction(FLEMISH_REGION, { recordType: RECORD_TYPE, id });
        await requireOrganisation(transaction, input.leadOrganisation);
        const name = localizedTextValue(input.names);
        const description = input.description ? localizedTextValue(input.description) : null;
        const values = {
          id,
          name,
          acronym: input.acronym ?? null,
          periodStart: input.periodStart ?? null,
          periodStartPrecision: input.periodStart ? ('DAY' as const) : null,
          periodEnd: input.periodEnd ?? null,
          periodEndPrecision: input.periodEnd ? ('DAY' as const) : null,
          funding: input.funding ?? null,
          leadOrganisationId: input.leadOrganisation ?? null,
          partners: [],
          description,
          outputOfferIds: [] as string[],
          ...createdCuratedValues(transaction.identity, ''),
        };
        const row = { ...values, ...derived({ ...values }) };
        const [project] = await transaction.db.insert(projects).values(row).returning();
        await transaction.audit({
          recordType: RECORD_TYPE,
          recordId: id,
          changes: creationChanges(row),
          territory: FLEMISH_REGION,
        });
        return { project: project as ProjectRow };
      },
    }),
  updateFlemishProject: (_root, { input }, context) =>
    runMutation(context, {
      mutation: 'updateFlemishProject',
      input,
      userErrors: collectUserErrors(
        checkVersion('expectedVersion', input.expectedVersion),
        fieldErrors(input),
        checkSomethingToChange(input, [
          'names',
          'acronym',
          'periodStart',
          'periodEnd',
          'funding',
          'leadOrganisation',
          'description',
        ]),
      ),
      write: async (transaction) => {
        await requireOrganisation(transaction, input.leadOrganisation);
        return {
          project: await transaction.updateVersioned<ProjectRow>({
            table: projects,
            idColumn: projects.id,
            id: input.id,
            recordType: RECORD_TYPE,
            expectedVersion: input.expectedVersion,
            territory: () => FLEMISH_REGION,
            set: (current) => {
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
              if (merged.periodStart && merged.periodEnd && merged.periodEnd < merged.periodStart) {
                transaction.fail(
                  invalidValue(
                    'periodEnd',
                    merged.periodEnd,
                    `expected a day on or after the project's start ${merged.periodStart}`,
                  ),
                );
              }
              return { ...next, ...derived(merged) };
            },
          }),
        };
      },
    }),
  archiveFlemishProject: archiveMutationResolver<ProjectRow, 'project'>(runMutation, {
    territory: () => FLEMISH_REGION,
    mutation: 'archiveFlemishProject',
    table: projects,
    idColumn: projects.id,
    recordType: RECORD_TYPE,
    payloadKey: 'project',
  }),
};
