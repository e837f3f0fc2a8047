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
  /** A legend entry's count: it counts municipalities, not cells. */
  municipalityCount: (count: number) => string;
  /** The legend entries for the hatching of shared cells and for the outlines. */
  sharedHatching: string;
  provinceOutline: string;
  regionOutline: string;
  status: Record<CoverageStatus, string>;
  cell: string;
  noCell: string;
  scope: { OWN: string; SHARED: string };
  memberSince: string;
  loading: string;
  errorTitle: string;
  /** No answer the page may read: the hub is down, or does not list the page's origin in CORS_ORIGINS. */
  errorUnreachable: (origin: string) => string;
  /** The hub answered, but with an error. */
  errorAnswer: string;
  technicalDetails: string;
  retry: string;
  /** How to use the map from the keyboard. */
  keyboardHelp: string;
  showTable: string;
  showMap: string;
  tableCaption: (area: string, date: string) => string;
  municipality: string;
  scopeColumn: string;
  since: string;
  /** Short scope values for the table. */
  scopeShort: { OWN: string; SHARED: string };
  none: string;
  sortBy: (column: string) => string;
  /** The text alternative of the map. */
  summary: (figures: { covered: number; total: number; cells: number; sharedCells: number; area: string; date?: string }) => string;
  wholeCountry: string;
  detailsTitle: string;
  area: string;
  municipalities: string;
  covered: string;
  cells: string;
  sharedCells: string;
  /** The figures table's title. */
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
  legendTitle: 'Gemeenten per status van hun LIVC-R',
  municipalityCount: (count) => `${count} ${count === 1 ? 'gemeente' : 'gemeenten'}`,
  sharedHatching: 'Gearceerd: cel gedeeld met andere gemeenten',
  provinceOutline: 'Dunne zwarte lijn: provinciegrens',
  regionOutline: 'Dikke zwarte lijn: gewestgrens',
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
  errorUnreachable: (origin) =>
    `Deze website (${origin}) kreeg geen antwoord van de hub. Meestal staat het adres van de website niet in de lijst van toegelaten sites van de hub: de beheerder van deze website moet de beheerders van de hub vragen om ${origin} toe te voegen aan CORS_ORIGINS. Is de hub tijdelijk onbereikbaar, probeer dan later opnieuw.`,
  errorAnswer: 'De hub antwoordde met een fout. Probeer later opnieuw; blijft de fout, meld ze dan aan de beheerder van deze website.',
  technicalDetails: 'Technische details (Engels)',
  retry: 'Opnieuw proberen',
  keyboardHelp: 'Toetsenbord: pijltjestoetsen gaan van gemeente naar gemeente, + en − zoomen, Escape verlaat de kaart.',
  showTable: 'Toon als tabel',
  showMap: 'Toon als kaart',
  tableCaption: (area, date) => `Gemeenten en hun LIVC-R: ${area}, ${date}`,
  municipality: 'Gemeente',
  scopeColumn: 'Soort cel',
  since: 'Lid sinds',
  scopeShort: { OWN: 'Eigen cel', SHARED: 'Gedeelde cel' },
  none: 'geen',
  sortBy: (column) => `Sorteer op ${column.toLowerCase()}`,
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
  legendTitle: 'Communes selon le statut de leur CSIL-R',
  municipalityCount: (count) => `${count} ${count === 1 ? 'commune' : 'communes'}`,
  sharedHatching: 'Hachuré\u00a0: cellule partagée avec d’autres communes',
  provinceOutline: 'Trait noir fin\u00a0: limite de province',
  regionOutline: 'Trait noir épais\u00a0: limite de région',
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
  errorUnreachable: (origin) =>
    `Ce site (${origin}) n’a pas reçu de réponse du hub. Le plus souvent, son adresse ne figure pas dans la liste des sites autorisés du hub\u00a0: le responsable de ce site doit demander aux gestionnaires du hub d’ajouter ${origin} à CORS_ORIGINS. Si le hub est momentanément injoignable, réessayez plus tard.`,
  errorAnswer: 'Le hub a répondu par une erreur. Réessayez plus tard\u00a0; si l’erreur persiste, signalez-la au responsable de ce site.',
  technicalDetails: 'Détails techniques (en anglais)',
  retry: 'Réessayer',
  keyboardHelp: 'Clavier\u00a0: les flèches passent d’une commune à l’autre, + et − zooment, Échap quitte la carte.',
  showTable: 'Afficher sous forme de tableau',
  showMap: 'Afficher la carte',
  tableCaption: (area, date) => `Communes et leur CSIL-R\u00a0: ${area}, ${date}`,
  municipality: 'Commune',
  scopeColumn: 'Type de cellule',
  since: 'Membre depuis',
  scopeShort: { OWN: 'Cellule propre', SHARED: 'Cellule partagée' },
  none: 'aucune',
  sortBy: (column) => `Trier par ${column.toLowerCase()}`,
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
  legendTitle: 'Gemeinden nach dem Stand ihrer Sicherheitszelle',
  municipalityCount: (count) => `${count} ${count === 1 ? 'Gemeinde' : 'Gemeinden'}`,
  sharedHatching: 'Schraffiert: mit anderen Gemeinden geteilte Zelle',
  provinceOutline: 'Dünne schwarze Linie: Provinzgrenze',
  regionOutline: 'Dicke schwarze Linie: Regionsgrenze',
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
  errorUnreachable: (origin) =>
    `Diese Website (${origin}) hat keine Antwort vom Hub erhalten. Meist steht ihre Adresse nicht in der Liste der zugelassenen Websites des Hubs: Der Betreiber dieser Website muss die Verwalter des Hubs bitten, ${origin} in CORS_ORIGINS aufzunehmen. Ist der Hub vorübergehend nicht erreichbar, versuchen Sie es später erneut.`,
  errorAnswer: 'Der Hub hat mit einem Fehler geantwortet. Versuchen Sie es später erneut; bleibt der Fehler, melden Sie ihn dem Betreiber dieser Website.',
  technicalDetails: 'Technische Einzelheiten (auf Englisch)',
  retry: 'Erneut versuchen',
  keyboardHelp: 'Tastatur: Pfeiltasten wechseln von Gemeinde zu Gemeinde, + und − zoomen, Escape verlässt die Karte.',
  showTable: 'Als Tabelle anzeigen',
  showMap: 'Als Karte anzeigen',
  tableCaption: (area, date) => `Gemeinden und ihre Sicherheitszelle: ${area}, ${date}`,
  municipality: 'Gemeinde',
  scopeColumn: 'Art der Zelle',
  since: 'Mitglied seit',
  scopeShort: { OWN: 'Eigene Zelle', SHARED: 'Geteilte Zelle' },
  none: 'keine',
  sortBy: (column) => `Nach ${column} sortieren`,
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
  legendTitle: 'Municipalities by the status of their cell',
  municipalityCount: (count) => `${count} ${count === 1 ? 'municipality' : 'municipalities'}`,
  sharedHatching: 'Hatched: cell shared with other municipalities',
  provinceOutline: 'Thin black line: province boundary',
  regionOutline: 'Thick black line: region boundary',
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
  errorUnreachable: (origin) =>
    `This site (${origin}) got no answer from the hub. Most often the site's address is not on the hub's list of allowed sites: the owner of this site must ask the hub's administrators to add ${origin} to CORS_ORIGINS. If the hub is briefly unreachable, try again later.`,
  errorAnswer: 'The hub answered with an error. Try again later; if the error persists, tell the owner of this site.',
  technicalDetails: 'Technical details',
  retry: 'Try again',
  keyboardHelp: 'Keyboard: the arrow keys move from municipality to municipality, + and − zoom, Escape leaves the map.',
  showTable: 'Show as a table',
  showMap: 'Show the map',
  tableCaption: (area, date) => `Municipalities and their local security cell: ${area}, ${date}`,
  municipality: 'Municipality',
  scopeColumn: 'Kind of cell',
  since: 'Member since',
  scopeShort: { OWN: 'Own cell', SHARED: 'Shared cell' },
  none: 'none',
  sortBy: (column) => `Sort by ${column.toLowerCase()}`,
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
