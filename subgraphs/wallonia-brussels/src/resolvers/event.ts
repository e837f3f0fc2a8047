import { archivalOf, languageEnum } from '@cohesion/kit';
import { type Resolvers } from '../generated/resolvers-types';
import { text } from './text';
import { loadAll, sourcesOf } from './records';

export const eventResolvers: Pick<Resolvers, 'WalloniaBrusselsEvent'> = {
  WalloniaBrusselsEvent: {
    archived: archivalOf,
    titles: (row) => row.title,
    title: (row, { lang }, { language }) => text.textIn(row.title, lang, language),
    kind: (row) => row.kind as never,
    venue: (row) => ({
      online: null,
      name: row.venueName,
      address: row.venueAddress,
      postalCode: null,
      city: row.venueCity,
      municipalityNis: row.venueMunicipalityNis,
    }),
    language: (row) => (row.language ? languageEnum(row.language) : null),
    organisers: async (row, _args, { loaders }) =>
      loadAll(loaders.organisation, (await loaders.eventOrganisers.load(row.id)).map((organiser) => organiser.organisationId), 'organiser'),
    document: (row, _args, { loaders }) => (row.documentId ? loaders.document.load(row.documentId) : null),
    project: (row, _args, { loaders }) => (row.projectId ? loaders.project.load(row.projectId) : null),
    provenance: (row) => row,
    sources: (row, _args, { loaders }) => sourcesOf(row, loaders),
  },
};
