/** The languages the widget speaks: Belgium's three official languages and English. */
export const WIDGET_LANGUAGES = ['nl', 'fr', 'de', 'en'] as const;
export type WidgetLanguage = (typeof WIDGET_LANGUAGES)[number];

/** How a municipality stands on the map (the API's `status` property). */
export type CoverageStatus = 'COVERED' | 'DORMANT' | 'NOT_COVERED';

/** Every user-visible string of the widget, in each of its languages. */
export type Labels = {
  mapLabel: string;
  regionFilter: string;
  provinceFilter: string;
  allRegions: string;
  allProvinces: string;
  noProvinces: string;
  regions: { FLANDERS: string; WALLONIA: string; BRUSSELS: string };
  legendTitle: string;
  status: Record<CoverageStatus, string>;
  cell: string;
  noCell: string;
  scope: { OWN: string; SHARED: string };
  memberSince: string;
  loading: string;
  errorTitle: string;
  retry: string;
  /** The text alternative of the map. */
  summary: (figures: { covered: number; total: number; cells: number; sharedCells: number; area: string; date?: string }) => string;
  wholeCountry: string;
  detailsTitle: string;
  area: string;
  municipalities: string;
  covered: string;
  cells: string;
  sharedCells: string;
  stateOn: (date: string) => string;
  source: string;
  zoomIn: string;
  zoomOut: string;
  statusLabel: string;
  sample: string;
  /** `: ` with the spacing the language's typography wants (French: a no-break space before). */
  colon: string;
};

const nl: Labels = {
  mapLabel: 'Kaart van de lokale integrale veiligheidscellen (LIVC-R) per gemeente',
  regionFilter: 'Gewest',
  provinceFilter: 'Provincie',
  allRegions: 'Heel België',
  allProvinces: 'Alle provincies',
  noProvinces: 'Geen provincies',
  regions: { FLANDERS: 'Vlaams Gewest', WALLONIA: 'Waals Gewest', BRUSSELS: 'Brussels Hoofdstedelijk Gewest' },
  legendTitle: 'Status van de LIVC-R',
  status: {
    COVERED: 'Actieve LIVC-R',
    DORMANT: 'Slapende LIVC-R',
    NOT_COVERED: 'Geen LIVC-R',
  },
  cell: 'Cel',
  noCell: 'Geen LIVC-R gekend',
  scope: { OWN: 'eigen cel van de gemeente', SHARED: 'gedeelde cel met andere gemeenten' },
  memberSince: 'Lid sinds',
  loading: 'Kaart wordt geladen…',
  errorTitle: 'De kaart kon niet worden geladen.',
  retry: 'Opnieuw proberen',
  summary: ({ covered, total, cells, sharedCells, area, date }) =>
    `${area}: ${covered} van de ${total} gemeenten hebben een LIVC-R, in ${cells} ${cells === 1 ? 'cel' : 'cellen'}` +
    ` (waarvan ${sharedCells} gedeeld door meerdere gemeenten)${date ? `, op ${date}` : ''}.`,
  wholeCountry: 'België',
  detailsTitle: 'Cijfers per gewest en provincie',
  area: 'Gebied',
  municipalities: 'Gemeenten',
  covered: 'Met LIVC-R',
  cells: 'Cellen',
  sharedCells: 'Gedeelde cellen',
  stateOn: (date) => `Toestand op ${date}`,
  source: 'Bron',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  statusLabel: 'Status',
  sample: 'gegenereerde illustratiegegevens',
  colon: ': ',
};

const fr: Labels = {
  mapLabel: 'Carte des cellules de sécurité intégrale locales (CSIL-R) par commune',
  regionFilter: 'Région',
  provinceFilter: 'Province',
  allRegions: 'Toute la Belgique',
  allProvinces: 'Toutes les provinces',
  noProvinces: 'Aucune province',
  regions: { FLANDERS: 'Région flamande', WALLONIA: 'Région wallonne', BRUSSELS: 'Région de Bruxelles-Capitale' },
  legendTitle: 'Statut de la CSIL-R',
  status: {
    COVERED: 'CSIL-R active',
    DORMANT: 'CSIL-R en sommeil',
    NOT_COVERED: 'Pas de CSIL-R',
  },
  cell: 'Cellule',
  noCell: 'Aucune CSIL-R connue',
  scope: { OWN: 'cellule propre à la commune', SHARED: 'cellule partagée avec d’autres communes' },
  memberSince: 'Membre depuis',
  loading: 'Chargement de la carte…',
  errorTitle: 'La carte n’a pas pu être chargée.',
  retry: 'Réessayer',
  summary: ({ covered, total, cells, sharedCells, area, date }) =>
    `${area}\u00a0: ${covered} communes sur ${total} ont une CSIL-R, dans ${cells} ${cells === 1 ? 'cellule' : 'cellules'}` +
    ` (dont ${sharedCells} partagées entre plusieurs communes)${date ? `, au ${date}` : ''}.`,
  wholeCountry: 'Belgique',
  detailsTitle: 'Chiffres par région et province',
  area: 'Territoire',
  municipalities: 'Communes',
  covered: 'Avec CSIL-R',
  cells: 'Cellules',
  sharedCells: 'Cellules partagées',
  stateOn: (date) => `Situation au ${date}`,
  source: 'Source',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  statusLabel: 'Statut',
  sample: 'données d’illustration générées',
  colon: '\u00a0: ',
};

