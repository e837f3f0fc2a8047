import path from 'node:path';

/** Every subgraph of the hub, with the URL it answers on when started alone with its default PORT. */
export const SUBGRAPHS = [
  { name: 'municipalities', url: 'http://127.0.0.1:4001/graphql' },
  { name: 'federal', url: 'http://127.0.0.1:4002/graphql' },
  { name: 'flanders', url: 'http://127.0.0.1:4003/graphql' },
  { name: 'wallonia-brussels', url: 'http://127.0.0.1:4004/graphql' },
  { name: 'eu-partners', url: 'http://127.0.0.1:4005/graphql' },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const REPOSITORY_ROOT = path.resolve(__dirname, '..', '..');
export const SUPERGRAPH_PATH = path.join(REPOSITORY_ROOT, 'schema', 'supergraph.graphql');

export function subgraphDirectory(name: string): string {
  return path.join(REPOSITORY_ROOT, 'subgraphs', name);
}
