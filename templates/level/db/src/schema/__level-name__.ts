import { pgSchema, text } from 'drizzle-orm/pg-core';
import { provenanceColumns, seedStateColumns } from './provenance';

/**
 * The __level-name__ subgraph's own Postgres schema (DESIGN.md principle 1): only this level reads and writes it.
 * Its subgraph imports these tables as `@cohesion/db/schema/__level-name__`.
 */
export const __levelCamel__Schema = pgSchema('__level_schema__');

/** The organisations of this level, as their sources name them. */
export const organisations = __levelCamel__Schema.table('organisations', {
  id: text().primaryKey(),
  name: text().notNull(),
  ...provenanceColumns(),
});

/** Which seed data set was applied to this schema, with the checksum of its inputs. */
export const seedState = __levelCamel__Schema.table('seed_state', seedStateColumns());
