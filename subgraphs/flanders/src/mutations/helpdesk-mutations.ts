import { flandersTables } from '@cohesion/db';
import {
  checkVersion,
  checkWholeNumber,
  collectUserErrors,
  creationChanges,
  todayIso,
  UserErrorCode,
  writerProvenance,
  writtenThroughApi,
} from '@cohesion/kit';
import { eq } from 'drizzle-orm';
import { type HelpdeskYearRow } from '../data/rows';
import { type MutationResolvers } from '../generated/resolvers-types';
import { HELPDESK_OFFER_ID } from './flemish-municipalities';
import { FLEMISH_REGION, runMutation } from './run-mutation';

const { helpdeskYears } = flandersTables;
const RECORD_TYPE = 'FlemishHelpdeskYear';

export const helpdeskMutations: Pick<MutationResolvers, 'recordFlemishHelpdeskYear'> = {
  recordFlemishHelpdeskYear: (_root, { input }, context) =>
    runMutation(context, {
      mutation: 'recordFlemishHelpdeskYear',
      input,
      userErrors: collectUserErrors(
        // VVSG's helpdesk opened in January 2015; a year is recorded once it has begun.
        checkWholeNumber('year', input.year, { min: 2015, max: Number(todayIso().slice(0, 4)) }),
        checkWholeNumber('questions', input.questions, { min: 0, max: 100_000 }),
        checkWholeNumber('localGovernments', input.localGovernments, { min: 0, max: 1_000 }),
        checkVersion('expectedVersion', input.expectedVersion),
      ),
      write: async (transaction) => {
        const recordId = String(input.year);
        transaction.requireJurisdiction(FLEMISH_REGION, {
          recordType: RECORD_TYPE,
          id: recordId,
          idField: 'year',
        });
        const figures = { questions: input.questions, localGovernments: input.localGovernments };
        if (input.expectedVersion !== null && input.expectedVersion !== undefined) {
          const helpdeskYear = await transaction.updateVersioned<HelpdeskYearRow>({
            table: helpdeskYears,
            idColumn: helpdeskYears.year,
            id: recordId,
            idField: 'year',
            recordType: RECORD_TYPE,
            expectedVersion: input.expectedVersion,
            territory: () => FLEMISH_REGION,
            set: { ...figures, ...writerProvenance(transaction.identity) },
          });
          return { helpdeskYear };
        }
        const [recorded] = await transaction.db
          .select({ version: helpdeskYears.version })
          .from(helpdeskYears)
          .where(eq(helpdeskYears.year, input.year))
          .for('update');
        if (recorded) {
          transaction.fail({
            code: UserErrorCode.CONFLICT,
            field: 'input.expectedVersion',
            message: `The helpdesk year ${input.year} is recorded already, at version ${recorded.version}: to correct it, give expectedVersion ${recorded.version}.`,
            currentVersion: recorded.version,
          });
        }
        const values = {
          year: input.year,
          offerId: HELPDESK_OFFER_ID,
          ...figures,
          ...writerProvenance(transaction.identity),
          ...writtenThroughApi(),
        };
        const [helpdeskYear] = await transaction.db.insert(helpdeskYears).values(values).returning();
        await transaction.audit({
          recordType: RECORD_TYPE,
          recordId,
          changes: creationChanges(values),
          territory: FLEMISH_REGION,
        });
        return { helpdeskYear: helpdeskYear as HelpdeskYearRow };
      },
    }),
};
