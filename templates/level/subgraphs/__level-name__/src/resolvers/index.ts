import { connectionResolvers } from '@cohesion/kit';
import { findOrganisationPage } from '../data/find-organisation-page';
import { type OrganisationRow } from '../data/rows';
import { type Resolvers } from '../generated/resolvers-types';

export const resolvers: Resolvers = {
  Query: {
    __levelCamel__: () => ({}),
  },
  __LevelPascal__Level: {
    organisations: (_level, page, { db }) => findOrganisationPage(db, page),
    organisation: (_level, { id }, { loaders }) => loaders.organisation.load(id),
  },
  __LevelPascal__Organisation: {
    __resolveReference: (reference, { loaders }) => loaders.organisation.load(reference.id),
    provenance: (row) => row,
  },
  __LevelPascal__OrganisationConnection: connectionResolvers<OrganisationRow>(),
  Provenance: {
    kind: (provenance) => provenance.sourceKind as never,
    url: (provenance) => provenance.sourceUrl,
  },
};
