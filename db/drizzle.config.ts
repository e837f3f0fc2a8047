import { defineConfig } from 'drizzle-kit';

// One migration folder per subgraph schema, so each subgraph migrates only what it owns.
// Run through `npm run generate -w db`, which sets DRIZZLE_SCHEMA for each schema in turn.
const schemaName = process.env.DRIZZLE_SCHEMA;
if (!schemaName) throw new Error('DRIZZLE_SCHEMA must name the subgraph schema to generate migrations for, e.g. municipalities');

// Postgres schema names use '_' (eu_partners); their drizzle files use kebab-case (eu-partners.ts).
export default defineConfig({
  dialect: 'postgresql',
  casing: 'snake_case',
  schema: `./src/schema/${schemaName.replace(/_/g, '-')}.ts`,
  out: `./migrations/${schemaName}`,
  schemaFilter: [schemaName],
});
