import { flandersTables } from '@cohesion/db';
import { createMutationRunner, type WriteTrailTables } from '@cohesion/kit';

export { FLEMISH_REGION } from '../resolvers/territories';

/** The Flemish level's audit log and idempotency keys, in its own schema. */
export const writeTrail: WriteTrailTables = {
  auditLog: flandersTables.auditLog,
  idempotencyKeys: flandersTables.idempotencyKeys,
};

/** The Flemish level's writes: kit's runner over its own write trail. */
export const runMutation = createMutationRunner(writeTrail);
