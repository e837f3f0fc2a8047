// The seed runner (prepare-database.ts) finds a level's seed here by the level's name: `seed/<level>/index.ts` exports `seedLevel`.
export { seedEuPartners as seedLevel } from './seed-eu-partners';
