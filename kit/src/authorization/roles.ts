/**
 * The roles of schema/AUTHORIZATION.md with the scopes and a typical jurisdiction their tokens carry; the token tool
 * (`npm run token -- --role …`) and the authorisation tests issue development tokens from it. The identity provider
 * is the authority in production: this table only mirrors the catalogue.
 */
export const ROLES = {
  'network-member': { scopes: ['contacts:read'], jurisdictions: ['nis:41002'], organisation: 'Stad Aalst' },
  'municipal-editor': { scopes: ['contacts:read', 'cells:read', 'cells:write'], jurisdictions: ['nis:41002'], organisation: 'Stad Aalst' },
  'regional-coordinator': { scopes: ['contacts:read', 'cells:read', 'regional:read', 'regional:write'], jurisdictions: ['BE-VLG'], organisation: 'VVSG' },
  federal: { scopes: ['contacts:read', 'cells:read', 'regional:read', 'national:read'], jurisdictions: ['BE'], organisation: 'FOD Binnenlandse Zaken' },
  'federal-editor': {
    scopes: ['contacts:read', 'cells:read', 'regional:read', 'national:read', 'national:write'],
    jurisdictions: ['BE'],
    organisation: 'FOD Binnenlandse Zaken',
  },
  'eu-partner-editor': { scopes: ['contacts:read', 'eu:write'], jurisdictions: ['EU'], organisation: 'Efus' },
  auditor: { scopes: ['audit:read'], jurisdictions: ['BE'], organisation: 'Cohesion Hub DPO' },
} as const satisfies Record<string, { scopes: readonly string[]; jurisdictions: readonly string[]; organisation: string }>;

export type RoleName = keyof typeof ROLES;

export function isRoleName(name: string): name is RoleName {
  return Object.hasOwn(ROLES, name);
}
