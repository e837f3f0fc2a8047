import { coversJurisdiction, ErrorCode, type Identity, type JurisdictionTarget } from '@cohesion/kit';
import { GraphQLError } from 'graphql';

/**
 * The check a gateway cannot make (DESIGN.md principle 4): the caller must hold the field's scope (as the SDL's
 * `@requiresScopes` says, for callers reaching the subgraph directly) and a jurisdiction that covers the record.
 * Otherwise the field is null with an UNAUTHORIZED_FIELD_OR_TYPE error at its path.
 */
export function requireJurisdiction(identity: Identity | null, scope: string, target: JurisdictionTarget, coordinate: string): void {
  if (identity?.scopes.has(scope) && coversJurisdiction(identity, target)) return;
  throw new GraphQLError(`Unauthorized field or type: ${coordinate}.`, { extensions: { code: ErrorCode.UNAUTHORIZED_FIELD_OR_TYPE } });
}
