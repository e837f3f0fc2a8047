import { coversJurisdiction, ErrorCode, type Identity, type JurisdictionTarget } from '@cohesion/kit';
import { GraphQLError } from 'graphql';

/** The jurisdiction of the Flemish level's regional detail and of its experts' direct lines. */
export const FLEMISH_REGION: JurisdictionTarget = { regions: ['BE-VLG'] };

/**
 * Defence in depth for a protected field (DESIGN.md principle 4): the gateway has already checked the
 * field's `@requiresScopes`, but only the subgraph knows which territory the record belongs to. The field
 * is answered only when the caller holds the scope AND their jurisdictions cover the record.
 */
export function assertAccess(identity: Identity | null, scope: string, target: JurisdictionTarget, field: string): void {
  if (identity?.scopes.has(scope) && coversJurisdiction(identity, target)) return;
  throw new GraphQLError(`Not authorised to read ${field}: it needs the ${scope} scope within the record's jurisdiction.`, {
    extensions: { code: ErrorCode.UNAUTHORIZED_FIELD_OR_TYPE },
  });
}
