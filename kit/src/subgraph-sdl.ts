import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';

/** The value types every subgraph shares verbatim (Provenance, PageInfo, LocalizedText, scalars). */
export const COMMON_SDL_PATH = path.resolve(__dirname, '..', '..', 'schema', 'common.graphql');

/** A subgraph's SDL text: the shared types followed by the subgraph's own `schema.graphql`. */
export function readSubgraphSdl(subgraphDirectory: string): string {
  return `${readFileSync(COMMON_SDL_PATH, 'utf8')}\n${readFileSync(path.join(subgraphDirectory, 'schema.graphql'), 'utf8')}`;
}

/** The parsed SDL of a subgraph, as given to `buildSubgraphSchema` and to composition. */
export function loadSubgraphTypeDefs(subgraphDirectory: string): DocumentNode {
  return parse(readSubgraphSdl(subgraphDirectory));
}
