import { archivalOf } from '@cohesion/kit';
import { type Resolvers } from '../generated/resolvers-types';
import { text } from './text';
import { municipalityReference, sourcesOf } from './records';

export const organisationResolvers: Pick<Resolvers, 'WalloniaBrusselsOrganisation' | 'WalloniaBrusselsSource'> = {
  WalloniaBrusselsOrganisation: {
    archived: archivalOf,
    __resolveReference: (reference, { loaders }) => loaders.organisation.load(reference.id),
    names: (row) => row.name,
    name: (row, { lang }, { language }) => text.textIn(row.name, lang, language),
    type: (row) => row.type as never,
    level: (row) => row.level as never,
    regions: (row) => row.regions as never,
    functionalContact: (row) => ({ email: row.email, phone: row.phone }),
    parentOrganisation: (row, _args, { loaders }) => (row.parentOrganisationId ? loaders.organisation.load(row.parentOrganisationId) : null),
    units: (row, _args, { loaders }) => loaders.unitsByParent.load(row.id),
    municipality: (row) => municipalityReference(row.municipalityNis),
    relayOf: (row) => (row.relayOfEuOrganisationId ? { id: row.relayOfEuOrganisationId } : null),
    offers: (row, _args, { loaders }) => loaders.offersByOrganisation.load(row.id),
    events: (row, _args, { loaders }) => loaders.eventsByOrganiser.load(row.id),
    provenance: (row) => row,
    sources: (row, _args, { loaders }) => sourcesOf(row, loaders),
  },
  WalloniaBrusselsSource: {
    language: (row) => (row.language ? (row.language.toUpperCase() as never) : null),
    provenance: (row) => row,
  },
};
