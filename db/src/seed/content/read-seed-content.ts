import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePartialDate, type PartialDatePrecision } from '../../partial-date';

/**
 * What every level's seed reads the same way: the content files extracted from the sources (db/seed/content),
 * the named items, the sources they cite, dates given as a year, a month or a day, and Statbel's table of the
 * 2025 municipalities that NIS codes are checked against. How a level cites a source stays with its seed.
 */

/** The network's content as extracted from the source documents, kept in the project and read at run time. */
export const CONTENT_DIR = path.resolve(__dirname, '..', '..', '..', 'seed', 'content');

/** The project's copy of Statbel's 2025 municipality table (db/reference/belgium, see its SOURCE.md). */
export const STATBEL_MUNICIPALITIES_CSV = path.resolve(__dirname, '..', '..', '..', 'reference', 'belgium', 'municipalities_2025.csv');

/** A file's raw bytes (they go into the seed checksum, so that a change re-seeds) and its parsed JSON. */
export type ContentFile<Value> = { raw: Buffer; value: Value };

/** Reads and parses a JSON file of db/seed/content. */
export function readContentFile<Value>(file: string): ContentFile<Value> {
  const raw = readFileSync(path.join(CONTENT_DIR, file));
  return { raw, value: JSON.parse(raw.toString('utf8')) as Value };
}

/** One entry of named-items.json: an item a source names, with the label it uses and the level that owns it. */
export type NamedItem = { level: string; collection: string; id: string; label: string; sourceId: string };

/** Reads named-items.json: the items of every level (a seed filters on its own level where it needs only those). */
export function readNamedItems(): ContentFile<NamedItem[]> {
  return readContentFile<NamedItem[]>('named-items.json');
}

/** How a content record cites its sources: by their ids in the level's `sources` list, the first being its main one. */
export type SourcedRecord = { id: string; sourceIds: string[] };

/** Where an event takes place, as the content files give it; `nis` is the 2025 NIS code of its municipality. */
export type ContentVenue = { name: string | null; address: string | null; city: string | null; nis: string | null };

/** An organisation's or an offer's functional (general) contact: never a person's. */
export type ContentFunctionalContact = { email: string | null; phone: string | null };

/** What every level's content file gives an event; `Text` is the level's localised text. */
export type ContentEventFields<Text> = SourcedRecord & {
  title: Text;
  kind: string;
  startTime: string | null;
  endTime: string | null;
  language: string | null;
  organiserIds: string[];
  registration: string | null;
};

/** What every level's content file gives a project: its period as the sources give it (YYYY, YYYY-MM or a day). */
export type ContentProjectFields = SourcedRecord & {
  name: string;
  acronym: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  funding: string | null;
  leadOrganisationId: string | null;
};

/** What every level's content file gives a document; `Text` is the level's localised text. */
export type ContentDocumentFields<Text> = SourcedRecord & { title: Text; type: string; date: string | null; reference: string | null };

/** A source as most content files list it. */
export type ContentSource = { id: string; title: string; publisher: string | null; url: string | null; language: string | null };

export type SourceLookupOptions<Source extends { id: string }> = {
  sources: readonly Source[];
  /** The date each source's facts refer to, where the source itself carries none. */
  referenceDates: Readonly<Record<string, string>>;
  /** The date a source carries itself, used when `referenceDates` has none for it. */
  dateOf?: (source: Source) => string | null | undefined;
  /** Names the seed in error messages, e.g. `flanders seed`. */
  where: string;
};

export type SourceLookup<Source> = {
  /** The listed source of that id; throws when the content cites a source it does not list. */
  source(id: string | undefined): Source;
  /** The date the source's facts refer to; throws when none is known. */
  referenceDate(id: string): string;
};

/**
 * The rows of a level's `sources` table: each listed source, with the provenance columns saying how the level
 * cites it and the date its content reports.
 */
