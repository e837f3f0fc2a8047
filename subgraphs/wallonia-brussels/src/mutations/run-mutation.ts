import { walloniaBrusselsTables } from '@cohesion/db';
import {
  createMutationRunner,
  type Identity,
  type WriteTrailTables,
  type JurisdictionTarget,
  sortTextOf as sortTextIn,
  writtenByEditor,
} from '@cohesion/kit';

/** This level's audit log and idempotency keys, in its own schema. */
export const writeTrail: WriteTrailTables = {
  auditLog: walloniaBrusselsTables.auditLog,
  idempotencyKeys: walloniaBrusselsTables.idempotencyKeys,
};

/** This level's writes: kit's runner over its own write trail. */
export const runMutation = createMutationRunner(writeTrail);

/** A record of the level that names no place (a Community body's, a national network's) belongs to both its regions. */
export const LEVEL_REGIONS: JurisdictionTarget = { regions: ['BE-WAL', 'BE-BRU'] };

const REGION_ISO: Record<string, string> = { WALLONIA: 'BE-WAL', BRUSSELS: 'BE-BRU', FLANDERS: 'BE-VLG' };

/** Where an organisation or an offer belongs: the regions it works in, or the level's regions when it names none. */
export function regionsTerritory(regions: readonly string[]): JurisdictionTarget {
  return regions.length === 0
    ? LEVEL_REGIONS
    : { regions: regions.map((region) => REGION_ISO[region] ?? region) };
}

/** Where an event or a document belongs: the municipality it names, or the level's regions. */
export function placeTerritory(nis: string | null): JurisdictionTarget {
  return nis ? { municipalities: [nis] } : LEVEL_REGIONS;
}

/** The name a record sorts by: Dutch, else French, English, German (the seed's order). */
export function sortTextOf(text: walloniaBrusselsTables.LocalizedTextValue): string {
  return sortTextIn(text, ['nl', 'fr', 'en', 'de']);
}

/**
 * The record columns of a record an editor creates: no cited publication, the editor's organisation as its source;
 * its search text is derived from the record by its mutations.
 */
export function createdRecordValues(identity: Identity) {
  return { sourceIds: [] as string[], citedAs: null, ...writtenByEditor(identity) };
}
