import { type Database, municipalitiesTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { and, eq, getTableColumns } from 'drizzle-orm';
import { type LivcrCellRow } from './rows';
import { validAt } from './valid-at';

const { livcrCells, livcrCellMemberships } = municipalitiesTables;

/** The cell each of the given 2025 municipalities belongs to on `at` (at most one each). */
export function findLivcrCellsOfMunicipalities(
  db: Database,
  nis: readonly string[],
  at: string,
): Promise<Array<LivcrCellRow & { municipalityNis: string }>> {
  return db
    .select({ ...getTableColumns(livcrCells), municipalityNis: livcrCellMemberships.municipalityNis })
    .from(livcrCellMemberships)
    .innerJoin(livcrCells, eq(livcrCells.id, livcrCellMemberships.cellId))
    .where(
      and(
        equalsAny(livcrCellMemberships.municipalityNis, nis),
        validAt(livcrCellMemberships.memberSince, livcrCellMemberships.memberUntil, at),
        validAt(livcrCells.validFrom, livcrCells.validTo, at),
      ),
    );
}
