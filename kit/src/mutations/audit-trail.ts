import { type AuditKind, type AuditLogTable, type Database } from '@cohesion/db';
import { and, arrayOverlaps, eq, sql, type SQL } from 'drizzle-orm';
import { identityOf, unauthorizedFieldError, type Identity } from '../authorization';
import { connectionResolvers, type ConnectionEdge, type ConnectionPage } from '../connection';
import { badUserInput } from '../errors';
import { descending, keysetList } from '../keyset-list';
import { isCalendarDate } from '../date-scalar';

// Every level's `auditTrail` (schema/AUTHORIZATION.md "Audit trail"): one reader of a level's audit_log, built once
// here, given to each level under its own root field.

/** The scope that reads every level's whole trail (the DPO, the auditor). */
export const AUDIT_READ_SCOPE = 'audit:read';

/** One audit row, as `AuditEntry` resolves from it. */
export type AuditEntrySource = AuditLogTable['$inferSelect'];

/** One page of a trail (`AuditEntryConnection`). */
export type AuditEntryPage = ConnectionPage<AuditEntrySource>;

/** An entry with its cursor (`AuditEntryEdge`). */
export type AuditEntryEdgeSource = ConnectionEdge<AuditEntrySource>;

/** `AuditTrailFilter` as GraphQL hands it over. */
export type AuditTrailFilterInput = {
  recordType?: string | null | undefined;
  recordId?: string | null | undefined;
  actorSub?: string | null | undefined;
  kind?: AuditKind | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
};

export type AuditTrailArguments = {
  filter?: AuditTrailFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
};

export type AuditTrailOptions = {
  /** The level, naming the trail's cursors (`municipalities`), so a cursor of another level's trail is refused. */
  level: string;
  /** The level's write scope (`cells:write`): its holders read the history of the records of their own jurisdiction. */
  writeScope: string;
};

/** What a caller may read of a trail: all of it (`audit:read`), the records of their jurisdictions (the level's editors), or nothing. */
export function auditTrailReach(
  identity: Identity | null,
  writeScope: string,
): 'ALL' | 'OWN_JURISDICTION' | 'NONE' {
  if (!identity) return 'NONE';
  if (identity.scopes.has(AUDIT_READ_SCOPE)) return 'ALL';
  return identity.scopes.has(writeScope) ? 'OWN_JURISDICTION' : 'NONE';
}

function filterConditions(auditLog: AuditLogTable, filter: AuditTrailFilterInput): Array<SQL | undefined> {
  for (const bound of ['from', 'to'] as const) {
    const value = filter[bound];
    if (value !== null && value !== undefined && !isCalendarDate(value))
      throw badUserInput(`filter.${bound}`, value, 'expected a calendar date written YYYY-MM-DD');
  }
  if (filter.from && filter.to && filter.from > filter.to)
    throw badUserInput('filter.to', filter.to, `expected ${filter.from} (filter.from) or later`);
  // The period is of UTC days, whatever the database session's time zone.
  const day = sql`(${auditLog.occurredAt} at time zone 'UTC')::date`;
  return [
    filter.recordType ? eq(auditLog.recordType, filter.recordType) : undefined,
    filter.recordId ? eq(auditLog.recordId, filter.recordId) : undefined,
    filter.actorSub ? eq(auditLog.actorSub, filter.actorSub) : undefined,
    filter.kind ? eq(auditLog.kind, filter.kind) : undefined,
    filter.from ? sql`${day} >= ${filter.from}::date` : undefined,
    filter.to ? sql`${day} <= ${filter.to}::date` : undefined,
  ];
}

/**
 * The resolver of a level's `auditTrail(filter, first, after)` field: the level's audit log newest first, paged by
 * keyset (kit's `keysetList`), filtered by record, caller, period and kind. `audit:read` callers read all of it; holders
 * of the level's write scope the entries of records of their own jurisdictions (the row's `territory` overlaps their
 * jurisdictions); anyone else gets UNAUTHORIZED_FIELD_OR_TYPE (the field's `@requiresScopes` says the same to the
 * gateway, so such a caller normally never reaches the subgraph).
 */
export function createAuditTrailResolver(auditLog: AuditLogTable, options: AuditTrailOptions) {
  const list = keysetList({
    name: `${options.level}-audit-trail`,
    table: auditLog,
    id: auditLog.id,
    orders: { NEWEST_FIRST: descending(auditLog.id) },
  });
  return async (
    _parent: unknown,
    args: AuditTrailArguments,
    context: { db: Database },
    info?: { parentType: { name: string }; fieldName: string },
  ): Promise<AuditEntryPage> => {
    const identity = identityOf(context);
    const reach = auditTrailReach(identity, options.writeScope);
    if (reach === 'NONE' || !identity)
      throw unauthorizedFieldError(info ? `${info.parentType.name}.${info.fieldName}` : 'auditTrail');
    const conditions = filterConditions(auditLog, args.filter ?? {});
    if (reach === 'OWN_JURISDICTION')
      conditions.push(arrayOverlaps(auditLog.territory, [...identity.jurisdictions]));
    return list.findPage(context.db, { first: args.first, after: args.after }, and(...conditions));
  };
}

/** A Postgres timestamp as text (`2026-12-01 09:45:00.123+00`) in ISO 8601 form. */
function isoTimestamp(value: string): string {
  const parsed = new Date(value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'));
  return Number.isNaN(parsed.getTime()) ? value : parsed.toISOString();
}

const asJson = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value);

/** The resolvers of schema/common.graphql's audit types, for the levels that answer `auditTrail`. */
export const auditTrailResolvers = {
  AuditEntry: {
    id: (row: AuditEntrySource) => String(row.id),
    occurredAt: (row: AuditEntrySource) => isoTimestamp(row.occurredAt),
    kind: (row: AuditEntrySource) => row.kind,
    changes: (row: AuditEntrySource) =>
      row.changes.map((change) => ({
        field: change.field,
        before: asJson(change.before),
        after: asJson(change.after),
      })),
  },
  AuditEntryConnection: (({ totalCount: _totalCount, ...rest }) => rest)(
    connectionResolvers<AuditEntrySource>(),
  ),
};
