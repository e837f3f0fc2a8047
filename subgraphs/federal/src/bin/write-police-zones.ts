import { writeFileSync } from 'node:fs';
import { POLICE_ZONES_PATH } from '@cohesion/kit';
import { startTestSubgraph } from '@cohesion/kit/testing';
import { createSubgraphContext } from '../context';
import { readPublishedPoliceZones } from '../police-zone-reference';
import { createSubgraph } from '../subgraph';

// Rewrites kit's police zone reference from what this subgraph serves on a freshly seeded throw-away database, after
// the zones' seed changed (the federal subgraph test fails until then).
async function main() {
  const subgraph = await startTestSubgraph({ schemas: ['federal'], createSubgraph, createContext: createSubgraphContext });
  try {
    const reference = await readPublishedPoliceZones(subgraph);
    writeFileSync(POLICE_ZONES_PATH, `${JSON.stringify(reference, null, 2)}\n`);
    console.log(`Wrote ${Object.keys(reference.zones).length} police zones to ${POLICE_ZONES_PATH}`);
  } finally {
    await subgraph.stop();
  }
}

void main();
