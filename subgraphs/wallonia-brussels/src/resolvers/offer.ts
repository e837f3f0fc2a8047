import { archivalOf, languageEnum, required } from '@cohesion/kit';
import { type Resolvers } from '../generated/resolvers-types';
import { text } from './text';
import { sourcesOf } from './records';

export const offerResolvers: Pick<Resolvers, 'WalloniaBrusselsOffer'> = {
  WalloniaBrusselsOffer: {
    archived: archivalOf,
    titles: (row) => row.title,
    title: (row, { lang }, { language }) => text.textIn(row.title, lang, language),
    kind: (row) => row.kind as never,
    languages: (row) => row.languages.map(languageEnum),
    contact: (row) => ({ email: row.email, phone: row.phone }),
    regions: (row) => row.regions as never,
    organisation: async (row, _args, { loaders }) => required(await loaders.organisation.load(row.organisationId), `organisation ${row.organisationId}`),
    flemishPartners: (row) => row.partnerFlandersOrganisationIds.map((id) => ({ id })),
    document: (row, _args, { loaders }) => (row.documentId ? loaders.document.load(row.documentId) : null),
    legalBasis: (row, _args, { loaders }) => (row.legalBasisDocumentId ? loaders.document.load(row.legalBasisDocumentId) : null),
    provenance: (row) => row,
    sources: (row, _args, { loaders }) => sourcesOf(row, loaders),
  },
};
