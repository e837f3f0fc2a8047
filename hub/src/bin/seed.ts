import { prepareDatabase } from '@cohesion/db/seed';
import { runDatabaseCommand } from '../run-database-command';

// `npm run seed [-- <level> ...]`: migrates, then writes the content and SAMPLE data of every level (or of those
// named), deleting the rows the content no longer has. Development and test starts do this themselves; a production
// start never does. With NODE_ENV=production it writes Statbel's reference data and the published content only, and
// removes any SAMPLE row (issue 9: SAMPLE data only outside production). Rows written through the API are kept.
runDatabaseCommand({
  name: 'seed',
  levels: process.argv.slice(2),
  env: process.env,
  run: (database, schemas) => prepareDatabase(database, schemas, { sample: process.env.NODE_ENV !== 'production' }),
})
  .then((schemas) => console.log(`seeded ${schemas.join(', ')}`))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
