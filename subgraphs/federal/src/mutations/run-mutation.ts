import { federalTables } from '@cohesion/db';
import {
  createMutationRunner,
  type Identity,
  type JurisdictionTarget,
  type LocalizedTextInputValue,
  localizedTextValue,
  sortTextOf as sortTextIn,
  type WriteTrailTables,
  writerProvenance,
  writtenThroughApi,
} from '@cohesion/kit';

/** The federal level's audit log and idempotency keys, in its own schema. */
export const writeTrail: WriteTrailTables = {
  auditLog: federalTables.auditLog,
  idempotencyKeys: federalTables.idempotencyKeys,
};

/** The federal level's writes: kit's runner over its own write trail. */
export const runMutation = createMutationRunner(writeTrail);

/** Where the federal level's own records belong (its organisations, offers, events, projects, documents): `BE`. */
export const NATIONAL: JurisdictionTarget = { national: true };

/** The key a record sorts by: its text in Dutch, else French, English, German (the seed's order). */
export function sortKeyOf(text: federalTables.LocalizedTextValue): string {
  return sortTextIn(text, ['nl', 'fr', 'en', 'de']);
}

/** A description as stored: the languages given, or null when there is none. */
export function optionalText(value: LocalizedTextInputValue | null | undefined) {
  return value ? localizedTextValue(value) : null;
}

/** The provenance of a record the federal editor writes: the editor's organisation, on the day, and the write mark. */
export function createdRecordValues(identity: Identity) {
  return { ...writerProvenance(identity), ...writtenThroughApi() };
}
