import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Which municipalities (2025 NIS codes) make up each police zone, by the zone's id in the federal subgraph. */
export type PoliceZoneDirectory = ReadonlyMap<string, readonly string[]>;

/**
 * The police zone composition as reference data, published by the federal level (which owns the zones) so that every
 * subgraph reads a `zone:` jurisdiction the same way without reading the federal schema's tables (DESIGN.md principle
 * 1). The federal subgraph's tests keep it equal to what that subgraph serves; `npm run police-zones -w federal`
 * rewrites it.
 */
export const POLICE_ZONES_PATH = path.join(__dirname, 'police-zones.json');

/** The file's shape: its source, and each zone's municipalities. */
export type PoliceZoneReference = { source: string; zones: Record<string, string[]> };

const POLICE_ZONE_REFERENCE = z.object({
  source: z.string().min(1),
  zones: z.record(z.string().min(1), z.array(z.string().regex(/^\d{5}$/, 'a 2025 NIS code of five digits')).min(1)),
});

/** Reads and checks a police zone reference file; a malformed file stops the process rather than deny or grant silently. */
export function readPoliceZones(filePath: string = POLICE_ZONES_PATH): PoliceZoneDirectory {
  const parsed = POLICE_ZONE_REFERENCE.safeParse(JSON.parse(readFileSync(filePath, 'utf8')));
  if (!parsed.success) throw new Error(`Invalid police zone reference ${filePath}: ${parsed.error.message}`);
  return new Map(Object.entries(parsed.data.zones));
}

/** The zones every service resolves `zone:` jurisdictions with. */
export const POLICE_ZONES: PoliceZoneDirectory = readPoliceZones();
