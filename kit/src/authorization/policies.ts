import { type Identity } from './identity';

/** A named policy of `@policy(policies: [[...]])`: a predicate over a verified identity's claims. */
export type Policy = (identity: Identity) => boolean;
export type PolicyCatalogue = Readonly<Record<string, Policy>>;

const REGIONS = new Set(['BE-VLG', 'BE-WAL', 'BE-BRU']);

/**
 * The policies the hub knows (schema/AUTHORIZATION.md "Policies"). Both the gateway and every subgraph evaluate
 * `@policy` with this catalogue; a policy name that is not here never holds.
 */
export const POLICIES: PolicyCatalogue = {
  /** A verified practitioner of the network: the token names the caller's organisation (`org`). */
  member_of_network: (identity) => identity.organisation !== null,
  /** Staff with the national view: the `BE` jurisdiction. */
  federal_staff: (identity) => identity.jurisdictions.includes('BE'),
  /** A regional or provincial role: a region (`BE-VLG`, `BE-WAL`, `BE-BRU`) or a province (`prov:…`) jurisdiction. */
  regional_staff: (identity) => identity.jurisdictions.some((jurisdiction) => REGIONS.has(jurisdiction) || jurisdiction.startsWith('prov:')),
  /** A local role: a municipality (`nis:…`) or police zone (`zone:…`) jurisdiction. */
  local_staff: (identity) => identity.jurisdictions.some((jurisdiction) => jurisdiction.startsWith('nis:') || jurisdiction.startsWith('zone:')),
  /** An EU-level partner: the `EU` jurisdiction. */
  eu_partner: (identity) => identity.jurisdictions.includes('EU'),
};
