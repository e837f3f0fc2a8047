import { type Database, flandersTables } from '@cohesion/db';
import { ascending, descending, equalsAny, keysetList, type PageArguments } from '@cohesion/kit';
import { and, count, eq, gt, gte, inArray, lte, notInArray, type SQL } from 'drizzle-orm';

const { coachingTrajectories: trajectories, coachingTrajectoryMunicipalities: members } = flandersTables;

const trajectoryList = keysetList({
  name: 'flanders-coaching-trajectories',
  table: trajectories,
  id: trajectories.id,
  orders: { DATE_ASC: ascending(trajectories.startedOn), DATE_DESC: descending(trajectories.startedOn) },
});

export type TrajectoryPageQuery = {
  tracks?: string[] | undefined;
  provinceNis?: string | undefined;
  municipalityNis?: string | undefined;
  shared?: boolean | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

/** One page of coaching trajectories, by start date. */
export function findCoachingTrajectoryPage(db: Database, query: TrajectoryPageQuery, page: PageArguments<'DATE_ASC' | 'DATE_DESC'>) {
  const withMember = (condition: SQL) => inArray(trajectories.id, db.select({ id: members.trajectoryId }).from(members).where(condition));
  const sharedIds = db.select({ id: members.trajectoryId }).from(members).groupBy(members.trajectoryId).having(gt(count(), 1));
  return trajectoryList.findPage(
    db,
    page,
    and(
      query.tracks ? equalsAny(trajectories.track, query.tracks) : undefined,
      query.provinceNis ? withMember(eq(members.provinceNis, query.provinceNis)) : undefined,
      query.municipalityNis ? withMember(eq(members.nis, query.municipalityNis)) : undefined,
      query.shared === undefined ? undefined : query.shared ? inArray(trajectories.id, sharedIds) : notInArray(trajectories.id, sharedIds),
      query.from ? gte(trajectories.startedOn, query.from) : undefined,
      query.to ? lte(trajectories.startedOn, query.to) : undefined,
    ),
  );
}
