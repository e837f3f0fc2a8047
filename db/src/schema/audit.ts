import { bigint, date, index, jsonb, primaryKey, text, timestamp, type PgSchema } from 'drizzle-orm/pg-core';

// The write trail every level keeps in its own schema (DESIGN.md principles 11 and 13): declared once here and
// created by each level's schema file, so the five audit logs and idempotency stores are the same tables.

/** What an audit row records: a write through a mutation, or a read of personal data (a coordinator's contact). */
export type AuditKind = 'WRITE' | 'PERSONAL_DATA_READ';

/** One changed field of a write: its value before and after, as JSON. */
export type AuditChange = { field: string; before: unknown; after: unknown };

/**
 * A level's append-only audit log: who (`sub`, `org`) did what to which record, when, in which request, and each
 * changed field's value before and after. `territory` holds every jurisdiction that covers the record (kit's
 * `jurisdictionsCovering`), so an editor's own history is one indexed array overlap. The migration adds a trigger
 * that refuses UPDATE, DELETE and TRUNCATE: the application can only append.
 */
export function auditLogTable(schema: PgSchema) {
  return schema.table(
    'audit_log',
    {
      id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
      occurredAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
      actorSub: text(),
      actorOrg: text(),
      requestId: text().notNull(),
      kind: text().$type<AuditKind>().notNull(),
      recordType: text().notNull(),
      recordId: text().notNull(),
      /** The mutation that wrote, or the field that was read for a PERSONAL_DATA_READ. */
      operation: text().notNull(),
      changes: jsonb().$type<AuditChange[]>().notNull(),
      /** The date a dated change takes effect on (a status change), when it is not the day of the write. */
      effectiveDate: date({ mode: 'string' }),
      territory: text().array().notNull(),
    },
    (table) => [
      index('audit_log_record_idx').on(table.recordType, table.recordId, table.id),
      index('audit_log_actor_sub_idx').on(table.actorSub, table.id),
      index('audit_log_occurred_at_idx').on(table.occurredAt),
      index('audit_log_territory_idx').using('gin', table.territory),
    ],
  );
}

/**
 * The first answer of each idempotent mutation call, by caller and key: a retry with the same key and caller gets
 * the stored payload back and writes nothing. `requestHash` tells a retry from a different call reusing the key.
 */
export function idempotencyKeysTable(schema: PgSchema) {
  return schema.table(
    'idempotency_keys',
    {
      callerSub: text().notNull(),
      key: text().notNull(),
      mutation: text().notNull(),
      requestHash: text().notNull(),
      payload: jsonb().$type<unknown>().notNull(),
      createdAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    },
    (table) => [primaryKey({ name: 'idempotency_keys_pk', columns: [table.callerSub, table.key, table.mutation] })],
  );
}

/** A level's audit log table, whichever schema it is in. */
export type AuditLogTable = ReturnType<typeof auditLogTable>;

/** A level's idempotency key table, whichever schema it is in. */
export type IdempotencyKeysTable = ReturnType<typeof idempotencyKeysTable>;
