import { composeServices } from '@apollo/composition';
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
 */
export function composeSupergraph(): string {
  const services = SUBGRAPHS.map(({ name, url }) => ({
    name,
    url,
    typeDefs: loadSubgraphTypeDefs(subgraphDirectory(name)),
  }));
  const result = composeServices(services);
  if (result.errors) throw new CompositionFailedError(result.errors.map((error) => error.message));
  if (result.hints.length > 0) throw new CompositionFailedError(result.hints.map((hint) => `hint ${hint.definition.code}: ${hint.message}`));
  return result.supergraphSdl;
}
