import { walloniaBrusselsTables } from '@cohesion/db';
import { createAuditTrailResolver } from '@cohesion/kit';

/** `WalloniaBrusselsLevel.auditTrail`: kit's reader of this level's audit log; `regional:write` callers read their own jurisdiction's entries. */
export const auditTrail = createAuditTrailResolver(walloniaBrusselsTables.auditLog, {
  level: 'wallonia-brussels',
  writeScope: 'regional:write',
});
