import { flandersTables } from '@cohesion/db';
import {
  checkDate,
  checkVersion,
  collectUserErrors,
  creationChanges,
  invalidValue,
  newRecordId,
  todayIso,
  writerProvenance,
  writtenThroughApi,
} from '@cohesion/kit';
import { eq } from 'drizzle-orm';
import { type TrajectoryRow } from '../data/rows';
import { type MutationResolvers } from '../generated/resolvers-types';
import { checkFlemishMunicipalities, COACHING_OFFER_ID, municipalityLinks } from './flemish-municipalities';
import { runMutation } from './run-mutation';

const { coachingTrajectories, coachingTrajectoryMunicipalities } = flandersTables;
const RECORD_TYPE = 'FlemishCoachingTrajectory';

export const coachingMutations: Pick<
  MutationResolvers,
  'startFlemishCoachingTrajectory' | 'endFlemishCoachingTrajectory'
> = {
  startFlemishCoachingTrajectory: (_root, { input }, context) =>
    runMutation(context, {
      mutation: 'startFlemishCoachingTrajectory',
      input,
      userErrors: collectUserErrors(
        checkFlemishMunicipalities('municipalities', input.municipalities),
        // VVSG's coaching began on 1 February 2022; a start may be planned up to a year ahead.
        checkDate('startedOn', input.startedOn, {
          notBefore: '2022-02-01',
          notAfter: `${Number(todayIso().slice(0, 4)) + 1}${todayIso().slice(4)}`,
        }),
      ),
      write: async (transaction) => {
        const id = newRecordId('trajectory');
        const territory = { municipalities: input.municipalities };
        // A province coordinator may start trajectories of its own municipalities only.
        transaction.requireJurisdiction(territory, {
          recordType: RECORD_TYPE,
          id,
          idField: 'municipalities',
        });
        const values = {
          id,
          offerId: COACHING_OFFER_ID,
          track: input.track,
          startedOn: input.startedOn,
          endedOn: null,
          ...writerProvenance(transaction.identity),
          ...writtenThroughApi(),
        };
        const [trajectory] = await transaction.db.insert(coachingTrajectories).values(values).returning();
        await transaction.db
          .insert(coachingTrajectoryMunicipalities)
          .values(municipalityLinks(input.municipalities).map((link) => ({ trajectoryId: id, ...link, ...writtenThroughApi() })));
        await transaction.audit({
          recordType: RECORD_TYPE,
          recordId: id,
          changes: creationChanges({ ...values, municipalities: input.municipalities }),
          territory,
          effectiveDate: input.startedOn,
        });
        return { coachingTrajectory: trajectory as TrajectoryRow };
      },
    }),
  endFlemishCoachingTrajectory: (_root, { input }, context) =>
    runMutation(context, {
      mutation: 'endFlemishCoachingTrajectory',
      input,
      userErrors: collectUserErrors(
        checkVersion('expectedVersion', input.expectedVersion),
        checkDate('endedOn', input.endedOn, { notBefore: '2022-02-01' }),
      ),
      write: async (transaction) => ({
        coachingTrajectory: await transaction.updateVersioned<TrajectoryRow>({
          table: coachingTrajectories,
          idColumn: coachingTrajectories.id,
          id: input.id,
          recordType: RECORD_TYPE,
          expectedVersion: input.expectedVersion,
          effectiveDate: input.endedOn,
          territory: async (row) => ({
            municipalities: (
              await transaction.db
                .select({ nis: coachingTrajectoryMunicipalities.nis })
                .from(coachingTrajectoryMunicipalities)
                .where(eq(coachingTrajectoryMunicipalities.trajectoryId, row.id))
            ).map(({ nis }) => nis),
          }),
          // Ending is a dated change: the start stays, and an ended trajectory keeps its first end.
          set: (current) => {
            if (current.endedOn !== null)
              return transaction.fail(
                invalidValue(
                  'id',
                  input.id,
                  `the trajectory ended on ${current.endedOn} already; end a running trajectory`,
                ),
              );
            if (input.endedOn < current.startedOn)
              return transaction.fail(
                invalidValue(
                  'endedOn',
                  input.endedOn,
                  `expected a day on or after its start ${current.startedOn}`,
                ),
              );
            return { endedOn: input.endedOn };
          },
        }),
      }),
    }),
};
