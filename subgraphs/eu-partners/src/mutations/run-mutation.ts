import { euPartnersTables } from '@cohesion/db';
import {
  createMutationRunner,
  type Identity,
  type JurisdictionTarget,
  sortTextOf as sortTextIn,
  writtenByEditor,
} from '@cohesion/kit';

/** The EU level's writes: kit's runner over its own audit log and idempotency keys. */
export const runMutation = createMutationRunner(euPartnersTables);

/** Where every record of this level belongs: the EU level (the `EU` jurisdiction). */
export const EU_LEVEL: JurisdictionTarget = { eu: true };

/** The key a record sorts by: its text in English, else Dutch, French, German (the seed's order). */
export function sortTextOf(text: euPartnersTables.LocalizedTextValue): string {
  return sortTextIn(text, ['en', 'nl', 'fr', 'de']);
}

/**
 * The record columns of a record an editor creates: no notes and no cited publication yet, the editor's organisation
 * as its source, and the write mark.
 */
export function createdRecordValues(identity: Identity) {
  return { notes: [] as string[], sourceIds: [] as string[], ...writtenByEditor(identity) };
}
