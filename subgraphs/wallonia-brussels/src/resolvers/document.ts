import { archivalOf, partialDateOf } from '@cohesion/kit';
import { type Resolvers } from '../generated/resolvers-types';
import { text } from './text';
import { loadAll, municipalityReference, sourcesOf } from './records';

export const documentResolvers: Pick<Resolvers, 'WalloniaBrusselsDocument'> = {
  WalloniaBrusselsDocument: {
    archived: archivalOf,
    titles: (row) => row.title,
    title: (row, { lang }, { language }) => text.textIn(row.title, lang, language),
    type: (row) => row.type as never,
    date: (row) => partialDateOf(row.issuedFrom, row.issuedPrecision),
    authors: (row, _args, { loaders }) => loadAll(loaders.organisation, row.authorOrganisationIds, 'author'),
    flemishAuthors: (row) => row.authorFlandersOrganisationIds.map((id) => ({ id })),
    municipality: (row) => municipalityReference(row.municipalityNis),
    relatedDocuments: (row, _args, { loaders }) => loadAll(loaders.document, row.relatedDocumentIds, 'related document'),
    meetings: (row, _args, { loaders }) => loaders.eventsByDocument.load(row.id),
    provenance: (row) => row,
    sources: (row, _args, { loaders }) => sourcesOf(row, loaders),
  },
};
