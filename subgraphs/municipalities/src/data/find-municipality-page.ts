import { type Database, foldForSearch, municipalitiesTables } from '@cohesion/db';
import { and, asc, count, eq, gt, like, type SQL } from 'drizzle-orm';
import { municipalityColumns } from './find-municipalities-by-nis';
import { type MunicipalityRow } from './rows';

const { municipalities } = municipalitiesTables;

export type MunicipalityPageQuery = {
  regionNis?: string | undefined;
  provinceNis?: string | undefined;
  search?: string | undefined;
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function whereOf(query: MunicipalityPageQuery): SQL | undefined {
  const folded = query.search ? foldForSearch(query.search) : '';
  return and(
    query.regionNis ? eq(municipalities.regionNis, query.regionNis) : undefined,
    query.provinceNis ? eq(municipalities.provinceNis, query.provinceNis) : undefined,
    folded ? like(municipalities.searchText, `%${escapeLike(folded)}%`) : undefined,
  );
}

/**
 * One page in NIS order after the cursor key (keyset paging); reads one row more than asked to know
 * whether another page follows.
 */
export async function findMunicipalityPage(
  db: Database,
  query: MunicipalityPageQuery & { afterNis?: string | undefined; first: number },
): Promise<{ rows: MunicipalityRow[]; hasNextPage: boolean }> {
  const rows = await db
    .select(municipalityColumns)
    .from(municipalities)
    .where(and(whereOf(query), query.afterNis ? gt(municipalities.nis, query.afterNis) : undefined))
    .orderBy(asc(municipalities.nis))
    .limit(query.first + 1);
  return { rows: rows.slice(0, query.first), hasNextPage: rows.length > query.first };
}

export async function countMunicipalities(db: Database, query: MunicipalityPageQuery): Promise<number> {
  const [result] = await db.select({ total: count() }).from(municipalities).where(whereOf(query));
  return result?.total ?? 0;
}
