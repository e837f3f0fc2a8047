import { asc } from 'drizzle-orm';
import { integer, pgSchema, primaryKey, text } from 'drizzle-orm/pg-core';
import { type DatabaseHandle } from '../client';
import { seedStateColumns } from '../schema/provenance';
import { createTestDatabase } from '../testing';
import { runSeedOnce } from './run-seed-once';

// A seed-owned pair of tables of its own, so the mechanism is tested apart from any level's content.
const trial = pgSchema('seed_trial');
const seedState = trial.table('seed_state', seedStateColumns());
const shelves = trial.table('shelves', { id: text().primaryKey(), label: text().notNull() });
const books = trial.table('books', { shelfId: text().notNull(), position: integer().notNull(), title: text().notNull() }, (table) => [
  primaryKey({ name: 'books_pk', columns: [table.shelfId, table.position] }),
]);

type Content = { shelves: Array<{ id: string; label: string }>; books: Array<{ shelfId: string; position: number; title: string }> };

describe('runSeedOnce', () => {
  let database: DatabaseHandle;
  const seed = (content: Content, options: { force?: boolean; failAfterWriting?: boolean } = {}) =>
    runSeedOnce(database.db, {
      table: seedState,
      dataset: 'trial',
      inputs: [JSON.stringify(content)],
      ...(options.force ? { force: true } : {}),
      apply: async ({ replaceRows }) => {
        await replaceRows(shelves, shelves.id, content.shelves);
        await replaceRows(books, [books.shelfId, books.position], content.books);
        if (options.failAfterWriting) throw new Error('the seed failed half-way');
      },
    });
  const rows = async () => ({
    shelves: await database.db.select().from(shelves).orderBy(asc(shelves.id)),
    books: await database.db.select().from(books).orderBy(asc(books.shelfId), asc(books.position)),
  });
  const first: Content = {
    shelves: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
    books: [
      { shelfId: 'a', position: 1, title: 'One' },
      { shelfId: 'a', position: 2, title: 'Two' },
      { shelfId: 'b', position: 1, title: 'Three' },
    ],
  };

  beforeEach(async () => {
    database = await createTestDatabase({ url: process.env.DATABASE_URL });
    await database.execute(`
      create schema seed_trial;
      create table seed_trial.seed_state (dataset text primary key, checksum text not null, applied_at text not null);
      create table seed_trial.shelves (id text primary key, label text not null);
      create table seed_trial.books (shelf_id text not null references seed_trial.shelves (id), position integer not null, title text not null,
        constraint books_pk primary key (shelf_id, position));
    `);
  });
  afterEach(async () => {
    await database.close();
  });

  it('skips a seed whose inputs were applied before, unless forced', async () => {
    expect(await seed(first)).toBe('applied');
    expect(await seed(first)).toBe('unchanged');
    expect(await seed(first, { force: true })).toBe('applied');
    expect(await rows()).toEqual({ shelves: first.shelves, books: first.books });
  });

  it('deletes the rows the content no longer has, children before their parents, keyed by one or several columns', async () => {
    await seed(first);
    const second: Content = { shelves: [{ id: 'a', label: 'A, relabelled' }], books: [{ shelfId: 'a', position: 2, title: 'Two' }] };
    expect(await seed(second)).toBe('applied');
    expect(await rows()).toEqual({ shelves: second.shelves, books: second.books });
  });

  it('empties a table whose content has no row left', async () => {
    await seed(first);
    await seed({ shelves: first.shelves, books: [] });
    expect((await rows()).books).toEqual([]);
  });

  it('changes nothing when the seed fails: writes and deletions share one transaction', async () => {
    await seed(first);
    await expect(seed({ shelves: [{ id: 'c', label: 'C' }], books: [] }, { failAfterWriting: true })).rejects.toThrow('the seed failed half-way');
    expect(await rows()).toEqual({ shelves: first.shelves, books: first.books });
  });
});
