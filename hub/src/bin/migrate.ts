import { migrateSchemas } from '@cohesion/db';
import { runDatabaseCommand } from '../run-database-command';

// `npm run migrate [-- <level> ...]`: applies the committed migrations of every level (or of those named) to the
// database DATABASE_URL or DATA_DIR names. A production start never migrates: this command does, before it.
runDatabaseCommand({ name: 'migrate', levels: process.argv.slice(2), env: process.env, run: migrateSchemas })
  .then((schemas) => console.log(`migrated ${schemas.join(', ')}`))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
