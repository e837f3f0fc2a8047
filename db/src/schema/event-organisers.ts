import { index, integer, primaryKey, text, type AnyPgColumn, type PgColumnBuilderBase, type PgSchema } from 'drizzle-orm/pg-core';

/**
 * Who organised an event, one row per organiser in the source's order (`position` from 0): the one way every level
 * stores event organisers, so that "events of an organiser" is an indexed join on every level.
 * `organisationId` has no foreign key: an organiser may be another level's organisation (DESIGN.md principle 1).
 * `extra` adds a level's own columns (eu-partners records the organiser's level) before `position`.
 */
export function eventOrganisersTable<Name extends string, Extra extends Record<string, PgColumnBuilderBase> = Record<never, never>>(
  schema: PgSchema<Name>,
  eventId: () => AnyPgColumn,
  extra: Extra = {} as Extra,
) {
  return schema.table(
    'event_organisers',
    {
      eventId: text().notNull().references(eventId),
      organisationId: text().notNull(),
      ...extra,
      position: integer().notNull(),
    },
    (table) => [
      primaryKey({ name: 'event_organisers_pk', columns: [table.eventId, table.organisationId] }),
      index('event_organisers_organisation_id_idx').on(table.organisationId),
    ],
  );
}
