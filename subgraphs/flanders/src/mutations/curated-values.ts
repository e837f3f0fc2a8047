import { type flandersTables } from '@cohesion/db';
import { type Identity, sortTextOf as sortTextIn, writerProvenance, writtenThroughApi } from '@cohesion/kit';

export { searchTextOf } from '@cohesion/kit';

/** The name a Flemish record sorts by: Dutch first, then English, French, German (the seed's order). */
export function sortTextOf(text: flandersTables.LocalizedTextValue): string {
  return sortTextIn(text, ['nl', 'en', 'fr', 'de']);
}

/**
 * The curated columns of a record an editor creates: no other names or notes yet, and the editor's organisation as
 * its one source (DESIGN.md principle 7); its search text is derived from the record by its mutations.
 */
export function createdCuratedValues(identity: Identity) {
  const provenance = writerProvenance(identity);
  return {
    alsoKnownAs: [] as string[],
    notes: [] as string[],
    sources: [provenance],
    ...provenance,
    ...writtenThroughApi(),
  };
}
