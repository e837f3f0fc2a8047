import { foldForSearch, type DatabaseHandle } from '@cohesion/db';
import { createTestDatabase } from '@cohesion/db/testing';
import { and, eq, like } from 'drizzle-orm';
import { date, pgTable, text } from 'drizzle-orm/pg-core';
import { GraphQLError } from 'graphql';
import { type ConnectionPage } from './connection';
import { encodeCursor, encodeKeysetCursor } from './cursor';
import { ascending, descending, keysetList } from './keyset-list';
import { escapeLike, searchCondition } from './search-condition';

const items = pgTable('paging_items', {
  id: text().primaryKey(),
  name: text().notNull(),
  day: date({ mode: 'string' }),
  searchText: text().notNull(),
});

const ROWS: Array<{ id: string; name: string; day: string | null }> = [
  { id: 'i1', name: 'b', day: '2021-03-01' },
  { id: 'i2', name: 'B', day: null },
  { id: 'i3', name: 'a', day: '2020-01-01' },
  { id: 'i4', name: 'Liège', day: '2021-03-01' },
  { id: 'i5', name: '50% off', day: null },
  { id: 'i6', name: 'a_b', day: '2022-12-31' },
  { id: 'i7', name: 'axb', day: '2020-01-01' },
];

const list = keysetList({
  name: 'test-items',
  table: items,
  id: items.id,
  orders: { DAY_ASC: ascending(items.day), DAY_DESC: descending(items.day), NAME_ASC: ascending(items.name) },
});
const otherList = keysetList({ name: 'other-items', table: items, id: items.id, orders: { DAY_ASC: ascending(items.day) } });

let database: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase({ url: process.env.DATABASE_URL });
  await database.execute('create table paging_items (id text primary key, name text not null, day date, search_text text not null)');
  await database.db.insert(items).values(ROWS.map((row) => ({ ...row, searchText: foldForSearch(row.name) })));
});

afterAll(() => database?.close());

type Order = 'DAY_ASC' | 'DAY_DESC' | 'NAME_ASC';
type Item = typeof items.$inferSelect;

/** Every page of the list in `orderBy` order, `first` rows at a time, following endCursor. */
async function allPages(orderBy: Order, first: number) {
  const pages: Array<ConnectionPage<Item>> = [];
  let after: string | undefined;
  for (;;) {
    const page = await list.findPage(database.db, { orderBy, first, after });
    pages.push(page);
    if (!page.hasNextPage) return pages;
    after = page.cursorOf(page.nodes.at(-1) as Item, page.nodes.length - 1);
  }
}

async function refusal(promise: Promise<unknown>): Promise<GraphQLError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  return error as GraphQLError;
}

