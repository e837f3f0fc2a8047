import { type WidgetLanguage } from './labels';

/** The demo dashboard's own strings (the map widget brings its own). */
export type DemoLabels = {
  skip: string;
  language: string;
  demo: string;
  title: string;
  lead: string;
  mapHeading: string;
  tilesHeading: string;
  trendHeading: string;
  levelsHeading: string;
  footer: string;
  trendNote: string;
  chartLabel: (area: string) => string;
  hubMunicipalities: string;
  hubCells: string;
  observedMunicipalities: string;
  observedCells: string;
  date: string;
  source: string;
  tableTitle: string;
  covered: string;
  cells: string;
  sharedCells: string;
  dormantCells: string;
  latestObservation: (date: string) => string;
  ofMunicipalities: (total: number) => string;
  loadFailed: string;
  suppressed: string;
  count: string;
  figure: string;
  sample: string;
  cellFiguresHeading: string;
  notAvailable: string;
};

export const DEMO_LABELS: Record<WidgetLanguage, DemoLabels> = {
  nl: {
    skip: 'Naar de inhoud',
    language: 'Taal',
    demo: 'Demonstratie: de gegevens over de cellen zijn gegenereerde illustratiegegevens',
    title: 'Lokale veiligheidscellen in België',
    lead: 'Welke gemeenten deelnemen aan een lokale integrale veiligheidscel inzake radicalisme, extremisme en terrorisme (LIVC-R), hoe dat in de tijd veranderde, en wat elk niveau van het netwerk rapporteert.',
    mapHeading: 'Kaart van de dekking',
    tilesHeading: 'Kerncijfers',
    trendHeading: 'Dekking in de tijd',
    levelsHeading: 'Cijfers van de niveaus van het netwerk',
    footer: 'Grenzen: Statbel en FOD Financiën (CC BY 4.0). Publieke waarnemingen: de bronnen bij elk cijfer.',
    trendNote: 'Lijnen: de gegevens van de hub, per kwartaal. Punten: gedateerde publieke waarnemingen. Gemeenten geteld als gemeenten van 2019–2024 (581), de eenheid van de waarnemingen.',
    chartLabel: (area) => `Grafiek: aantal LIVC-R en gedekte gemeenten in de tijd, ${area}. De tabel hieronder bevat dezelfde gegevens.`,
    hubMunicipalities: 'Gedekte gemeenten (hub)',
    hubCells: 'Cellen (hub)',
    observedMunicipalities: 'Gedekte gemeenten (waarneming)',
    observedCells: 'Cellen (waarneming)',
    date: 'Datum',
    source: 'Bron',
    tableTitle: 'Gegevens van de grafiek',
    covered: 'Gemeenten met een LIVC-R',
    cells: 'Cellen',
    sharedCells: 'Gedeelde cellen',
    dormantCells: 'Slapende cellen',
    latestObservation: (date) => `Laatste publieke waarneming (${date})`,
    ofMunicipalities: (total) => `van ${total} gemeenten`,
    loadFailed: 'Deze gegevens konden niet worden geladen:',
    suppressed: 'verborgen',
    count: 'Aantal',
    figure: 'Cijfer',
    sample: 'illustratiegegevens',
    cellFiguresHeading: 'Cellen per gewest en provincie',
    notAvailable: 'niet beschikbaar',
  },
  fr: {
    skip: 'Aller au contenu',
    language: 'Langue',
    demo: 'Démonstration : les données sur les cellules sont des données d’illustration générées',
    title: 'Cellules de sécurité locales en Belgique',
    lead: 'Quelles communes participent à une cellule de sécurité intégrale locale en matière de radicalisme, d’extrémisme et de terrorisme (CSIL-R), comment cela a évolué, et ce que rapporte chaque niveau du réseau.',
    mapHeading: 'Carte de la couverture',
    tilesHeading: 'Chiffres clés',
    trendHeading: 'Évolution de la couverture',
    levelsHeading: 'Chiffres des niveaux du réseau',
    footer: 'Limites : Statbel et SPF Finances (CC BY 4.0). Observations publiques : les sources citées avec chaque chiffre.',
    trendNote: 'Lignes : les données du hub, par trimestre. Points : observations publiques datées. Communes comptées comme communes de 2019–2024 (581), l’unité des observations.',
    chartLabel: (area) => `Graphique : nombre de CSIL-R et de communes couvertes dans le temps, ${area}. Le tableau ci-dessous contient les mêmes données.`,
    hubMunicipalities: 'Communes couvertes (hub)',
    hubCells: 'Cellules (hub)',
    observedMunicipalities: 'Communes couvertes (observation)',
    observedCells: 'Cellules (observation)',
    date: 'Date',
    source: 'Source',
    tableTitle: 'Données du graphique',
    covered: 'Communes avec une CSIL-R',
    cells: 'Cellules',
    sharedCells: 'Cellules partagées',
    dormantCells: 'Cellules en sommeil',
    latestObservation: (date) => `Dernière observation publique (${date})`,
    ofMunicipalities: (total) => `sur ${total} communes`,
    loadFailed: 'Ces données n’ont pas pu être chargées :',
    suppressed: 'masqué',
    count: 'Nombre',
    figure: 'Chiffre',
    sample: 'données d’illustration',
    cellFiguresHeading: 'Cellules par région et province',
    notAvailable: 'non disponible',
  },
  de: {
    skip: 'Zum Inhalt',
    language: 'Sprache',
    demo: 'Demonstration: die Daten zu den Zellen sind generierte Beispieldaten',
    title: 'Lokale Sicherheitszellen in Belgien',
    lead: 'Welche Gemeinden an einer lokalen integralen Sicherheitszelle zu Radikalismus, Extremismus und Terrorismus (LIVC-R / CSIL-R) teilnehmen, wie sich das entwickelt hat, und was jede Ebene des Netzwerks meldet.',
    mapHeading: 'Karte der Abdeckung',
    tilesHeading: 'Kennzahlen',
    trendHeading: 'Abdeckung im Zeitverlauf',
    levelsHeading: 'Zahlen der Ebenen des Netzwerks',
    footer: 'Grenzen: Statbel und FÖD Finanzen (CC BY 4.0). Öffentliche Beobachtungen: die bei jeder Zahl genannten Quellen.',
    trendNote: 'Linien: die Daten des Hubs, pro Quartal. Punkte: datierte öffentliche Beobachtungen. Gemeinden gezählt als Gemeinden von 2019–2024 (581), die Einheit der Beobachtungen.',
    chartLabel: (area) => `Diagramm: Zahl der Sicherheitszellen und abgedeckten Gemeinden im Zeitverlauf, ${area}. Die Tabelle darunter enthält dieselben Daten.`,
    hubMunicipalities: 'Abgedeckte Gemeinden (Hub)',
    hubCells: 'Zellen (Hub)',
    observedMunicipalities: 'Abgedeckte Gemeinden (Beobachtung)',
    observedCells: 'Zellen (Beobachtung)',
    date: 'Datum',
    source: 'Quelle',
    tableTitle: 'Daten des Diagramms',
    covered: 'Gemeinden mit Sicherheitszelle',
    cells: 'Zellen',
    sharedCells: 'Geteilte Zellen',
    dormantCells: 'Ruhende Zellen',
    latestObservation: (date) => `Letzte öffentliche Beobachtung (${date})`,
    ofMunicipalities: (total) => `von ${total} Gemeinden`,
    loadFailed: 'Diese Daten konnten nicht geladen werden:',
    suppressed: 'unterdrückt',
    count: 'Anzahl',
    figure: 'Zahl',
    sample: 'Beispieldaten',
    cellFiguresHeading: 'Zellen nach Region und Provinz',
    notAvailable: 'nicht verfügbar',
  },
  en: {
    skip: 'Skip to main content',
    language: 'Language',
    demo: 'Demonstration: cell records are generated illustration data',
    title: 'Local security cells in Belgium',
    lead: 'Which municipalities take part in a local integral security cell on radicalism, extremism and terrorism (LIVC-R / CSIL-R), how that changed over time, and what each level of the network reports.',
    mapHeading: 'Coverage map',
    tilesHeading: 'Key figures',
    trendHeading: 'Coverage over time',
    levelsHeading: 'Figures from the levels of the network',
    footer: 'Boundaries: Statbel and FPS Finance (CC BY 4.0). Public observations: the sources named with each figure.',
    trendNote: 'Lines: the hub’s records, per quarter. Points: dated public observations. Municipalities counted as 2019–2024 municipalities (581), the unit of the observations.',
    chartLabel: (area) => `Chart: number of local security cells and municipalities covered over time, ${area}. The table below holds the same data.`,
    hubMunicipalities: 'Municipalities covered (hub)',
    hubCells: 'Cells (hub)',
    observedMunicipalities: 'Municipalities covered (observed)',
    observedCells: 'Cells (observed)',
    date: 'Date',
    source: 'Source',
    tableTitle: 'Data of the chart',
    covered: 'Municipalities with a cell',
    cells: 'Cells',
    sharedCells: 'Shared cells',
    dormantCells: 'Dormant cells',
    latestObservation: (date) => `Latest public observation (${date})`,
    ofMunicipalities: (total) => `of ${total} municipalities`,
    loadFailed: 'These figures could not be loaded:',
    suppressed: 'suppressed',
    count: 'Count',
    figure: 'Figure',
    sample: 'illustration data',
    cellFiguresHeading: 'Cells per region and province',
    notAvailable: 'not available',
  },
};
