import { buildSchema, isEnumType } from 'graphql';

export type SupergraphSubgraph = { name: string; enumValue: string; url: string };

/**
 * The subgraphs a supergraph names (`join__Graph` values with their `@join__graph(name, url)`), so the gateway
 * needs no list of its own: the committed supergraph is the contract.
 */
export function listSupergraphSubgraphs(supergraphSdl: string): SupergraphSubgraph[] {
  const schema = buildSchema(supergraphSdl, { assumeValidSDL: true });
  const graphEnum = schema.getType('join__Graph');
  if (!isEnumType(graphEnum)) throw new Error('Not a supergraph: it has no join__Graph enum');
  return graphEnum.getValues().map((value) => {
    const directive = value.astNode?.directives?.find((d) => d.name.value === 'join__graph');
    const argument = (name: string) => {
      const node = directive?.arguments?.find((a) => a.name.value === name)?.value;
      return node?.kind === 'StringValue' ? node.value : undefined;
    };
    const name = argument('name');
    const url = argument('url');
    if (!name || !url) throw new Error(`Supergraph graph ${value.name} has no @join__graph(name, url)`);
    return { name, enumValue: value.name, url };
  });
}
