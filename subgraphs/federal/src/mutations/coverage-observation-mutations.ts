import { federalTables } from '@cohesion/db';
import {
  checkDate,
  checkOneOf,
  checkText,
  checkWebAddress,
  checkWholeNumber,
  collectUserErrors,
  creationChanges,
  invalidValue,
  newRecordId,
  pickGiven,
  todayIso,
  updateMutationResolver,
  writtenByEditor,
} from '@cohesion/kit';
import { type CoverageObservationRow } from '../data/rows';
import {
  type MutationResolvers,
  type UpdateFederalCoverageObservationInput,
} from '../generated/resolvers-types';
import { NATIONAL, runMutation } from './run-mutation';

const { coverageObservations } = federalTables;
const RECORD_TYPE = 'FederalCoverageObservation';

/** The terms the sources use for a cell. */
const CELL_TERMS = ['LIVC', 'LIVC-R', 'CSIL-R'];

type Counts = {
  cells?: number | null;
  municipalitiesCovered?: number | null;
  municipalitiesWithout?: number | null;
  total?: number | null;
  note?: string | null;
};

/** Belgium has 565 municipalities (2025) and had 589 before the mergers: a count of municipalities is at most 600. */
function countErrors(input: Counts) {
  return [
    checkWholeNumber('cells', input.cells, { min: 0, max: 600 }),
    checkWholeNumber('municipalitiesCovered', input.municipalitiesCovered, { min: 0, max: 600 }),
    checkWholeNumber('municipalitiesWithout', input.municipalitiesWithout, { min: 0, max: 600 }),
    checkWholeNumber('total', input.total, { min: 1, max: 600 }),
    input.total != null && input.municipalitiesCovered != null && input.municipalitiesCovered > input.total
      ? invalidValue(
          'municipalitiesCovered',
          input.municipalitiesCovered,
          `expected at most the total of ${input.total} municipalities`,
        )
      : null,
    checkText('note', input.note, { maxLength: 2000 }),
  ];
}

export const coverageObservationMutations: Pick<
  MutationResolvers,
  'recordFederalCoverageObservation' | 'updateFederalCoverageObservation'
> = {
  // A new observation is a new point of the series: earlier ones stay as published, so past answers do not change.
  recordFederalCoverageObservation: (_root, { input }, context) =>
    runMutation(context, {
      mutation: 'recordFederalCoverageObservation',
      input,
      userErrors: collectUserErrors(
        checkDate('date', input.date, { notBefore: '2000-01-01', notAfter: todayIso() }),
        checkOneOf('cellTerm', input.cellTerm, CELL_TERMS),
        checkText('observation', input.observation, { maxLength: 2000 }),
        checkWebAddress('sourceUrl', input.sourceUrl),
        countErrors(input),
      ),
      write: async (transaction) => {
        const observationId = newRecordId('coverage');
        const id = `${observationId}:${input.region}`;
        transaction.requireJurisdiction(NATIONAL, { recordType: RECORD_TYPE, id });
        const values = {
          id,
          observationId,
          date: input.date,
          datePrecision: 'DAY' as const,
          area: input.region,
          cellTerm: input.cellTerm,
          cells: input.cells ?? null,
          municipalitiesCovered: input.municipalitiesCovered ?? null,
          municipalitiesWithout: input.municipalitiesWithout ?? null,
          municipalitiesTotal: input.total ?? null,
          fullyCovered: input.fullyCovered ?? null,
          observation: input.observation,
          note: input.note ?? null,
          ...writtenByEditor(transaction.identity),
          sourceUrl: input.sourceUrl ?? null,
        };
        const [coverageObservation] = await transaction.db
          .insert(coverageObservations)
          .values(values)
          .returning();
        await transaction.audit({
          recordType: RECORD_TYPE,
          recordId: id,
          changes: creationChanges(values),
          territory: NATIONAL,
        });
        return { coverageObservation: coverageObservation as CoverageObservationRow };
      },
    }),
  updateFederalCoverageObservation: updateMutationResolver<
    CoverageObservationRow,
    'coverageObservation',
    UpdateFederalCoverageObservationInput
  >(runMutation, {
    mutation: 'updateFederalCoverageObservation',
    table: coverageObservations,
    idColumn: coverageObservations.id,
    recordType: RECORD_TYPE,
    payloadKey: 'coverageObservation',
    inputErrors: (input) => countErrors(input),
    territory: () => NATIONAL,
    change: (input) =>
      pickGiven({
        cells: input.cells,
        municipalitiesCovered: input.municipalitiesCovered,
        municipalitiesWithout: input.municipalitiesWithout,
        municipalitiesTotal: input.total,
        fullyCovered: input.fullyCovered,
        note: input.note,
      }),
  }),
};
