/**
 * A governance level of the hub: one subgraph, one workspace, one Postgres schema.
 *
 * This list is the only place that names the levels: the hub starts them from it, db migrates, seeds and
 * generates migrations for their schemas, composition builds the supergraph from their folders and URLs,
 * each subgraph's start script takes its port from it, and the gateway names its URL variables after it.
 */
export type Level = {
  /** The subgraph's name: its folder `subgraphs/<name>`, its package name, its name in the supergraph. */
  readonly name: string;
  /** The Postgres schema it alone reads and writes (DESIGN.md principle 1); its migrations are in `db/migrations/<schema>`. */
  readonly schema: string;
  /** The port it listens on when started alone (`npm run start -w <name>`), unless PORT says otherwise. */
  readonly port: number;
  /** The workspace package whose `createSubgraph` the single-process hub starts. */
  readonly module: string;
};

/** Every level, in the order the hub starts them and composition lists them. */
export const LEVELS = [
  { name: 'municipalities', schema: 'municipalities', port: 4001, module: 'municipalities' },
  { name: 'federal', schema: 'federal', port: 4002, module: 'federal' },
  { name: 'flanders', schema: 'flanders', port: 4003, module: 'flanders' },
  { name: 'wallonia-brussels', schema: 'wallonia_brussels', port: 4004, module: 'wallonia-brussels' },
  { name: 'eu-partners', schema: 'eu_partners', port: 4005, module: 'eu-partners' },
] as const satisfies readonly Level[];

export type LevelName = (typeof LEVELS)[number]['name'];

/** A level's Postgres schema name, e.g. `eu_partners`. */
export type SubgraphSchema = (typeof LEVELS)[number]['schema'];

/** The workspace package of a level, e.g. `eu-partners`. */
export type LevelModule = (typeof LEVELS)[number]['module'];

/** Every level's Postgres schema, in registry order. Each has its own folder under `db/migrations`. */
export const SUBGRAPH_SCHEMAS: readonly SubgraphSchema[] = LEVELS.map((level) => level.schema);

/** The level of that name; throws naming the accepted names for any other. */
export function getLevel(name: string): (typeof LEVELS)[number] {
  const level = LEVELS.find((candidate) => candidate.name === name);
  if (!level) throw new Error(`Unknown level ${JSON.stringify(name)}: expected one of ${LEVELS.map((candidate) => candidate.name).join(', ')}`);
  return level;
}

/** The level that owns that Postgres schema; throws naming the accepted schemas for any other. */
export function getLevelBySchema(schema: string): (typeof LEVELS)[number] {
  const level = LEVELS.find((candidate) => candidate.schema === schema);
  if (!level) throw new Error(`Unknown Postgres schema ${JSON.stringify(schema)}: expected one of ${SUBGRAPH_SCHEMAS.join(', ')}`);
  return level;
}

/** Where a level answers when started alone with its default port, e.g. `http://127.0.0.1:4005/graphql`. */
export function levelUrl(level: Pick<Level, 'port'>): string {
  return `http://127.0.0.1:${level.port}/graphql`;
}

/** The environment variable that tells the gateway where a subgraph answers: `SUBGRAPH_<NAME>_URL`, e.g. SUBGRAPH_EU_PARTNERS_URL. */
export function subgraphUrlVariable(name: string): string {
  return `SUBGRAPH_${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_URL`;
}
