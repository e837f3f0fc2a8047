import { readFileSync } from 'node:fs';
import { composeSupergraph } from './compose-supergraph';
import { SUPERGRAPH_PATH } from './subgraphs';

describe('supergraph composition', () => {
  it('composes every subgraph without errors or hints', () => {
    expect(() => composeSupergraph()).not.toThrow();
  });

  it('matches the committed schema/supergraph.graphql (run `npm run compose` after changing a subgraph SDL)', () => {
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(composeSupergraph());
  });
});
