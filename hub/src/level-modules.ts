import { type Level } from '@cohesion/db/levels';
import { type GraphQLService, type SubgraphServiceOptions } from '@cohesion/kit';

/** What every level's workspace package exports (its `src/index.ts`), the contract the hub starts it by. */
export type SubgraphModule = {
  SUBGRAPH_NAME: string;
  createSubgraph: (options: SubgraphServiceOptions) => Pick<GraphQLService<object>, 'app' | 'start' | 'stop'>;
};

function isSubgraphModule(value: unknown): value is SubgraphModule {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<SubgraphModule>;
  return typeof candidate.SUBGRAPH_NAME === 'string' && typeof candidate.createSubgraph === 'function';
}

/**
 * The workspace package of a level in the registry (`LEVELS[].module`), found by its name so that adding a level
 * edits the registry only, not the hub. The package is checked against the module contract and the level's name:
 * a level whose package does not export `createSubgraph` and its own `SUBGRAPH_NAME` stops the hub, naming it.
 */
export function loadLevelModule(level: Pick<Level, 'name' | 'module'>): SubgraphModule {
  // require (not a static import) because the package is named by data; the hub and its tests run as CommonJS.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module: unknown = require(level.module);
  if (!isSubgraphModule(module)) {
    throw new Error(`Level ${level.name}: its module ${JSON.stringify(level.module)} exports no SUBGRAPH_NAME and createSubgraph`);
  }
  if (module.SUBGRAPH_NAME !== level.name) {
    throw new Error(`Level ${level.name}: its module ${JSON.stringify(level.module)} names itself ${JSON.stringify(module.SUBGRAPH_NAME)}`);
  }
  return module;
}
