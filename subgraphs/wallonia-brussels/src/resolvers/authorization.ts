import { coversJurisdiction, ErrorCode, type Identity, type JurisdictionTarget } from '@cohesion/kit';
import { GraphQLError } from 'graphql';

/**
 * The check a gateway cannot make (DESIGN.md principle 4): a protected field answers only a caller holding the
 * scope its directive names and whose jurisdictions cover the record; anyone else gets null at that path with
 * an UNAUTHORIZED_FIELD_OR_TYPE error, as the gateway answers for a missing scope.
 */
export function requireJurisdiction(identity: Identity | null, scope: string, target: JurisdictionTarget, coordinate: string): void {
  if (identity?.scopes.has(scope) && coversJurisdiction(identity, target)) return;
  throw new GraphQLError(`Unauthorized field or type: ${coordinate} is shown only within the caller's jurisdiction.`, {
    extensions: { code: ErrorCode.UNAUTHORIZED_FIELD_OR_TYPE },
  });
}
