import { federalTables } from '@cohesion/db';
import { createAuditTrailResolver } from '@cohesion/kit';

/** `FederalLevel.auditTrail`: kit's reader of this level's audit log; `national:write` callers read their own jurisdiction's entries. */
export const auditTrail = createAuditTrailResolver(federalTables.auditLog, {
  level: 'federal',
  writeScope: 'national:write',
});
