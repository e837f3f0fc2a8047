import { archivalOf, partialDateOf } from '@cohesion/kit';
import { type Resolvers } from '../generated/resolvers-types';
import { text } from './text';
import { loadAll, sourcesOf } from './records';

export const projectResolvers: Pick<Resolvers, 'WalloniaBrusselsProject'> = {
  WalloniaBrusselsProject: {
    archived: archivalOf,
    names: (row) => row.name,
    name: (row, { lang }, { language }) => text.textIn(row.name, lang, language),
    start: (row) => partialDateOf(row.startsOn, row.startPrecision),
    end: (row) => partialDateOf(row.endsOn, row.endPrecision),
    leadOrganisation: (row, _args, { loaders }) => (row.leadOrganisationId ? loaders.organisation.load(row.leadOrganisationId) : null),
    partnerOrganisations: (row, _args, { loaders }) => loadAll(loaders.organisation, row.partnerOrganisationIds, 'partner organisation'),
    partnerMunicipalities: (row) => row.partnerMunicipalityNis.map((nis) => ({ nis })),
    events: (row, _args, { loaders }) => loaders.eventsByProject.load(row.id),
    provenance: (row) => row,
    sources: (row, _args, { loaders }) => sourcesOf(row, loaders),
  },
};
