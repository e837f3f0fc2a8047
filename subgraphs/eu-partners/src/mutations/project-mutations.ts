import { euPartnersTables, foldForSearch } from '@cohesion/db';
import {
  checkOrder,
  checkText,
  createRecurringRecordMutations,
  localizedTextValue,
  pickGiven,
  searchTextOf,
} from '@cohesion/kit';
import { type ProjectRow } from '../data/rows';
import {
  type CreateEuProjectInput,
  type MutationResolvers,
  type UpdateEuProjectInput,
} from '../generated/resolvers-types';
import { createdRecordValues, EU_LEVEL, runMutation } from './run-mutation';

const { projects, organisations } = euPartnersTables;

type ProjectTexts = {
  name?: string | null;
  fundingProgramme?: string | null;
  grantNumber?: string | null;
};

const textErrors = (input: ProjectTexts) => [
  checkText('name', input.name, { maxLength: 300 }),
  checkText('fundingProgramme', input.fundingProgramme, { maxLength: 200 }),
  checkText('grantNumber', input.grantNumber, { maxLength: 100 }),
];

/** A period given to the day: the day as the stored period text, and as its first or last day. */
const periodOf = (startsOn: string | null | undefined, endsOn: string | null | undefined) => ({
  periodStart: startsOn,
  startsOn,
  periodEnd: endsOn,
  endsOn,
});

export const projectMutations: Pick<
  MutationResolvers,
  'createEuProject' | 'updateEuProject' | 'archiveEuProject'
> = createRecurringRecordMutations<ProjectRow, 'EuProject', CreateEuProjectInput, UpdateEuProjectInput>(
  runMutation,
  {
    kind: 'project',
    recordType: 'EuProject',
    table: projects,
    idColumn: projects.id,
    territory: () => EU_LEVEL,
    references: [
      {
        field: 'leadOrganisation',
        table: organisations,
        idColumn: organisations.id,
        recordType: 'EuOrganisation',
      },
      { field: 'funder', table: organisations, idColumn: organisations.id, recordType: 'EuOrganisation' },
    ],
    createErrors: textErrors,
    updateErrors: textErrors,
    insert: (input, identity) => ({
      name: input.name.trim(),
      acronym: input.acronym ?? null,
      ...periodOf(input.startsOn ?? null, input.endsOn ?? null),
      funding: input.funding ?? null,
      fundingProgramme: input.fundingProgramme ?? null,
      grantNumber: input.grantNumber ?? null,
      leadOrganisationId: input.leadOrganisation ?? null,
      funderOrganisationId: input.funder ?? null,
      description: localizedTextValue(input.description),
      ...createdRecordValues(identity),
    }),
    change: (input, current, fail) => {
      const next = pickGiven({
        name: input.name?.trim(),
        acronym: input.acronym,
        ...periodOf(input.startsOn, input.endsOn),
        funding: input.funding,
        fundingProgramme: input.fundingProgramme,
        grantNumber: input.grantNumber,
        description: input.description ? localizedTextValue(input.description) : null,
      });
      const merged = { ...current, ...next };
      const endsTooEarly = checkOrder('endsOn', merged.startsOn, merged.endsOn, "the project's start");
      return endsTooEarly ? fail(endsTooEarly) : next;
    },
    derive: (row) => ({
      sortName: foldForSearch(row.acronym ?? row.name),
      searchText: searchTextOf(row.name, row.acronym),
    }),
  },
);
