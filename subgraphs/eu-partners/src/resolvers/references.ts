import { required } from '@cohesion/kit';
import {
  type ForeignOrganisationReference,
  type MunicipalityReference,
  type OrganisationReferenceValue,
  type OrganisationRow,
  type ProvenanceSource,
} from '../data/rows';
import { type Loaders } from '../loaders';

export function municipalityReference(nis: string): MunicipalityReference {
  return { __typename: 'Municipality', nis };
}

/** An `EuActor` from a stored organisation reference: this level's organisations are loaded, others' are key-only stubs. */
export async function actorOf(reference: OrganisationReferenceValue, loaders: Loaders): Promise<OrganisationRow | ForeignOrganisationReference> {
  if (reference.level === 'EU') return required(await loaders.organisation.load(reference.id), `EU organisation ${reference.id}`);
  return { __typename: 'WalloniaBrusselsOrganisation', id: reference.id };
}

/** Every source of a record, in its order, as provenance. */
export async function sourcesOf(row: { sourceIds: string[] }, loaders: Loaders): Promise<ProvenanceSource[]> {
  const sources = await loaders.source.loadMany(row.sourceIds);
  return sources.map((source, index) => {
    if (source instanceof Error) throw source;
    return required(source, `source ${row.sourceIds[index]}`);
  });
}
