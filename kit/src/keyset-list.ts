import { type Database } from '@cohesion/db';
import { and, Column, count, eq, getTableColumns, gt, is, isNull, lt, or, sql, type GetColumnData, type SQL } from 'drizzle-orm';
import { type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { type ConnectionPage } from './connection';
import { checkPageSize, decodeKeysetCursor, encodeKeysetCursor, type KeysetCursorPosition } from './cursor';
import { badUserInput } from './errors';

/** A column (or SQL expression) a list is sorted by, and the direction; nulls come last in both directions. */
export type KeysetOrder = { key: PgColumn | SQL; direction: 'asc' | 'desc' };

/** Sorts by `key`, smallest first, rows without a value last. */
export function ascending(key: PgColumn | SQL): KeysetOrder {
  return { key, direction: 'asc' };
}

/** Sorts by `key`, largest first, rows without a value last. */
export function descending(key: PgColumn | SQL): KeysetOrder {
  return { key, direction: 'desc' };
}

/** The paging arguments of a connection field, as GraphQL hands them over. */
export type PageArguments<Order extends string = string> = {
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: Order | null | undefined;
};

export type KeysetListOptions<Table extends PgTable, Fields extends Record<string, PgColumn>, Order extends string> = {
  /** Names the list in its cursors (`flanders-organisations`), so a cursor of another list is refused. */
  name: string;
  table: Table;
  /** The columns a node holds; every column of the table when omitted. */
  columns?: Fields;
  /** The row's unique key: the tie-breaker of every order. */
  id: PgColumn;
  /** The orders a client may ask for by name; the first is the default. */
  orders: Record<Order, KeysetOrder>;
  /** 50 unless said otherwise. */
  defaultPageSize?: number;
  /** 200 unless said otherwise. */
  maxPageSize?: number;
};

/** A row of the list: the selected columns with their TypeScript types. */
export type KeysetRow<Fields extends Record<string, PgColumn>> = { [Key in keyof Fields]: GetColumnData<Fields[Key]> };

export type KeysetList<Row, Order extends string> = {
  /**
   * One page of the rows matching `where`, after the `after` cursor in the `orderBy` order: a connection page
   * for `connectionResolvers`. Bad `first`, `after` or `orderBy` values are BAD_USER_INPUT errors.
   */
  findPage(db: Database, page: PageArguments<Order>, where?: SQL | undefined): Promise<ConnectionPage<Row>>;
};

const TEXT_COLUMN_TYPES = new Set(['PgText', 'PgVarchar', 'PgChar']);

/**
 * Text compares byte-wise (`collate "C"`): PGlite and a Postgres server with another default collation then
 * sort, and so page, identically, and a cursor's value compares the way the rows were ordered.
 */
function comparable(key: PgColumn | SQL): SQL {
  // An SQL expression also keeps cursor values as plain parameters instead of passing them through a column's
  // driver mapping (a timestamp column would expect a Date).
  return is(key, Column) && TEXT_COLUMN_TYPES.has(key.columnType) ? sql`${key} collate "C"` : sql`${key}`;
}

/** The rows strictly after `position`: sort key nulls last, then id ascending. */
function afterPosition(key: SQL, direction: 'asc' | 'desc', id: SQL, position: KeysetCursorPosition): SQL | undefined {
  if (position.value === null) return and(isNull(key), gt(id, position.id));
  const beyond = direction === 'asc' ? gt(key, position.value) : lt(key, position.value);
  return or(beyond, and(eq(key, position.value), gt(id, position.id)), isNull(key));
}

/**
 * A list paged by keyset (DESIGN.md principle 13: one paging mechanism for every level): each page reads the
 * rows after the last one seen in a total order (the sort key, nulls last, then the id), one row more than asked
 * to know whether another page follows, so a page costs the same wherever it starts and rows are never skipped
 * or repeated. Cursors are opaque, carry the sort value and id of a row, and are scoped to the list and order.
 * `totalCount` is counted only when asked for.
 */
export function keysetList<Table extends PgTable, Order extends string, Fields extends Record<string, PgColumn> = Table['_']['columns']>(
  options: KeysetListOptions<Table, Fields, Order>,
): KeysetList<KeysetRow<Fields>, Order> {
  const { name, table, orders, defaultPageSize = 50, maxPageSize = 200 } = options;
  const fields = options.columns ?? (getTableColumns(table) as Fields);
  const id = comparable(options.id);
  const orderNames = Object.keys(orders) as Order[];
  return {
    async findPage(db, page, where) {
      const orderName = page.orderBy ?? orderNames[0];
      const order = orderName === undefined ? undefined : orders[orderName];
      if (orderName === undefined || !order) throw badUserInput('orderBy', page.orderBy, `expected one of ${orderNames.join(', ')}`);
      const first = checkPageSize(page.first ?? defaultPageSize, maxPageSize);
      const kind = `${name}:${orderName}`;
      const after = page.after === null || page.after === undefined ? undefined : decodeKeysetCursor(kind, page.after);
      const key = comparable(order.key);
      const rows = (await db
        .select({ node: fields, sortValue: sql<string | null>`(${order.key})::text`, idValue: sql<string>`(${options.id})::text` } as never)
        .from(table as never)
        .where(and(where, after ? afterPosition(key, order.direction, id, after) : undefined))
        .orderBy(sql`${key} ${sql.raw(order.direction)} nulls last`, sql`${id} asc`)
        .limit(first + 1)) as unknown as Array<{ node: KeysetRow<Fields>; sortValue: string | null; idValue: string }>;
      const shown = rows.slice(0, first);
      const cursors = shown.map((row) => encodeKeysetCursor(kind, { value: row.sortValue, id: row.idValue }));
      let total: Promise<number> | undefined;
      return {
        nodes: shown.map((row) => row.node),
        hasNextPage: rows.length > first,
        hasPreviousPage: after !== undefined,
        cursorOf: (_node, index) => cursors[index] as string,
        countTotal: () => {
          total ??= (db.select({ total: count() }).from(table as never).where(where) as Promise<Array<{ total: number }>>).then(
            ([result]) => result?.total ?? 0,
          );
          return total;
        },
      };
    },
  };
}
