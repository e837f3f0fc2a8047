import { type CodegenConfig } from '@graphql-codegen/cli';

export type SubgraphCodegenConfigOptions = {
  /** GraphQL type name → `<module under src/generated>#<TypeScript type>` of the value its resolvers receive. */
  mappers: Record<string, string>;
  /** Scalar name → TypeScript type; `Date` and `GeoJSON` by default. */
  scalars?: Record<string, string>;
};

/** The shared value types of schema/common.graphql resolve from kit's source types (see kit's commonResolvers). */
const COMMON_MAPPERS: Record<string, string> = {
  Provenance: '@cohesion/kit#ProvenanceSource',
  PartialDate: '@cohesion/kit#PartialDateSource',
  Figure: '@cohesion/kit#FigureSource',
  Venue: '@cohesion/kit#VenueSource',
  Speaker: '@cohesion/kit#SpeakerSource',
  FunctionalContact: '@cohesion/kit#FunctionalContactSource',
  AuditEntry: '@cohesion/kit#AuditEntrySource',
  AuditEntryConnection: '@cohesion/kit#AuditEntryPage',
  AuditEntryEdge: '@cohesion/kit#AuditEntryEdgeSource',
};

/**
 * A subgraph's GraphQL Code Generator configuration, run from the subgraph's folder (`codegen.ts`).
 * Resolver types are generated from the SDL (Apollo's start-with-typescript starter), with the database rows
 * as the parent types, so that resolvers are checked against what the data functions return.
 */
export function subgraphCodegenConfig({ mappers, scalars = { Date: 'string', GeoJSON: 'unknown' } }: SubgraphCodegenConfigOptions): CodegenConfig {
  return {
    schema: ['../../schema/common.graphql', './schema.graphql'],
    generates: {
      './src/generated/resolvers-types.ts': {
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          enumsAsTypes: true,
          useIndexSignature: true,
          contextType: '../context#SubgraphContext',
          scalars,
          mappers: { ...COMMON_MAPPERS, ...mappers },
        },
      },
    },
  };
}
