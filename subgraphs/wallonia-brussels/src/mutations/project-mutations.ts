import { walloniaBrusselsTables } from '@cohesion/db';
import {
  archiveMutationResolver,
  updateMutationResolver,
  checkDate,
  checkLocalizedText,
  checkText,
  collectUserErrors,
  creationChanges,
  invalidValue,
  localizedTextValue,
  newRecordId,
  pickGiven,
  recordNotFound,
  searchTextOf,
} from '@cohesion/kit';
import { eq } from 'drizzle-orm';
import { type ProjectRow } from '../data/rows';
import {
  type MutationResolvers,
  type UpdateWalloniaBrusselsProjectInput,
} from '../generated/resolvers-types';
import { createdRecordValues, LEVEL_REGIONS, runMutation, sortTextOf } from './run-mutation';

const { projects, organisations } = walloniaBrusselsTables;
const RECORD_TYPE = 'WalloniaBrusselsProject';

type ProjectFields = {
  names?: Parameters<typeof localizedTextValue>[0] | null;
  acronym?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  funding?: string | null;
  description?: Parameters<typeof localizedTextValue>[0] | null;
};

function fieldErrors(input: ProjectFields) {
  return [
    checkLocalizedText('names', input.names, { maxLength: 300 }),
    checkText('acronym', input.acronym, { maxLength: 30 }),
    checkDate('startsOn', input.startsOn, { notBefore: '2000-01-01' }),
    checkDate('endsOn', input.endsOn, { notBefore: '2000-01-01' }),
    checkText('funding', input.funding, { maxLength: 300 }),
    checkLocalizedText('description', input.description, { maxLength: 5000 }),
  ];
}

function derived(row: Pick<ProjectRow, 'name' | 'acronym' | 'description' | 'citedAs'>) {
  return {
    sortName: sortTextOf(row.name),
    searchText: searchTextOf(row.name, row.acronym, row.description, row.citedAs),
  };
}

export const projectMutations: Pick<
  MutationResolvers,
  'createWalloniaBrusselsProject' | 'updateWalloniaBrusselsProject' | 'archiveWalloniaBrusselsProject'
> = {
  createWalloniaBrusselsProject: (_root, { input }, context) =>
    runMutation(context, {
      mutation: 'createWalloniaBrusselsProject',
      input,
      userErrors: collectUserErrors(
        checkLocalizedText('names', input.names, { maxLength: 300, required: true }),
        checkLocalizedText('description', input.description, { maxLength: 5000, required: true }),
        fieldErrors(input),
      ),
      write: async (transaction) => {
        const id = newRecordId('project');
        transaction.requireJurisdiction(LEVEL_REGIONS, { recordType: RECORD_TYPE, id });
        if (input.leadOrganisation) {
          const [lead] = await transaction.db
            .select({ id: organisations.id })
            .from(organisations)
            .where(eq(organisations.id, input.leadOrganisation));
          if (!lead)
            transaction.fail(
              recordNotFound('leadOrganisation', 'WalloniaBrusselsOrganisation', input.leadOrganisation),
            );
        }
        const values = {
          id,
          name: localizedTextValue(input.names),
          acronym: input.acronym ?? null,
          startsOn: input.startsOn ?? null,
          startPrecision: input.startsOn ? 'DAY' : null,
          endsOn: input.endsOn ?? null,
          endPrecision: input.endsOn ? 'DAY' : null,
          funding: input.funding ?? null,
          leadOrganisationId: input.leadOrganisation ?? null,
          partnerOrganisationIds: [] as string[],
          partnerMunicipalityNis: [] as string[],
          audience: [] as string[],
          plannedOutput: null,
          description: localizedTextValue(input.description),
          ...createdRecordValues(transaction.identity, ''),
        };
        if (values.startsOn && values.endsOn && values.endsOn < values.startsOn) {
          transaction.fail(
            invalidValue('endsOn', values.endsOn, `expected a day on or after startsOn ${values.startsOn}`),
          );
        }
        const row = { ...values, ...derived(values) };
        const [project] = await transaction.db.insert(projects).values(row).returning();
        await transaction.audit({
          recordType: RECORD_TYPE,
          recordId: id,
          changes: creationChanges(row),
          territory: LEVEL_REGIONS,
        });
        return { project: project as ProjectRow };
      },
    }),
  updateWalloniaBrusselsProject: updateMutationResolver<
    ProjectRow,
    'project',
    UpdateWalloniaBrusselsProjectInput
  >(runMutation, {
    mutation: 'updateWalloniaBrusselsProject',
    table: projects,
    idColumn: projects.id,
    recordType: RECORD_TYPE,
    payloadKey: 'project',
    changeable: ['names', 'acronym', 'startsOn', 'endsOn', 'funding', 'description'],
    inputErrors: (input) => fieldErrors(input),
    territory: () => LEVEL_REGIONS,
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
      if (merged.startsOn && merged.endsOn && merged.endsOn < merged.startsOn) {
        fail(
          invalidValue(
            'endsOn',
            merged.endsOn,
            `expected a day on or after the project's start ${merged.startsOn}`,
          ),
        );
      }
      return { ...next, ...derived(merged) };
    },
  }),
  archiveWalloniaBrusselsProject: archiveMutationResolver<ProjectRow, 'project'>(runMutation, {
    mutation: 'archiveWalloniaBrusselsProject',
    table: projects,
    idColumn: projects.id,
    recordType: RECORD_TYPE,
    payloadKey: 'project',
    territory: () => LEVEL_REGIONS,
  }),
};
