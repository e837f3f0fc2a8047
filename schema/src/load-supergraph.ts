import { readFileSync } from 'node:fs';
import { SUPERGRAPH_PATH } from './subgraphs';

/** The committed supergraph SDL (no runtime introspection: DESIGN.md principle 2). */
export function loadSupergraph(path = SUPERGRAPH_PATH): string {
  return readFileSync(path, 'utf8');
}
