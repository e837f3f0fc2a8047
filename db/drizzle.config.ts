import { defineConfig } from 'drizzle-kit';
import { getLevelBySchema } from './src/levels';

// One migration folder per subgraph schema, so each subgraph migrates only what it owns.
// Run through `npm run generate -w @cohesion/db`, which sets DRIZZLE_SCHEMA for each level's schema in turn.
const schemaName = process.env.DRIZZLE_SCHEMA;
if (!schemaName) throw new Error('DRIZZLE_SCHEMA must name the subgraph schema to generate migrations for, e.g. municipalities');
const level = getLevelBySchema(schemaName);

// A level's drizzle tables live in the file named after the level (eu-partners.ts), its Postgres schema uses '_' (eu_partners).
export default defineConfig({
  dialect: 'postgresql',
  casing: 'snake_case',
  schema: `./src/schema/${level.name}.ts`,
  out: `./migrations/${level.schema}`,
  schemaFilter: [level.schema],
});
