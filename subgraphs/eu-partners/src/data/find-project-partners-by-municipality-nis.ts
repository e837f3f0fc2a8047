import { type Database, euPartnersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc, eq, getTableColumns } from 'drizzle-orm';
import { type ProjectPartnerRow } from './rows';

const { projectPartners, projects } = euPartnersTables;

/** The EU project partnerships of the given municipalities, oldest project first. */
export function findProjectPartnersByMunicipalityNis(db: Database, nis: readonly string[]): Promise<ProjectPartnerRow[]> {
  return db
    .select(getTableColumns(projectPartners))
    .from(projectPartners)
    .innerJoin(projects, eq(projects.id, projectPartners.projectId))
    .where(equalsAny(projectPartners.municipalityNis, nis))
    .orderBy(asc(projects.endsOn), asc(projects.id));
}
