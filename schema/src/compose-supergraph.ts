import { composeServices } from '@apollo/composition';
import { type DocumentNode } from 'graphql';
import { loadSubgraphTypeDefs } from '@cohesion/kit';
import { SUBGRAPHS, subgraphDirectory } from './subgraphs';

export class CompositionFailedError extends Error {
  constructor(readonly problems: string[]) {
    super(`Supergraph composition failed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'CompositionFailedError';
  }
}

/**
 * Composes every subgraph's SDL into the supergraph with @apollo/composition. Errors and hints both fail:
 * a hint means two subgraphs disagree about something, which this project does not accept silently.
 * `transformTypeDefs` changes a subgraph's SDL on the way (tests of the schema check).
 */
export function composeSupergraph(options: { transformTypeDefs?: (subgraph: string, typeDefs: DocumentNode) => DocumentNode } = {}): string {
  const services = SUBGRAPHS.map(({ name, url }) => {
    const typeDefs = loadSubgraphTypeDefs(subgraphDirectory(name));
    return { name, url, typeDefs: options.transformTypeDefs ? options.transformTypeDefs(name, typeDefs) : typeDefs };
  });
  const result = composeServices(services);
  if (result.errors) throw new CompositionFailedError(result.errors.map((error) => error.message));
  if (result.hints.length > 0) throw new CompositionFailedError(result.hints.map((hint) => `hint ${hint.definition.code}: ${hint.message}`));
  return result.supergraphSdl;
}
