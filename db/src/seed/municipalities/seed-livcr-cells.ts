import { type Database } from '../../client';
import { livcrCellMemberRoles, livcrCellMemberships, livcrCells, livcrCellStatusPeriods, seedState } from '../../schema/municipalities';
import { chunk, runSeedOnce } from '../run-seed-once';
import { generateLivcrCells, LIVCR_SAMPLE_REFERENCE_DATE, LIVCR_SAMPLE_SEED, LIVCR_SAMPLE_SOURCE } from './generate-livcr-cells';
import { type BelgianReferenceData } from './read-belgian-reference-data';

/** Bump when the generator changes, so existing databases get the new sample. */
const SEED_VERSION = 'livcr-cells-seed-v1';

const sample = { source: LIVCR_SAMPLE_SOURCE, sourceKind: 'SAMPLE', sourceUrl: null, referenceDate: LIVCR_SAMPLE_REFERENCE_DATE };

/**
 * Loads the SAMPLE LIVC-R records (generate-livcr-cells.ts). They are generated as a whole, so a new version
 * replaces the old one rather than upserting into it (a cell of the old sample may not exist in the new one).
 */
export async function seedLivcrCells(db: Database, reference: BelgianReferenceData): Promise<'applied' | 'unchanged'> {
  return runSeedOnce(db, {
    table: seedState,
    dataset: 'livcr-cells-sample',
    inputs: [SEED_VERSION, LIVCR_SAMPLE_SEED, ...reference.rawInputs],
    apply: async (tx) => {
      const generated = generateLivcrCells(reference);
      await tx.delete(livcrCellMemberRoles);
      await tx.delete(livcrCellMemberships);
      await tx.delete(livcrCellStatusPeriods);
      await tx.delete(livcrCells);
      for (const rows of chunk(generated.cells)) await tx.insert(livcrCells).values(rows.map((row) => ({ ...row, ...sample })));
      for (const rows of chunk(generated.statusPeriods)) await tx.insert(livcrCellStatusPeriods).values(rows.map((row) => ({ ...row, ...sample })));
      for (const rows of chunk(generated.memberships)) await tx.insert(livcrCellMemberships).values(rows.map((row) => ({ ...row, ...sample })));
      for (const rows of chunk(generated.memberRoles)) await tx.insert(livcrCellMemberRoles).values(rows.map((row) => ({ ...row, ...sample })));
    },
  });
}
