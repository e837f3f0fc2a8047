import { execFileSync } from 'node:child_process';
import { SUBGRAPH_SCHEMAS } from '../levels';

// drizzle-kit takes one schema per run; generate each subgraph's migrations in turn.
for (const schemaName of process.argv.slice(2).length ? process.argv.slice(2) : SUBGRAPH_SCHEMAS) {
  execFileSync('npx', ['drizzle-kit', 'generate', '--config', 'drizzle.config.ts'], {
    stdio: 'inherit',
    env: { ...process.env, DRIZZLE_SCHEMA: schemaName },
  });
}