export function toSourceRows(
  sources: readonly ContentSource[],
  citationOf: (source: ContentSource) => string,
  referenceDateOf: (sourceId: string) => string,
) {
  return sources.map((source) => ({
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    language: source.language,
    source: citationOf(source),
    sourceKind: 'PUBLICATION',
    sourceUrl: source.url,
    referenceDate: referenceDateOf(source.id),
  }));
}

/** Looks a level's sources up by id, failing loudly on a citation of an unlisted source or an undated one. */
export function createSourceLookup<Source extends { id: string }>(options: SourceLookupOptions<Source>): SourceLookup<Source> {
  const byId = new Map(options.sources.map((source) => [source.id, source]));
  const source = (id: string | undefined) => {
    const found = byId.get(id ?? '');
    if (!found) throw new Error(`${options.where}: unknown source ${JSON.stringify(id)}`);
    return found;
  };
  return {
    source,
    referenceDate: (id) => {
      const date = options.referenceDates[id] ?? options.dateOf?.(source(id));
      if (!date) throw new Error(`${options.where}: no reference date for source ${id}`);
      return date;
    },
  };
}

export { parsePartialDate, type PartialDate, type PartialDatePrecision } from '../../partial-date';

/** An optional partial date stored as its first day with its precision (both null when the source gives none). */
export function firstDayOfPartialDate(
  value: string | null | undefined,
  where: string,
): { date: string | null; precision: PartialDatePrecision | null } {
  if (!value) return { date: null, precision: null };
  const { from, precision } = parsePartialDate(value, where);
  return { date: from, precision };
}

const STATBEL_COLUMNS = [
  'nis_code',
  'name_nl',
  'name_fr',
  'name_de',
  'language_regime',
  'arrondissement_nis',
  'arrondissement_nl',
  'arrondissement_fr',
  'province_nis',
  'province_nl',
  'province_fr',
  'region_nis',
  'region',
  'region_nl',
  'region_fr',
  'nis_2019_predecessors',
] as const;

/** One row of Statbel's 2025 municipality table, by column name; an empty cell is an empty string. */
export type StatbelMunicipalityRow = Readonly<Record<(typeof STATBEL_COLUMNS)[number], string>>;

/**
 * Parses Statbel's 2025 municipality table. The file quotes nothing and its names hold no commas (SOURCE.md):
 * a row with another number of cells than the header is malformed, and so is a header without a column the
 * seeds read.
 */
export function parseStatbelMunicipalities(csv: string): StatbelMunicipalityRow[] {
  const file = path.basename(STATBEL_MUNICIPALITIES_CSV);
  const [header, ...rows] = csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const columns = header?.split(',') ?? [];
  const indexes = STATBEL_COLUMNS.map((name) => {
    const index = columns.indexOf(name);
    if (index < 0) throw new Error(`${file}: missing column ${name}`);
    return [name, index] as const;
  });
  return rows.map((line) => {
    const cells = line.split(',');
    if (cells.length !== columns.length) throw new Error(`${file}: malformed row ${line}`);
    return Object.fromEntries(indexes.map(([name, index]) => [name, cells[index] ?? ''])) as StatbelMunicipalityRow;
  });
}

/** Reads Statbel's 2025 municipality table; its raw bytes go into the seed checksum. */
export function readStatbelMunicipalities(): { rows: StatbelMunicipalityRow[]; raw: Buffer } {
  const raw = readFileSync(STATBEL_MUNICIPALITIES_CSV);
  return { rows: parseStatbelMunicipalities(raw.toString('utf8')), raw };
}

/**
 * Finds municipalities by their NIS code; throws naming the code when the table has none, so that a seed never
 * stores a NIS code that is not a 2025 municipality.
 */
export function createMunicipalityLookup<Municipality extends { nis: string }>(
  municipalities: Iterable<Municipality>,
  where: string,
  what = 'a 2025 NIS code',
): (nis: string) => Municipality {
  const byNis = new Map([...municipalities].map((municipality) => [municipality.nis, municipality]));
  return (nis) => {
    const found = byNis.get(nis);
    if (!found) throw new Error(`${where}: ${nis} is not ${what}`);
    return found;
  };
}
