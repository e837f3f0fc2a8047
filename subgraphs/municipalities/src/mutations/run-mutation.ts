import { municipalitiesTables } from '@cohesion/db';
import { createAuditTrailResolver, createMutationRunner, type WriteTrailTables } from '@cohesion/kit';

/** The municipalities level's audit log and idempotency keys, in its own schema. */
export const writeTrail: WriteTrailTables = {
  auditLog: municipalitiesTables.auditLog,
  idempotencyKeys: municipalitiesTables.idempotencyKeys,
};

/** The municipal editors' writes: kit's runner over this level's write trail. */
export const runMutation = createMutationRunner(writeTrail);

/** The level's `municipalitiesAuditTrail`: kit's reader of its audit log; municipal editors read their own cells' history. */
export const municipalitiesAuditTrail = createAuditTrailResolver(writeTrail.auditLog, {
  level: 'municipalities',
  writeScope: 'cells:write',
});
