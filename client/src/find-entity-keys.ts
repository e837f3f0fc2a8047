import { Kind, parse, type ConstDirectiveNode } from 'graphql';

/** Entity type name → the fields of its key, in the order the @key names them. */
export type EntityKeys = Record<string, string[]>;

function argumentOf(directive: ConstDirectiveNode, name: string): string | undefined {
  const argument = directive.arguments?.find((candidate) => candidate.name.value === name);
  return argument?.value.kind === Kind.STRING ? argument.value.value : undefined;
}

/**
 * The entity keys of a composed supergraph, read from its `@join__type(key:)` directives (one per subgraph that
 * declares the type's `@key`, resolvable or not). A client cache must identify an entity by the same fields, so
 * that the object every subgraph contributes to lands in one cache entry.
 *
 * Refuses what a flat Apollo `keyFields` list cannot say the same way on every level: nested key selections, and
 * a type whose subgraphs key it differently (then someone must decide which key a client uses).
 */
export function findEntityKeys(supergraphSdl: string): EntityKeys {
  const keys: EntityKeys = {};
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const type = definition.name.value;
    const declared = new Set(
      (definition.directives ?? [])
        .filter((directive) => directive.name.value === 'join__type')
        .flatMap((directive) => argumentOf(directive, 'key') ?? []),
    );
    if (declared.size === 0) continue;
    if (declared.size > 1) {
      throw new Error(`${type} has ${declared.size} different keys (${[...declared].map((key) => JSON.stringify(key)).join(', ')}): a client cache needs one; key it the same way in every subgraph.`);
    }
    const [key] = [...declared] as [string];
    if (/[{}]/.test(key)) throw new Error(`${type} has the nested key ${JSON.stringify(key)}: only keys of top-level fields are supported.`);
    keys[type] = key.trim().split(/\s+/);
  }
  return Object.fromEntries(Object.entries(keys).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
