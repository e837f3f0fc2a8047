import { type Level, type LevelTable } from './demo-data';
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
  notAvailable: string;
  levels: Record<'municipalities' | Level, string>;
  tables: Record<LevelTable | 'cellsPerArea' | 'meetingFrequency' | 'eventsPerYear', string>;
  frequency: Record<'NONE' | 'ON_DEMAND' | 'ANNUAL' | 'QUARTERLY' | 'MONTHLY', string>;
  year: string;
  area: string;
  /** Column titles of the levels' tables, one per key a figure is grouped by. */
  columns: { organisation: string; offerKind: string; region: string; province: string; track: string; measure: string; programme: string };
  offerKind: Record<string, string>;
  coachingTrack: Record<string, string>;
  csilrMeasure: Record<string, string>;
  /** A funding programme the sources do not name (the API's `NOT_STATED`). */
  programmeNotStated: string;
  /** Under a table with withheld counts: why, in general terms (the API's reasons are in English). */
  suppressedNote: string;
  /** Under the chart's table: the sources are cited as they were published. */
  sourcesAsPublished: string;
  eventsChartLabel: string;
  eventsNote: string;
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
    cells: 'LIVC-R’s (cellen)',
    sharedCells: 'Cellen gedeeld door meerdere gemeenten',
    dormantCells: 'Slapende cellen',
    latestObservation: (date) => `Gemeenten met een LIVC-R volgens de laatste publieke waarneming (${date}, gemeenten van 2019)`,
    ofMunicipalities: (total) => `van ${total} gemeenten`,
    loadFailed: 'Deze gegevens konden niet worden geladen:',
    suppressed: 'verborgen',
    count: 'Aantal',
    figure: 'Cijfer',
    sample: 'illustratiegegevens',
    notAvailable: 'niet beschikbaar',
    levels: {
      municipalities: 'Gemeenten: de LIVC-R',
      federal: 'Federaal: FOD Binnenlandse Zaken',
      flanders: 'Vlaanderen: Vlaamse overheid en VVSG',
      walloniaBrussels: 'Wallonië-Brussel',
      euPartners: 'Europese partners',
    },
    tables: {
      cellsPerArea: 'Cellen per gewest en provincie',
      meetingFrequency: 'Cellen per vergaderfrequentie',
      eventsPerYear: 'Activiteiten per jaar en niveau',
      mobileTeamVisits: 'Bezoeken van het Mobile Team per jaar en gewest',
      localInitiatives: 'Lokale initiatieven in de gids, per gewest',
      helpdeskQuestions: 'Vragen aan de VVSG-helpdesk per jaar',
      coachingTracks: 'Coachingstrajecten per spoor',
      csilrSupport: 'Steun aan de CSIL-R-coördinatie per provincie',
      fundingProgrammes: 'Projecten per financieringsprogramma',
      offers: 'Aanbod per organisatie en soort',
    },
    frequency: { NONE: 'Niet vergaderd', ON_DEMAND: 'Op vraag', ANNUAL: 'Jaarlijks', QUARTERLY: 'Driemaandelijks', MONTHLY: 'Maandelijks' },
    year: 'Jaar',
    area: 'Gebied',
    columns: { organisation: 'Organisatie', offerKind: 'Soort aanbod', region: 'Gewest', province: 'Provincie', track: 'Spoor', measure: 'Maatstaf', programme: 'Programma' },
    offerKind: {
      TRAINING: 'Opleiding', HELPDESK: 'Helpdesk', TRAJECTORY: 'Traject', INTERVISION: 'Intervisie', CONSULTATION: 'Consultatie',
      URGENT_INTERVENTION: 'Dringende interventie', MONITORING_TOOL: 'Monitoringinstrument', COACHING: 'Coaching', INFO_SESSION: 'Infosessie',
      WEBINAR: 'Webinar', GUIDANCE: 'Handleiding', POLICY_SUPPORT: 'Beleidsondersteuning', REFERRAL: 'Doorverwijzing', OTHER: 'Ander aanbod',
    },
    coachingTrack: { START_UP: 'Opstarten', REACTIVATE: 'Heractiveren', OPTIMISE: 'Optimaliseren', MONITOR_AND_EVALUATE: 'Monitoren en evalueren' },
    csilrMeasure: {
      MUNICIPALITIES: 'Gemeenten met een plan sociale cohesie', WITH_CELL: 'Gemeenten met een CSIL-R', CELLS: 'Aantal CSIL-R’s',
      THROUGH_SOCIAL_COHESION_PLAN: 'Gemeenten waarvan het plan de coördinatie financiert',
    },
    programmeNotStated: 'Niet vermeld in de bronnen',
    suppressedNote: 'verborgen: dit aantal wordt niet publiek getoond, omdat het klein is of alleen zichtbaar is voor wie de cellen mag inzien.',
    sourcesAsPublished: 'De bronnen en opmerkingen staan er zoals ze gepubliceerd zijn (in het Engels).',
    eventsChartLabel: 'Grafiek: activiteiten per jaar en niveau van het netwerk. De tabel hieronder bevat dezelfde gegevens.',
    eventsNote: 'Opgeteld uit de activiteiten per maand die elk niveau publiceert.',
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
    cells: 'CSIL-R (cellules)',
    sharedCells: 'Cellules partagées entre plusieurs communes',
    dormantCells: 'Cellules en sommeil',
    latestObservation: (date) => `Communes avec une CSIL-R selon la dernière observation publique (${date}, communes de 2019)`,
    ofMunicipalities: (total) => `sur ${total} communes`,
    loadFailed: 'Ces données n’ont pas pu être chargées :',
    suppressed: 'masqué',
    count: 'Nombre',
    figure: 'Chiffre',
    sample: 'données d’illustration',
    notAvailable: 'non disponible',
    levels: {
      municipalities: 'Communes : les CSIL-R',
      federal: 'Fédéral : SPF Intérieur',
      flanders: 'Flandre : gouvernement flamand et VVSG',
      walloniaBrussels: 'Wallonie-Bruxelles',
      euPartners: 'Partenaires européens',
    },
    tables: {
      cellsPerArea: 'Cellules par région et province',
      meetingFrequency: 'Cellules par fréquence de réunion',
      eventsPerYear: 'Activités par année et niveau',
      mobileTeamVisits: 'Visites de la Mobile Team par année et région',
      localInitiatives: 'Initiatives locales du guide, par région',
      helpdeskQuestions: 'Questions au helpdesk de la VVSG par année',
      coachingTracks: 'Trajets d’accompagnement par volet',
      csilrSupport: 'Soutien à la coordination des CSIL-R par province',
      fundingProgrammes: 'Projets par programme de financement',
      offers: 'Offres par organisation et type',
    },
    frequency: { NONE: 'Pas de réunion', ON_DEMAND: 'À la demande', ANNUAL: 'Annuelle', QUARTERLY: 'Trimestrielle', MONTHLY: 'Mensuelle' },
    year: 'Année',
    area: 'Territoire',
    columns: { organisation: 'Organisation', offerKind: 'Type d’offre', region: 'Région', province: 'Province', track: 'Volet', measure: 'Mesure', programme: 'Programme' },
    offerKind: {
      TRAINING: 'Formation', HELPDESK: 'Service d’assistance', TRAJECTORY: 'Trajet d’accompagnement', INTERVISION: 'Intervision', CONSULTATION: 'Consultation',
      URGENT_INTERVENTION: 'Intervention urgente', MONITORING_TOOL: 'Outil de suivi', COACHING: 'Accompagnement', INFO_SESSION: 'Séance d’information',
      WEBINAR: 'Webinaire', GUIDANCE: 'Guide pratique', POLICY_SUPPORT: 'Soutien à la politique locale', REFERRAL: 'Orientation', OTHER: 'Autre offre',
    },
    coachingTrack: { START_UP: 'Démarrage', REACTIVATE: 'Réactivation', OPTIMISE: 'Optimisation', MONITOR_AND_EVALUATE: 'Suivi et évaluation' },
    csilrMeasure: {
      MUNICIPALITIES: 'Communes avec un plan de cohésion sociale', WITH_CELL: 'Communes avec une CSIL-R', CELLS: 'Nombre de CSIL-R',
      THROUGH_SOCIAL_COHESION_PLAN: 'Communes dont le plan finance la coordination',
    },
    programmeNotStated: 'Non précisé par les sources',
    suppressedNote: 'masqué\u00a0: ce nombre n’est pas publié, parce qu’il est petit ou réservé aux personnes autorisées à consulter les cellules.',
    sourcesAsPublished: 'Les sources et remarques sont citées telles qu’elles ont été publiées (en anglais).',
    eventsChartLabel: 'Graphique : activités par année et niveau du réseau. Le tableau ci-dessous contient les mêmes données.',
    eventsNote: 'Additionnées à partir des activités par mois que publie chaque niveau.',
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
    cells: 'Sicherheitszellen',
    sharedCells: 'Von mehreren Gemeinden geteilte Zellen',
    dormantCells: 'Ruhende Zellen',
    latestObservation: (date) => `Gemeinden mit Sicherheitszelle laut der letzten öffentlichen Beobachtung (${date}, Gemeinden von 2019)`,
    ofMunicipalities: (total) => `von ${total} Gemeinden`,
    loadFailed: 'Diese Daten konnten nicht geladen werden:',
    suppressed: 'unterdrückt',
    count: 'Anzahl',
    figure: 'Zahl',
    sample: 'Beispieldaten',
    notAvailable: 'nicht verfügbar',
    levels: {
      municipalities: 'Gemeinden: die Sicherheitszellen',
      federal: 'Föderal: FÖD Inneres',
      flanders: 'Flandern: Flämische Regierung und VVSG',
      walloniaBrussels: 'Wallonie-Brüssel',
      euPartners: 'Europäische Partner',
    },
    tables: {
      cellsPerArea: 'Zellen nach Region und Provinz',
      meetingFrequency: 'Zellen nach Sitzungshäufigkeit',
      eventsPerYear: 'Veranstaltungen nach Jahr und Ebene',
      mobileTeamVisits: 'Besuche des Mobile Teams nach Jahr und Region',
      localInitiatives: 'Lokale Initiativen im Leitfaden, nach Region',
      helpdeskQuestions: 'Fragen an den VVSG-Helpdesk nach Jahr',
      coachingTracks: 'Coaching-Begleitungen nach Schwerpunkt',
      csilrSupport: 'Unterstützung der CSIL-R-Koordination nach Provinz',
      fundingProgrammes: 'Projekte nach Förderprogramm',
      offers: 'Angebote nach Organisation und Art',
    },
    frequency: { NONE: 'Keine Sitzung', ON_DEMAND: 'Bei Bedarf', ANNUAL: 'Jährlich', QUARTERLY: 'Vierteljährlich', MONTHLY: 'Monatlich' },
    year: 'Jahr',
    area: 'Gebiet',
    columns: { organisation: 'Organisation', offerKind: 'Art des Angebots', region: 'Region', province: 'Provinz', track: 'Schwerpunkt', measure: 'Kennzahl', programme: 'Programm' },
    offerKind: {
      TRAINING: 'Schulung', HELPDESK: 'Beratungsstelle', TRAJECTORY: 'Begleitung', INTERVISION: 'Intervision', CONSULTATION: 'Beratung',
      URGENT_INTERVENTION: 'Dringender Einsatz', MONITORING_TOOL: 'Monitoring-Instrument', COACHING: 'Coaching', INFO_SESSION: 'Informationsveranstaltung',
      WEBINAR: 'Webinar', GUIDANCE: 'Leitfaden', POLICY_SUPPORT: 'Unterstützung der Lokalpolitik', REFERRAL: 'Weitervermittlung', OTHER: 'Sonstiges Angebot',
    },
    coachingTrack: { START_UP: 'Gründung', REACTIVATE: 'Reaktivierung', OPTIMISE: 'Optimierung', MONITOR_AND_EVALUATE: 'Monitoring und Evaluierung' },
    csilrMeasure: {
      MUNICIPALITIES: 'Gemeinden mit einem Plan für sozialen Zusammenhalt', WITH_CELL: 'Gemeinden mit einer CSIL-R', CELLS: 'Zahl der CSIL-R',
      THROUGH_SOCIAL_COHESION_PLAN: 'Gemeinden, deren Plan die Koordination finanziert',
    },
    programmeNotStated: 'In den Quellen nicht angegeben',
    suppressedNote: 'unterdrückt: diese Zahl wird nicht öffentlich gezeigt, weil sie klein ist oder nur Berechtigten zur Einsicht in die Zellen zusteht.',
    sourcesAsPublished: 'Quellen und Anmerkungen sind so zitiert, wie sie veröffentlicht wurden (auf Englisch).',
    eventsChartLabel: 'Diagramm: Veranstaltungen nach Jahr und Ebene des Netzwerks. Die Tabelle darunter enthält dieselben Daten.',
    eventsNote: 'Summiert aus den Veranstaltungen pro Monat, die jede Ebene veröffentlicht.',
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
    cells: 'Local security cells',
    sharedCells: 'Cells shared by several municipalities',
    dormantCells: 'Dormant cells',
    latestObservation: (date) => `Municipalities with a cell in the latest public observation (${date}, 2019 municipalities)`,
    ofMunicipalities: (total) => `of ${total} municipalities`,
    loadFailed: 'These figures could not be loaded:',
    suppressed: 'suppressed',
    count: 'Count',
    figure: 'Figure',
    sample: 'illustration data',
    notAvailable: 'not available',
    levels: {
      municipalities: 'Municipalities: the local security cells',
      federal: 'Federal: FPS Home Affairs',
      flanders: 'Flanders: Flemish government and VVSG',
      walloniaBrussels: 'Wallonia-Brussels',
      euPartners: 'EU partners',
    },
    tables: {
      cellsPerArea: 'Cells per region and province',
      meetingFrequency: 'Cells per meeting frequency',
      eventsPerYear: 'Events per year and level',
      mobileTeamVisits: 'Mobile Team visits per year and region',
      localInitiatives: 'Local initiatives in the guide, per region',
      helpdeskQuestions: 'Questions to VVSG’s helpdesk per year',
      coachingTracks: 'Coaching trajectories per track',
      csilrSupport: 'Support to CSIL-R coordination per province',
      fundingProgrammes: 'Projects per funding programme',
      offers: 'Offers per organisation and kind',
    },
    frequency: { NONE: 'Not met', ON_DEMAND: 'On demand', ANNUAL: 'Yearly', QUARTERLY: 'Quarterly', MONTHLY: 'Monthly' },
    year: 'Year',
    area: 'Area',
    columns: { organisation: 'Organisation', offerKind: 'Kind of offer', region: 'Region', province: 'Province', track: 'Track', measure: 'Measure', programme: 'Programme' },
    offerKind: {
      TRAINING: 'Training', HELPDESK: 'Helpdesk', TRAJECTORY: 'Trajectory', INTERVISION: 'Intervision', CONSULTATION: 'Consultation',
      URGENT_INTERVENTION: 'Urgent intervention', MONITORING_TOOL: 'Monitoring tool', COACHING: 'Coaching', INFO_SESSION: 'Information session',
      WEBINAR: 'Webinar', GUIDANCE: 'Guidance', POLICY_SUPPORT: 'Policy support', REFERRAL: 'Referral', OTHER: 'Other offer',
    },
    coachingTrack: { START_UP: 'Starting up', REACTIVATE: 'Reactivating', OPTIMISE: 'Optimising', MONITOR_AND_EVALUATE: 'Monitoring and evaluating' },
    csilrMeasure: {
      MUNICIPALITIES: 'Municipalities with a social cohesion plan', WITH_CELL: 'Municipalities with a CSIL-R', CELLS: 'Number of CSIL-R cells',
      THROUGH_SOCIAL_COHESION_PLAN: 'Municipalities whose plan funds the coordination',
    },
    programmeNotStated: 'Not stated in the sources',
    suppressedNote: 'suppressed: this count is not shown publicly, because it is small or only for those allowed to see the cells.',
    sourcesAsPublished: 'Sources and notes are cited as they were published.',
    eventsChartLabel: 'Chart: events per year and level of the network. The table below holds the same data.',
    eventsNote: 'Summed from the events per month each level publishes.',
  },
};
