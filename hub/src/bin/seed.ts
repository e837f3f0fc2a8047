import { prepareDatabase } from '@cohesion/db/seed';
import { runDatabaseCommand } from '../run-database-command';

// `npm run seed [-- <level> ...]`: migrates, then writes the content and SAMPLE data of every level (or of those
// named), deleting the rows the content no longer has. Development and test starts do this themselves; a production
// start never does.
runDatabaseCommand({
  name: 'seed',
  levels: process.argv.slice(2),
  env: process.env,
  run: (database, schemas) => prepareDatabase(database, schemas),
})
  .then((schemas) => console.log(`seeded ${schemas.join(', ')}`))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
