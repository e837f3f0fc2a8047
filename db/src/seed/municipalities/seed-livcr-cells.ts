import { type Database } from '../../client';
import { livcrCellMemberRoles, livcrCellMemberships, livcrCells, livcrCellStatusPeriods, seedState } from '../../schema/municipalities';
import { runSeedOnce, type SeedOptions } from '../run-seed-once';
import { generateLivcrCells, LIVCR_SAMPLE_REFERENCE_DATE, LIVCR_SAMPLE_SEED, LIVCR_SAMPLE_SOURCE } from './generate-livcr-cells';
import { type BelgianReferenceData } from './read-belgian-reference-data';

/** Bump when the generator changes, so existing databases get the new sample. */
const SEED_VERSION = 'livcr-cells-seed-v1';

const sample = { source: LIVCR_SAMPLE_SOURCE, sourceKind: 'SAMPLE', sourceUrl: null, referenceDate: LIVCR_SAMPLE_REFERENCE_DATE };

/**
 * Loads the SAMPLE LIVC-R records (generate-livcr-cells.ts). They are generated as a whole: a new version replaces
 * the old one (a cell of the old sample that the new one lacks is deleted).
 */
export async function seedLivcrCells(db: Database, reference: BelgianReferenceData, options: SeedOptions = {}): Promise<'applied' | 'unchanged'> {
  return runSeedOnce(db, {
    ...options,
    table: seedState,
    dataset: 'livcr-cells-sample',
    inputs: [SEED_VERSION, LIVCR_SAMPLE_SEED, ...reference.rawInputs],
    apply: async ({ replaceRows }) => {
      const generated = generateLivcrCells(reference);
      const sampled = <Row extends object>(rows: readonly Row[]) => rows.map((row) => ({ ...row, ...sample }));
      await replaceRows(livcrCells, livcrCells.id, sampled(generated.cells));
      await replaceRows(livcrCellStatusPeriods, [livcrCellStatusPeriods.cellId, livcrCellStatusPeriods.validFrom], sampled(generated.statusPeriods));
      await replaceRows(
        livcrCellMemberships,
        [livcrCellMemberships.cellId, livcrCellMemberships.municipalityNis, livcrCellMemberships.memberSince],
        sampled(generated.memberships),
      );
      await replaceRows(livcrCellMemberRoles, [livcrCellMemberRoles.cellId, livcrCellMemberRoles.sector], sampled(generated.memberRoles));
    },
  });
}
