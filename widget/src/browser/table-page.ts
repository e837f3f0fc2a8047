// The no-JavaScript (and print) alternative of the map: the same table the widget's "show as table" toggle draws,
// rendered to an HTML string by the hub (GET /widget/table). It is bundled for Node from these browser sources at
// run time (table-page-renderer.ts), so the page and the widget share their labels, names and date formats.
import { formatDate } from './dates';
import { LABELS, type CoverageStatus, type WidgetLanguage } from './labels';
import { municipalityName, type MunicipalityNames } from './municipality-name';
import { sortMunicipalities, type MunicipalityRow } from './municipality-rows';
import { STATUSES } from './status-palette';

/** A municipality's properties in the `livcrCoverage` topology, as far as the table needs them. */
export type TableMunicipality = {
  nis: string;
  names: MunicipalityNames;
  cellName: string | null;
  scope: 'OWN' | 'SHARED' | null;
  memberSince: string | null;
  status: CoverageStatus;
};

export type TablePageInput = {
  language: WidgetLanguage;
  /** The date the coverage describes (ISO). */
  at: string;
  municipalities: readonly TableMunicipality[];
  provenance: { source: string; kind: string };
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);

/** The page's only style, inline (the route allows exactly it by hash): readable on screen, compact on paper. */
export const TABLE_PAGE_STYLE = `body{font-family:system-ui,sans-serif;margin:1rem;color:#0b0c0c;background:#fff}
table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:bold;font-size:1.2rem;padding:.5rem 0}
th,td{border:1px solid #505a5f;padding:.25rem .5rem;text-align:left;vertical-align:top}thead th{background:#f3f2f1}
@media print{body{margin:0;font-size:9pt}thead{display:table-header-group}tr{break-inside:avoid}}`;

/** The whole page: `<html lang>`, a title, and the table of every municipality sorted by name; no script. */
export function renderTablePage(input: TablePageInput): string {
  const { language } = input;
  const labels = LABELS[language];
  const rows: MunicipalityRow[] = input.municipalities.map((properties) => ({
    nis: properties.nis,
    municipality: municipalityName(properties.nis, properties.names, language),
    cell: properties.cellName ?? '',
    scope: properties.scope ? labels.scopeShort[properties.scope] : '',
    status: labels.status[properties.status],
    statusOrder: STATUSES.indexOf(properties.status),
    since: properties.memberSince ?? '',
  }));
  const caption = labels.tableCaption(labels.wholeCountry, formatDate(input.at, language));
  const headers = [labels.municipality, labels.cell, labels.scopeColumn, labels.statusLabel, labels.since];
  const body = sortMunicipalities(rows, 'municipality', true, language)
    .map((row) =>
      [
        `<tr data-nis="${escapeHtml(row.nis)}"><th scope="row">${escapeHtml(row.municipality)}</th>`,
        `<td>${escapeHtml(row.cell || labels.none)}</td>`,
        `<td>${escapeHtml(row.scope)}</td>`,
        `<td>${escapeHtml(row.status)}</td>`,
        `<td>${row.since ? escapeHtml(formatDate(row.since, language, 'DAY', 'medium')) : ''}</td></tr>`,
      ].join(''),
    )
    .join('\n');
  const sample = input.provenance.kind === 'SAMPLE' ? ` (${labels.sample})` : '';
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(caption)}</title>
<style>${TABLE_PAGE_STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(labels.mapLabel)}</h1>
<table>
<caption>${escapeHtml(caption)}</caption>
<thead><tr>${headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('')}</tr></thead>
<tbody>
${body}
</tbody>
</table>
<p>${escapeHtml(labels.source)}${escapeHtml(labels.colon)}<span lang="en">${escapeHtml(input.provenance.source)}</span>${escapeHtml(sample)}.</p>
</main>
</body>
</html>
`;
}