describe('keysetList', () => {
  it('pages ascending with undated rows last, ties broken by id, nothing skipped or repeated', async () => {
    const pages = await allPages('DAY_ASC', 2);
    expect(pages.map((page) => page.nodes.map((node) => node.id))).toEqual([['i3', 'i7'], ['i1', 'i4'], ['i6', 'i2'], ['i5']]);
  });

  it('pages descending with undated rows still last', async () => {
    const pages = await allPages('DAY_DESC', 3);
    expect(pages.map((page) => page.nodes.map((node) => node.id))).toEqual([['i6', 'i1', 'i4'], ['i3', 'i7', 'i2'], ['i5']]);
  });

  it('compares text byte-wise, so every database orders (and pages) alike', async () => {
    const pages = await allPages('NAME_ASC', 4);
    expect(pages.flatMap((page) => page.nodes.map((node) => node.id))).toEqual(['i5', 'i2', 'i4', 'i3', 'i6', 'i7', 'i1']);
  });

  it('says whether pages follow and precede', async () => {
    const pages = await allPages('DAY_ASC', 3);
    expect(pages.map(({ hasNextPage, hasPreviousPage }) => [hasPreviousPage, hasNextPage])).toEqual([
      [false, true],
      [true, true],
      [true, false],
    ]);
    const exact = await list.findPage(database.db, { orderBy: 'DAY_ASC', first: ROWS.length });
    expect(exact.hasNextPage).toBe(false);
  });

  it('uses the first order when none is asked for', async () => {
    const page = await list.findPage(database.db, { first: 2 });
    expect(page.nodes.map((node) => node.id)).toEqual(['i3', 'i7']);
  });

  it('counts the total of the filtered list only when asked', async () => {
    const before = database.statementCount();
    const page = await list.findPage(database.db, { first: 1 }, eq(items.day, '2021-03-01'));
    expect(database.statementCount() - before).toBe(1);
    expect(await page.countTotal()).toBe(2);
    expect(await page.countTotal()).toBe(2);
    expect(database.statementCount() - before).toBe(2);
  });

  it('refuses a cursor of another order or another list, naming the argument and the value', async () => {
    const page = await list.findPage(database.db, { orderBy: 'DAY_ASC', first: 1 });
    const cursor = page.cursorOf(page.nodes[0] as Item, 0);
    for (const attempt of [
      list.findPage(database.db, { orderBy: 'DAY_DESC', after: cursor }),
      otherList.findPage(database.db, { orderBy: 'DAY_ASC', after: cursor }),
    ]) {
      const error = await refusal(attempt);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after', value: cursor });
      expect(error.message).toContain(JSON.stringify(cursor));
    }
  });

  it('refuses an empty, garbled or forged cursor', async () => {
    const forged = [
      '',
      'not a cursor',
      encodeCursor('test-items:DAY_ASC', 'i3'),
      encodeCursor('test-items:DAY_ASC', JSON.stringify([1, 'i3'])),
      encodeCursor('test-items:DAY_ASC', JSON.stringify(['2020-01-01'])),
      `${encodeKeysetCursor('test-items:DAY_ASC', { value: '2020-01-01', id: 'i3' })}x`,
    ];
    for (const after of forged) {
      const error = await refusal(list.findPage(database.db, { orderBy: 'DAY_ASC', after }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after', value: after });
    }
  });

  it('refuses page sizes out of bounds and unknown orders', async () => {
    for (const first of [0, -1, 201, 1.5]) {
      const error = await refusal(list.findPage(database.db, { first }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', value: first });
    }
    const bigger = keysetList({ name: 'big', table: items, id: items.id, orders: { DAY_ASC: ascending(items.day) }, maxPageSize: 600 });
    expect((await bigger.findPage(database.db, { first: 600 })).nodes).toHaveLength(ROWS.length);
    const error = await refusal(list.findPage(database.db, { orderBy: 'SIZE_ASC' as Order }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'orderBy', value: 'SIZE_ASC' });
  });
});

describe('searchCondition', () => {
  const search = async (text: string | null) => {
    const page = await list.findPage(database.db, { orderBy: 'NAME_ASC' }, searchCondition(items.searchText, text));
    return page.nodes.map((node) => node.id);
  };

  it('finds text whatever its case and accents', async () => {
    expect(await search('LIEGE')).toEqual(['i4']);
    expect(await search('liège')).toEqual(['i4']);
  });

  it('matches every row for no search or a blank one', async () => {
    expect(await search(null)).toHaveLength(ROWS.length);
    expect(await search('   ')).toHaveLength(ROWS.length);
  });

  it('does not treat % or _ as wildcards', async () => {
    expect(await search('%')).toEqual([]);
    expect(await search('_')).toEqual([]);
    expect(await search('a_b')).toEqual(['i6']);
  });

  it('escapes LIKE wildcards and the escape character', async () => {
    expect(escapeLike('50%_\\')).toBe('50\\%\\_\\\\');
    const rows = await database.db
      .select({ id: items.id })
      .from(items)
      .where(and(like(items.name, `%${escapeLike('a_b')}%`)));
    expect(rows.map((row) => row.id)).toEqual(['i6']);
    const percent = await database.db.select({ id: items.id }).from(items).where(like(items.name, `${escapeLike('50%')}%`));
    expect(percent.map((row) => row.id)).toEqual(['i5']);
  });
});
