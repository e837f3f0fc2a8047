import { type TypePolicies, type TypePolicy } from '@apollo/client/cache';
import { ENTITY_KEYS } from './entity-keys';

/**
 * Identifies an object by its key fields, or leaves it unnormalised (stored inside its parent, as the default
 * cache does with an object without `id`) when the query did not select them: Apollo's plain `keyFields` list
 * would throw on such a query, so a client using these policies can still send every query the default cache takes.
 */
function keyFieldsOrEmbed(fields: readonly string[]): NonNullable<TypePolicy['keyFields']> {
  return (object: Readonly<Record<string, unknown>>) => (fields.every((field) => object[field] !== undefined) ? [...fields] : false);
}

/**
 * Apollo Client `InMemoryCache` type policies for every entity of the supergraph: each is normalised by its
 * federation `@key` (so `Municipality`, `Province` and `Region` by `nis`), the key every level agrees on.
 * A time-dependent entity's key names its date (`LivcrCell.id` is `livcr-41002@2020-01-01`), so one cache entry
 * never holds two dates' states. Types without a key that have an `id` are normalised by Apollo's default rule.
 *
 * @example new InMemoryCache({ typePolicies })
 */
export const typePolicies: TypePolicies = Object.fromEntries(
  Object.entries(ENTITY_KEYS).map(([type, fields]) => [type, { keyFields: keyFieldsOrEmbed(fields) }]),
);
