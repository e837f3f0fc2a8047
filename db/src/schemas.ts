/** Every subgraph's Postgres schema, in dependency-free order. Each has its own folder under `db/migrations`. */
export const SUBGRAPH_SCHEMAS = ['municipalities', 'federal', 'wallonia_brussels', 'eu_partners', 'flanders'] as const;
export type SubgraphSchema = (typeof SUBGRAPH_SCHEMAS)[number];
