import { type Database, type SubgraphSchema } from '@cohesion/db';
import { type GraphQLService, type Logger } from '@cohesion/kit';
import * as euPartners from 'eu-partners';
import * as federal from 'federal';
import * as flanders from 'flanders';
import * as municipalities from 'municipalities';
import * as walloniaBrussels from 'wallonia-brussels';

export type SubgraphModule = {
  SUBGRAPH_NAME: string;
  createSubgraph: (options: { db: Database; logger: Logger; development: boolean }) => Pick<GraphQLService<object>, 'app' | 'start' | 'stop'>;
};

/** Every subgraph with the Postgres schema it owns; the single-process hub starts them all. */
export const SUBGRAPH_MODULES: ReadonlyArray<{ module: SubgraphModule; schema: SubgraphSchema }> = [
  { module: municipalities, schema: 'municipalities' },
  { module: federal, schema: 'federal' },
  { module: flanders, schema: 'flanders' },
  { module: walloniaBrussels, schema: 'wallonia_brussels' },
  { module: euPartners, schema: 'eu_partners' },
];
