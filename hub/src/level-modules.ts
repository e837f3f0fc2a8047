import { type LevelModule } from '@cohesion/db/levels';
import { type GraphQLService, type SubgraphServiceOptions } from '@cohesion/kit';
import * as euPartners from 'eu-partners';
import * as federal from 'federal';
import * as flanders from 'flanders';
import * as municipalities from 'municipalities';
import * as walloniaBrussels from 'wallonia-brussels';

export type SubgraphModule = {
  SUBGRAPH_NAME: string;
  createSubgraph: (options: SubgraphServiceOptions) => Pick<GraphQLService<object>, 'app' | 'start' | 'stop'>;
};

/**
 * The workspace package of every level in the registry (`LEVELS[].module`), imported statically so that the
 * single-process hub is one bundle; the type makes a level without its module a compile error.
 */
export const LEVEL_MODULES: Record<LevelModule, SubgraphModule> = {
  municipalities,
  federal,
  flanders,
  'wallonia-brussels': walloniaBrussels,
  'eu-partners': euPartners,
};
