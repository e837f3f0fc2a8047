// The seed runner (prepare-database.ts) finds a level's seed here by the level's name: `seed/<level>/index.ts` exports `seedLevel`.
export { seedMunicipalities as seedLevel } from './seed-municipalities';
