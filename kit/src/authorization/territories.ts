import { type JurisdictionTarget } from './identity';

/**
 * Declares the records of a type territory-free: facts (national ones, say) that every caller meeting a protected
 * field's SDL requirement may read, wherever their jurisdiction lies. An explicit declaration, so that forgetting a
 * type's territory stops the subgraph instead of serving the field unchecked.
 */
export const TERRITORY_FREE: unique symbol = Symbol.for('cohesion-hub.territory-free');

/**
 * Where one record belongs, from the resolved parent value of a field and the request's context (so that it may load
 * what it needs through the request's DataLoaders).
 */
export type TerritoryOf<TSource, TContext> = (source: TSource, context: TContext) => JurisdictionTarget | Promise<JurisdictionTarget>;

/**
 * A level's one statement of where the records of each protected type belong, by GraphQL type name: every type with
 * a field behind `@authenticated`, `@requiresScopes` or `@policy` (its own, its type's or its return type's) must be
 * here, as a `TerritoryOf` or `TERRITORY_FREE`. Typed by the subgraph's codegen, e.g.
 * `TerritoryDeclarations<ResolversParentTypes, SubgraphContext>`, so each function receives that type's parent value.
 */
export type TerritoryDeclarations<TParents = Record<string, unknown>, TContext = unknown> = {
  readonly [Type in keyof TParents]?: TerritoryOf<TParents[Type], TContext> | typeof TERRITORY_FREE;
};

/** Any level's declarations, as kit's enforcement reads them. */
export type SchemaTerritories = Readonly<Record<string, TerritoryOf<never, never> | typeof TERRITORY_FREE | undefined>>;
