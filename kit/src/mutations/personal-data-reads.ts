import { type AuditLogTable, type Database } from '@cohesion/db';
import DataLoader from 'dataloader';
import { identityOf, jurisdictionsCovering, type JurisdictionTarget } from '../authorization';

/** One read of a personal-data field that the caller was allowed to see. */
export type PersonalDataRead = {
  /** The field's schema coordinate, e.g. `LivcrCell.coordinator`. */
  coordinate: string;
  recordType: string;
  recordId: string;
  /** Where the record belongs (its type's territory), so its editors see the read in their history. */
  territory: JurisdictionTarget;
};

/** Records a personal-data read in the request's level audit log; rejects when it cannot, so the read fails closed. */
export type PersonalDataReadRecorder = (context: unknown, read: PersonalDataRead) => Promise<void>;

/**
 * A recorder appending PERSONAL_DATA_READ rows to a level's audit log: one INSERT per request's batch of reads (a
 * DataLoader per request context), so listing 300 cells with their coordinators costs one statement, not 300.
 * The context must carry `db` and `requestId` (kit's `RequestContext`).
 */
export function createPersonalDataReadRecorder(auditLog: AuditLogTable): PersonalDataReadRecorder {
  const batches = new WeakMap<object, DataLoader<PersonalDataRead, true, string>>();
  return (context, read) => {
    const requestContext = context as { db: Database; requestId: string };
    let loader = batches.get(requestContext);
    if (!loader) {
      const identity = identityOf(context);
      loader = new DataLoader<PersonalDataRead, true, string>(
        async (reads) => {
          await requestContext.db.insert(auditLog).values(
            reads.map((entry) => ({
              actorSub: identity?.subject ?? null,
              actorOrg: identity?.organisation ?? null,
              requestId: requestContext.requestId,
              kind: 'PERSONAL_DATA_READ' as const,
              recordType: entry.recordType,
              recordId: entry.recordId,
              operation: entry.coordinate,
              changes: [],
              territory: jurisdictionsCovering(entry.territory),
            })),
          );
          return reads.map(() => true as const);
        },
        // The same contact read twice in one request is one row.
        { cacheKeyFn: (entry) => `${entry.coordinate}\u0000${entry.recordId}` },
      );
      batches.set(requestContext, loader);
    }
    return loader.load(read).then(() => undefined);
  };
}
