import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadSupergraph } from '@cohesion/schema';
import { findEntityKeys } from '../find-entity-keys';
import { renderEntityKeys } from '../render-entity-keys';

// Regenerates src/entity-keys.ts from the committed supergraph (run after `npm run compose`).
const target = path.resolve(__dirname, '../entity-keys.ts');
writeFileSync(target, renderEntityKeys(findEntityKeys(loadSupergraph())));
console.log(`wrote ${target}`);
