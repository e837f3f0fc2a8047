import { euPartnersTables } from '@cohesion/db';
import { createAuditTrailResolver } from '@cohesion/kit';

/** `EuPartnersLevel.auditTrail`: kit's reader of this level's audit log; `eu:write` callers read their own jurisdiction's entries. */
export const auditTrail = createAuditTrailResolver(euPartnersTables.auditLog, {
  level: 'eu-partners',
  writeScope: 'eu:write',
});
