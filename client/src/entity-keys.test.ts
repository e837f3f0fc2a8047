import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSupergraph } from '@cohesion/schema';
import { findEntityKeys } from './find-entity-keys';
import { renderEntityKeys } from './render-entity-keys';

const supergraphOf = (types: string) => `
  directive @join__type(graph: String, key: String, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
  ${types}
`;

describe('entity keys for client caches', () => {
  it('matches the supergraph (run `npm run generate -w @cohesion/client` after `npm run compose`)', () => {
    const committed = readFileSync(path.join(__dirname, 'entity-keys.ts'), 'utf8');
    expect(committed).toBe(renderEntityKeys(findEntityKeys(loadSupergraph())));
  });

  it('keys the municipalities, provinces and regions by NIS code and the dated cell by its snapshot id', () => {
    expect(findEntityKeys(loadSupergraph())).toMatchObject({ Municipality: ['nis'], Province: ['nis'], Region: ['nis'], LivcrCell: ['id'] });
  });

  it('reads a key every subgraph declares alike, resolvable or not, and skips types without a key', () => {
    const sdl = supergraphOf(`
      type Municipality @join__type(graph: "A", key: "nis") @join__type(graph: "B", key: "nis", resolvable: false) { nis: ID! }
      type Edition @join__type(graph: "A", key: "year  number") { year: Int! number: Int! }
      type Figure @join__type(graph: "A") { value: Int }
    `);
    expect(findEntityKeys(sdl)).toEqual({ Edition: ['year', 'number'], Municipality: ['nis'] });
  });

  it('refuses a type keyed differently by two subgraphs, and a nested key, naming them', () => {
    const twoKeys = supergraphOf(`type Cell @join__type(graph: "A", key: "id") @join__type(graph: "B", key: "code") { id: ID! code: ID! }`);
    expect(() => findEntityKeys(twoKeys)).toThrow(/Cell has 2 different keys \("id", "code"\)/);
    const nested = supergraphOf(`type Seat @join__type(graph: "A", key: "cell { id }") { cell: Seat }`);
    expect(() => findEntityKeys(nested)).toThrow(/Seat has the nested key "cell \{ id \}"/);
  });
});
