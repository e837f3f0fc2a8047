/** One municipality in the table alternative of the map, its texts already in the reader's language. */
export type MunicipalityRow = {
  nis: string;
  municipality: string;
  cell: string;
  scope: string;
  status: string;
  /** The status's place in the legend, so that sorting by status follows the legend rather than the alphabet. */
  statusOrder: number;
  /** ISO date, or '' without a cell. */
  since: string;
};

export const MUNICIPALITY_COLUMNS = ['municipality', 'cell', 'scope', 'status', 'since'] as const;
export type MunicipalityColumn = (typeof MUNICIPALITY_COLUMNS)[number];

/**
 * The rows sorted by one column (texts in the language's collation, dates in time order, statuses in legend
 * order), ties by municipality name; empty values last in either direction, so a sort never starts with blanks.
 */
export function sortMunicipalities(rows: readonly MunicipalityRow[], column: MunicipalityColumn, ascending: boolean, language: string): MunicipalityRow[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const byName = (a: MunicipalityRow, b: MunicipalityRow) => collator.compare(a.municipality, b.municipality);
  const compare = (a: MunicipalityRow, b: MunicipalityRow): number => {
    if (column === 'status') return a.statusOrder - b.statusOrder;
    const [x, y] = [a[column], b[column]];
    if (column === 'since') return x < y ? -1 : x > y ? 1 : 0;
    return collator.compare(x, y);
  };
  return [...rows].sort((a, b) => {
    if (column !== 'municipality' && column !== 'status') {
      const [emptyA, emptyB] = [a[column] === '', b[column] === ''];
      if (emptyA !== emptyB) return emptyA ? 1 : -1;
    }
    const order = compare(a, b) * (ascending ? 1 : -1);
    return order || byName(a, b);
  });
}
