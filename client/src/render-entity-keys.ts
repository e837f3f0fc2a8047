import { type EntityKeys } from './find-entity-keys';

/** The source of `entity-keys.ts`: the supergraph's entity keys as a constant, stamped as generated. */
export function renderEntityKeys(keys: EntityKeys): string {
  const lines = Object.entries(keys).map(([type, fields]) => `  ${type}: [${fields.map((field) => `'${field}'`).join(', ')}],`);
  return [
    '// Generated from schema/supergraph.graphql by `npm run generate -w @cohesion/client`: do not edit.',
    '// The test entity-keys.test.ts fails when this file no longer matches the supergraph.',
    '',
    '/** Every entity of the supergraph and the fields of its federation `@key`. */',
    'export const ENTITY_KEYS = {',
    ...lines,
    '} as const satisfies Record<string, readonly string[]>;',
    '',
  ].join('\n');
}
