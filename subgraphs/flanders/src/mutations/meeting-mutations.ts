import { flandersTables } from '@cohesion/db';
import {
  checkDate,
  checkLocalizedText,
  collectUserErrors,
  creationChanges,
  invalidValue,
  localizedTextValue,
  newRecordId,
  recordNotFound,
  writerProvenance,
  writtenThroughApi,
} from '@cohesion/kit';
import { eq } from 'drizzle-orm';
import { type MeetingRow } from '../data/rows';
import { type MutationResolvers } from '../generated/resolvers-types';
import { FLEMISH_REGION, runMutation } from './run-mutation';

const { networks, networkMeetings } = flandersTables;
const RECORD_TYPE = 'FlemishMeeting';

export const meetingMutations: Pick<MutationResolvers, 'scheduleFlemishMeeting'> = {
  scheduleFlemishMeeting: (_root, { input }, context) =>
    runMutation(context, {
      mutation: 'scheduleFlemishMeeting',
      input,
      userErrors: collectUserErrors(
        checkDate('date', input.date, { notBefore: '2015-01-01' }),
        (input.agenda ?? []).length > 20
          ? invalidValue('agenda', input.agenda?.length, 'expected at most 20 agenda themes')
          : null,
        (input.agenda ?? []).map((theme, index) =>
          checkLocalizedText(`agenda.${index}`, theme, { maxLength: 300, required: true }),
        ),
      ),
      write: async (transaction) => {
        const [network] = await transaction.db
          .select({ id: networks.id, archivedOn: networks.archivedOn })
          .from(networks)
          .where(eq(networks.id, input.network));
        if (!network) return transaction.fail(recordNotFound('network', 'FlemishNetwork', input.network));
        transaction.requireJurisdiction(FLEMISH_REGION, {
          recordType: 'FlemishNetwork',
          id: input.network,
          idField: 'network',
        });
        if (network.archivedOn !== null) {
          transaction.fail(
            invalidValue(
              'network',
              input.network,
              `the network was archived on ${network.archivedOn}; schedule meetings of a current network`,
            ),
          );
        }
        const id = newRecordId('meeting');
        const values = {
          id,
          networkId: input.network,
          date: input.date,
          mode: input.mode,
          agenda: (input.agenda ?? []).map(localizedTextValue),
          ...writerProvenance(transaction.identity),
          ...writtenThroughApi(),
        };
        const [meeting] = await transaction.db.insert(networkMeetings).values(values).returning();
        await transaction.audit({
          recordType: RECORD_TYPE,
          recordId: id,
          changes: creationChanges(values),
          territory: FLEMISH_REGION,
          effectiveDate: input.date,
        });
        return { meeting: meeting as MeetingRow };
      },
    }),
};
