import path from 'node:path';
import { LEVELS, levelUrl } from '@cohesion/db/levels';

/** Every subgraph of the hub (the level registry), with the URL it answers on when started alone with its default PORT. */
export const SUBGRAPHS = LEVELS.map((level) => ({ name: level.name, url: levelUrl(level) }));

export type { LevelName as SubgraphName } from '@cohesion/db/levels';

export const REPOSITORY_ROOT = path.resolve(__dirname, '..', '..');
export const SUPERGRAPH_PATH = path.join(REPOSITORY_ROOT, 'schema', 'supergraph.graphql');

export function subgraphDirectory(name: string): string {
  return path.join(REPOSITORY_ROOT, 'subgraphs', name);
}

/** The API schema of the last release, which `npm run schema:check` compares the composed one with. */
export const RELEASED_API_SCHEMA_PATH = path.join(REPOSITORY_ROOT, 'schema', 'released', 'api.graphql');
export const SCHEMA_CHANGELOG_PATH = path.join(REPOSITORY_ROOT, 'schema', 'CHANGELOG.md');
