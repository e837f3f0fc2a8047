import { subgraphCodegenConfig } from '@cohesion/kit/codegen-config';

// The database rows (and page sources) each GraphQL type's resolvers receive as their parent.
export default subgraphCodegenConfig({
  mappers: {
    __LevelPascal__Level: '../data/rows#LevelSource',
    __LevelPascal__Organisation: '../data/rows#OrganisationRow',
    __LevelPascal__OrganisationConnection: '../data/rows#OrganisationPage',
    __LevelPascal__OrganisationEdge: '../data/rows#OrganisationEdge',
    Provenance: '../data/rows#ProvenanceSource',
  },
});
