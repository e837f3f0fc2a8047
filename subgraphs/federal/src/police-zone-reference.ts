import { type PoliceZoneReference } from '@cohesion/kit';
import { type TestSubgraph } from '@cohesion/kit/testing';

const ZONES = `{ federal { policeZones(first: 200) { totalCount nodes { id municipalities { nis } provenance { source } } } } }`;
type ZonesAnswer = { federal: { policeZones: { totalCount: number; nodes: Array<{ id: string; municipalities: Array<{ nis: string }>; provenance: { source: string } }> } } };

/**
 * The police zone composition this subgraph serves, in the form of kit's reference file (`POLICE_ZONES_PATH`), which
 * every subgraph resolves `zone:` jurisdictions with: read through the public contract, so the file says what callers see.
 */
export async function readPublishedPoliceZones(subgraph: Pick<TestSubgraph, 'execute'>): Promise<PoliceZoneReference> {
  const { data, errors } = await subgraph.execute<ZonesAnswer>(ZONES);
  if (errors || !data) throw new Error(`Cannot read the police zones: ${JSON.stringify(errors)}`);
  const { totalCount, nodes } = data.federal.policeZones;
  if (nodes.length !== totalCount) throw new Error(`Read ${nodes.length} of ${totalCount} police zones: one page no longer holds them all`);
  const sources = [...new Set(nodes.map((zone) => zone.provenance.source))];
  return {
    source: sources.join(' | '),
    zones: Object.fromEntries(
      [...nodes].sort((a, b) => a.id.localeCompare(b.id)).map((zone) => [zone.id, zone.municipalities.map((member) => member.nis).sort()]),
    ),
  };
}
