import { federalTables } from '@cohesion/db';
import {
  createMutationRunner,
  type JurisdictionTarget,
  type LocalizedTextInputValue,
  localizedTextValue,
  sortTextOf as sortTextIn,
} from '@cohesion/kit';

/** The federal level's writes: kit's runner over its own audit log and idempotency keys. */
export const runMutation = createMutationRunner(federalTables);

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
