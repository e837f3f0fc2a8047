import { type Database, euPartnersTables } from '@cohesion/db';
import { countedProvenanceColumns } from '@cohesion/kit';
import { count, isNotNull, sql } from 'drizzle-orm';

const { projectPartners } = euPartnersTables;

/** Partnerships of municipalities in EU projects per province; Brussels, in no province, per region. */
export function countMunicipalPartnershipsPerProvince(db: Database) {
  return db
    .select({
      provinceNis: projectPartners.provinceNis,
      regionNis: projectPartners.regionNis,
      value: count(),
      ...countedProvenanceColumns(projectPartners),
    })
    .from(projectPartners)
    .where(isNotNull(projectPartners.municipalityNis))
    .groupBy(projectPartners.provinceNis, projectPartners.regionNis)
    .orderBy(sql`${projectPartners.provinceNis} asc nulls last`, projectPartners.regionNis);
}
