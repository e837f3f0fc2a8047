import { type Database, flandersTables } from '@cohesion/db';
import { and, count, eq, gt, gte, inArray, lte, notInArray, type SQL } from 'drizzle-orm';
import { afterPosition, countRows, keysetOrder, sliceRows, type KeysetPosition, type SortSpec } from './keyset';
import { type TrajectoryRow } from './rows';

const { coachingTrajectories: trajectories, coachingTrajectoryMunicipalities: members } = flandersTables;

export const TRAJECTORY_ORDERS: Record<'DATE_ASC' | 'DATE_DESC', SortSpec<TrajectoryRow>> = {
  DATE_ASC: { column: trajectories.startedOn, direction: 'asc', valueOf: (row) => row.startedOn },
  DATE_DESC: { column: trajectories.startedOn, direction: 'desc', valueOf: (row) => row.startedOn },
};

export type TrajectoryPageQuery = {
  tracks?: string[] | undefined;
  provinceNis?: string | undefined;
  municipalityNis?: string | undefined;
  shared?: boolean | undefined;
  startedFrom?: string | undefined;
  startedTo?: string | undefined;
};

function whereOf(db: Database, query: TrajectoryPageQuery): SQL | undefined {
  const withMember = (condition: SQL) => inArray(trajectories.id, db.select({ id: members.trajectoryId }).from(members).where(condition));
  const sharedIds = db.select({ id: members.trajectoryId }).from(members).groupBy(members.trajectoryId).having(gt(count(), 1));
  return and(
    query.tracks ? inArray(trajectories.track, query.tracks) : undefined,
    query.provinceNis ? withMember(eq(members.provinceNis, query.provinceNis)) : undefined,
    query.municipalityNis ? withMember(eq(members.nis, query.municipalityNis)) : undefined,
    query.shared === undefined ? undefined : query.shared ? inArray(trajectories.id, sharedIds) : notInArray(trajectories.id, sharedIds),
    query.startedFrom ? gte(trajectories.startedOn, query.startedFrom) : undefined,
    query.startedTo ? lte(trajectories.startedOn, query.startedTo) : undefined,
  );
}

export async function findCoachingTrajectoryPage(
  db: Database,
  query: TrajectoryPageQuery & { sort: SortSpec<TrajectoryRow>; after?: KeysetPosition | undefined; first: number },
) {
  const rows = await db
    .select()
    .from(trajectories)
    .where(and(whereOf(db, query), afterPosition(query.sort, trajectories.id, query.after)))
    .orderBy(...keysetOrder(query.sort, trajectories.id))
    .limit(query.first + 1);
  return sliceRows(rows, query.first);
}

export function countCoachingTrajectories(db: Database, query: TrajectoryPageQuery): Promise<number> {
  return countRows(db, trajectories, whereOf(db, query));
}
