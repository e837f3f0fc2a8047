// Search columns are written by the seeds and matched by every subgraph's search: one folding for both, in the
// runtime part of @cohesion/db.

/** Lower case, accents and punctuation folded, so that "liege" finds Liège and "sint niklaas" Sint-Niklaas. */
export function foldForSearch(...names: Array<string | null>): string {
  return names
    .filter((name): name is string => Boolean(name))
    .map((name) =>
      name
        .normalize('NFD')
        .replace(/\p{Diacritic}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim(),
    )
    .join(' | ');
}
