import { flandersTables } from '@cohesion/db';
import { createAuditTrailResolver } from '@cohesion/kit';

/** `FlemishLevel.auditTrail`: kit's reader of this level's audit log; `regional:write` callers read their own jurisdiction's entries. */
export const auditTrail = createAuditTrailResolver(flandersTables.auditLog, {
  level: 'flanders',
  writeScope: 'regional:write',
});