const de: Labels = {
  mapLabel: 'Karte der lokalen integralen Sicherheitszellen (LIVC-R / CSIL-R) nach Gemeinde',
  regionFilter: 'Region',
  provinceFilter: 'Provinz',
  allRegions: 'Ganz Belgien',
  allProvinces: 'Alle Provinzen',
  noProvinces: 'Keine Provinzen',
  regions: { FLANDERS: 'Flämische Region', WALLONIA: 'Wallonische Region', BRUSSELS: 'Region Brüssel-Hauptstadt' },
  legendTitle: 'Stand der Sicherheitszelle',
  status: {
    COVERED: 'Aktive Sicherheitszelle',
    DORMANT: 'Ruhende Sicherheitszelle',
    NOT_COVERED: 'Keine Sicherheitszelle',
  },
  cell: 'Zelle',
  noCell: 'Keine Sicherheitszelle bekannt',
  scope: { OWN: 'eigene Zelle der Gemeinde', SHARED: 'mit anderen Gemeinden geteilte Zelle' },
  memberSince: 'Mitglied seit',
  loading: 'Karte wird geladen…',
  errorTitle: 'Die Karte konnte nicht geladen werden.',
  retry: 'Erneut versuchen',
  summary: ({ covered, total, cells, sharedCells, area, date }) =>
    `${area}: ${covered} von ${total} Gemeinden haben eine Sicherheitszelle, in ${cells} ${cells === 1 ? 'Zelle' : 'Zellen'}` +
    ` (davon ${sharedCells} von mehreren Gemeinden geteilt)${date ? `, Stand ${date}` : ''}.`,
  wholeCountry: 'Belgien',
  detailsTitle: 'Zahlen nach Region und Provinz',
  area: 'Gebiet',
  municipalities: 'Gemeinden',
  covered: 'Mit Zelle',
  cells: 'Zellen',
  sharedCells: 'Geteilte Zellen',
  stateOn: (date) => `Stand am ${date}`,
  source: 'Quelle',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  statusLabel: 'Stand',
  sample: 'generierte Beispieldaten',
  colon: ': ',
};

const en: Labels = {
  mapLabel: 'Map of the local integrated security cells (LIVC-R / CSIL-R) by municipality',
  regionFilter: 'Region',
  provinceFilter: 'Province',
  allRegions: 'All of Belgium',
  allProvinces: 'All provinces',
  noProvinces: 'No provinces',
  regions: { FLANDERS: 'Flemish Region', WALLONIA: 'Walloon Region', BRUSSELS: 'Brussels-Capital Region' },
  legendTitle: 'Local security cell status',
  status: {
    COVERED: 'Active cell',
    DORMANT: 'Dormant cell',
    NOT_COVERED: 'No cell',
  },
  cell: 'Cell',
  noCell: 'No local security cell known',
  scope: { OWN: 'the municipality’s own cell', SHARED: 'cell shared with other municipalities' },
  memberSince: 'Member since',
  loading: 'Loading the map…',
  errorTitle: 'The map could not be loaded.',
  retry: 'Try again',
  summary: ({ covered, total, cells, sharedCells, area, date }) =>
    `${area}: ${covered} of ${total} municipalities have a local security cell, in ${cells} ${cells === 1 ? 'cell' : 'cells'}` +
    ` (${sharedCells} of them shared by several municipalities)${date ? `, on ${date}` : ''}.`,
  wholeCountry: 'Belgium',
  detailsTitle: 'Figures by region and province',
  area: 'Area',
  municipalities: 'Municipalities',
  covered: 'With a cell',
  cells: 'Cells',
  sharedCells: 'Shared cells',
  stateOn: (date) => `State on ${date}`,
  source: 'Source',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  statusLabel: 'Status',
  sample: 'generated illustration data',
  colon: ': ',
};

export const LABELS: Record<WidgetLanguage, Labels> = { nl, fr, de, en };

/**
 * The widget language for a BCP 47 tag such as `fr-BE`: its primary subtag when the widget speaks it,
 * English otherwise (the one language every visitor of a Belgian page is likely to read besides the three).
 */
export function toWidgetLanguage(tag: string | null | undefined): WidgetLanguage {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (WIDGET_LANGUAGES as readonly string[]).includes(primary) ? (primary as WidgetLanguage) : 'en';
}
