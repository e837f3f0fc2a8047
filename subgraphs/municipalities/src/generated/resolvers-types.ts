import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { MunicipalityRow, ProvinceRow, RegionRow, ArrondissementRow, PredecessorRow, NamesSource, ProvenanceSource, MunicipalityPage, MunicipalityEdgeSource } from '../data/rows';
import { SubgraphContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in ISO 8601 form, e.g. `2025-01-01`. */
  Date: { input: string; output: string; }
  /** A GeoJSON geometry object (RFC 7946), in WGS84 longitude/latitude. */
  GeoJSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An administrative arrondissement (Statbel REFNIS 2025); 43 in all. */
export type Arrondissement = {
  __typename?: 'Arrondissement';
  /** The name in one language; without `lang`, the request's Accept-Language decides (Dutch by default). */
  name: Scalars['String']['output'];
  /** Official names. */
  names: LocalizedNames;
  /** Statbel NIS code, e.g. `44000`. */
  nis: Scalars['ID']['output'];
};


/** An administrative arrondissement (Statbel REFNIS 2025); 43 in all. */
export type ArrondissementNameArgs = {
  lang?: InputMaybe<Language>;
};

/** The step between two points of a time series. */
export type CoverageSeriesInterval =
  /** One point a month. */
  | 'MONTH'
  /** One point a quarter. */
  | 'QUARTER'
  /** One point a year. */
  | 'YEAR';

/** A 2019–2024 municipality whose territory is now part of a 2025 municipality. */
export type FormerMunicipality = {
  __typename?: 'FormerMunicipality';
  /** Its official names. */
  names: LocalizedNames;
  /** Its 2019–2024 NIS code. */
  nis: Scalars['ID']['output'];
  /** First day of the period this record covers. */
  validFrom: Scalars['Date']['output'];
  /** Last day it existed under this code. */
  validTo: Scalars['Date']['output'];
};

/** How much detail the map's boundaries keep. */
export type GeometryPrecision =
  /** The stored boundaries, unsimplified, coordinates to about 1 m. */
  | 'DETAILED'
  /** For a map of the whole country: strongly simplified, coordinates to about 100 m. */
  | 'NATIONAL'
  /** For a map of one province: lightly simplified, coordinates to about 10 m. */
  | 'PROVINCIAL';

/** The languages the hub answers in: Belgium's three official languages and English. */
export type Language =
  /** German */
  | 'DE'
  /** English */
  | 'EN'
  /** French */
  | 'FR'
  /** Dutch */
  | 'NL';

/** The official language regime of a municipality (Statbel's language code). */
export type LanguageRegime =
  /** Bilingual French and Dutch: the 19 municipalities of the Brussels-Capital Region (Statbel code FN). */
  | 'BILINGUAL_FRENCH_DUTCH'
  /** Dutch-speaking (Statbel code N). */
  | 'DUTCH'
  /** French-speaking (Statbel code F). */
  | 'FRENCH'
  /** German-speaking (Statbel code D). */
  | 'GERMAN';

/**
 * A local integral security cell on radicalism, extremism and terrorism (LIVC-R / CSIL-R): structural facts only,
 * never case data. Time-dependent fields (status, scope, municipalities) describe `referenceDate`.
 */
export type LivcrCell = {
  __typename?: 'LivcrCell';
  /** The coordinator's work contact: personal data, for `contacts:read` within jurisdiction. */
  coordinator?: Maybe<LivcrCoordinator>;
  /** The day the mayor set up the cell. */
  foundedOn: Scalars['Date']['output'];
  /** The cell's generic address: public. */
  functionalContact: LivcrFunctionalContact;
  /** Stable identifier, e.g. `livcr-41002`. */
  id: Scalars['ID']['output'];
  /** How often the cell meets: an internal fact, for `cells:read` within jurisdiction. */
  meetingFrequency?: Maybe<MeetingFrequencyBand>;
  /** The sectors that sit in the cell: an internal fact, for `cells:read` within jurisdiction. */
  memberRoles?: Maybe<Array<LivcrMemberRole>>;
  /** Member municipalities on the reference date; with `includeFormer`, also past and later memberships. */
  municipalities: Array<LivcrCellMembership>;
  /** The cell's name, in the language of its seat. */
  name: Scalars['String']['output'];
  /** Where the record comes from (SAMPLE: per-municipality cell records are not public). */
  provenance: Provenance;
  /** The province the cell's municipalities belong to; null in Brussels. */
  province?: Maybe<Province>;
  /** The date the time-dependent fields describe: the `at` it was asked for, else today. */
  referenceDate: Scalars['Date']['output'];
  /** The region the cell's municipalities belong to. */
  region: Region;
  /** One municipality or shared by several, on the reference date. */
  scope: LivcrCellScope;
  /** The municipality whose mayor convenes the cell (for a shared cell, its seat). */
  seat: Municipality;
  /** Active, dormant or dissolved on the reference date. */
  status: LivcrCellStatus;
  /** First day of validity of this record. */
  validFrom: Scalars['Date']['output'];
  /** Last day of validity (the cell was dissolved the day after); null while it exists. */
  validTo?: Maybe<Scalars['Date']['output']>;
};


/**
 * A local integral security cell on radicalism, extremism and terrorism (LIVC-R / CSIL-R): structural facts only,
 * never case data. Time-dependent fields (status, scope, municipalities) describe `referenceDate`.
 */
export type LivcrCellMunicipalitiesArgs = {
  includeFormer?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A page of cells, ordered by id. */
export type LivcrCellConnection = {
  __typename?: 'LivcrCellConnection';
  /** The cells of this page with their cursors. */
  edges: Array<LivcrCellEdge>;
  /** The cells of this page. */
  nodes: Array<LivcrCell>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many cells match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a cell connection. */
export type LivcrCellEdge = {
  __typename?: 'LivcrCellEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The cell. */
  node: LivcrCell;
};

/** Filters for the cell list; all given filters must match. */
export type LivcrCellFilter = {
  /** The date: only cells founded on or before it, described as on that date; today when omitted. */
  at?: InputMaybe<Scalars['Date']['input']>;
  /** Only the cell(s) this 2025 municipality belongs to on the date, by NIS code. */
  municipality?: InputMaybe<Scalars['ID']['input']>;
  /** Only cells with a member in this province, by NIS code. */
  province?: InputMaybe<Scalars['ID']['input']>;
  /** Only cells of this region. */
  region?: InputMaybe<RegionCode>;
  /** Only cells of this scope on the date. */
  scope?: InputMaybe<LivcrCellScope>;
  /** Only cells in one of these states on the date. */
  status?: InputMaybe<Array<LivcrCellStatus>>;
};

/** A municipality's membership of a cell, with its dates. */
export type LivcrCellMembership = {
  __typename?: 'LivcrCellMembership';
  /** First day of the membership. */
  memberSince: Scalars['Date']['output'];
  /** Last day of the membership; null while it lasts. */
  memberUntil?: Maybe<Scalars['Date']['output']>;
  /** The member municipality (2025). */
  municipality: Municipality;
};

/** Whether an LIVC-R serves one municipality or several. */
export type LivcrCellScope =
  /** The cell serves one municipality. */
  | 'OWN'
  /** One cell shared by several neighbouring municipalities, often those of one police zone. */
  | 'SHARED';

/** The state of an LIVC-R on a date. */
export type LivcrCellStatus =
  /** The cell exists and meets. */
  | 'ACTIVE'
  /** The cell has been dissolved, for example when its municipality joined a shared cell. */
  | 'DISSOLVED'
  /** The cell exists formally but has not met for a long time ("no cases, so no meetings"). */
  | 'DORMANT';

/** The work contact of the cell's coordinator: personal data, shown only with `contacts:read` within jurisdiction. */
export type LivcrCoordinator = {
  __typename?: 'LivcrCoordinator';
  /** Work e-mail (SAMPLE: at a reserved .invalid domain). */
  email: Scalars['String']['output'];
  /** The coordinator's name (SAMPLE: obviously fictitious). */
  name: Scalars['String']['output'];
  /** Work telephone (SAMPLE: not a real number). */
  phone?: Maybe<Scalars['String']['output']>;
  /** Where the contact comes from. */
  provenance: Provenance;
  /** The coordinator's function. */
  role: Scalars['String']['output'];
};

/** The LIVC-R coverage map of an area on a date: one feature per 2025 municipality, and its figures. */
export type LivcrCoverage = {
  __typename?: 'LivcrCoverage';
  /** The date described. */
  at: Scalars['Date']['output'];
  /** Where the boundaries come from. */
  boundaryProvenance: Provenance;
  /**
   * With format GEOJSON (else null): a FeatureCollection, one Feature per municipality, with properties `nis`,
   * `names` {nl fr de}, `region` (RegionCode), `province` (NIS or null), `cellId`, `cellName`, `scope` (OWN, SHARED or
   * null), `memberSince` (date or null) and `status`: COVERED (active cell), DORMANT (dormant cell) or NOT_COVERED.
   */
  featureCollection?: Maybe<Scalars['GeoJSON']['output']>;
  /** The encoding asked for. */
  format: MapFormat;
  /** The boundaries' precision. */
  precision: GeometryPrecision;
  /** Where the cell records come from (SAMPLE). */
  provenance: Provenance;
  /** Figures per region, per province and in total. */
  summary: LivcrCoverageSummary;
  /** With format TOPOJSON (else null): a Topology whose object `municipalities` has the same properties. */
  topology?: Maybe<Scalars['GeoJSON']['output']>;
};

/** Coverage figures of an area on a date. Covered means a member of a cell that exists (active or dormant). */
export type LivcrCoverageFigures = {
  __typename?: 'LivcrCoverageFigures';
  /** Cells with a member in the area. */
  cells: Scalars['Int']['output'];
  /** municipalitiesCovered / municipalities, from 0 to 1. */
  coverageRatio: Scalars['Float']['output'];
  /** Of those, dormant cells. */
  dormantCells: Scalars['Int']['output'];
  /** Municipalities (2025) in the area. */
  municipalities: Scalars['Int']['output'];
  /** Municipalities that belong to a cell. */
  municipalitiesCovered: Scalars['Int']['output'];
  /** Of those, cells of one municipality. */
  ownCells: Scalars['Int']['output'];
  /** Of those, cells shared by several municipalities. */
  sharedCells: Scalars['Int']['output'];
};

/** The hub's own records on one date of a series. */
export type LivcrCoveragePoint = {
  __typename?: 'LivcrCoveragePoint';
  /** Cells that exist (active or dormant). */
  cells: Scalars['Int']['output'];
  /** municipalitiesCovered / municipalities of the area, from 0 to 1. */
  coverageRatio: Scalars['Float']['output'];
  /** The date. */
  date: Scalars['Date']['output'];
  /** The same, counted in 2019–2024 municipalities (581 in all), the unit of the public observations. */
  formerMunicipalitiesCovered: Scalars['Int']['output'];
  /** Municipalities (2025) that belong to a cell. */
  municipalitiesCovered: Scalars['Int']['output'];
  /** Of those, cells shared by several municipalities. */
  sharedCells: Scalars['Int']['output'];
};

/**
 * The hub's cell records over time for a region or the whole country, ready for a chart. The dated public
 * observations are exposed by the federal subgraph.
 */
export type LivcrCoverageSeries = {
  __typename?: 'LivcrCoverageSeries';
  /** The step between points. */
  interval: CoverageSeriesInterval;
  /** One point per step from `from` to `to`. */
  points: Array<LivcrCoveragePoint>;
  /** Where the records come from (SAMPLE). */
  provenance: Provenance;
  /** The region; null for the whole country. */
  region?: Maybe<RegionCode>;
};

/** The figures of a coverage map: totals, per region and per province of the area asked for. */
export type LivcrCoverageSummary = {
  __typename?: 'LivcrCoverageSummary';
  /** Per province, ordered by NIS code (Brussels belongs to none). */
  provinces: Array<LivcrProvinceCoverage>;
  /** Per region, ordered by NIS code. */
  regions: Array<LivcrRegionCoverage>;
  /** Totals over the whole area. */
  total: LivcrCoverageFigures;
};

/** One dashboard figure. Small counts that could reveal an internal fact of one cell are suppressed below region level. */
export type LivcrFigure = {
  __typename?: 'LivcrFigure';
  /** What is counted. */
  measure: LivcrFigureMeasure;
  /** For CELLS_BY_MEETING_FREQUENCY, the band counted. */
  meetingFrequency?: Maybe<MeetingFrequencyBand>;
  /** The province, by NIS code; null for a region-level figure. */
  provinceNis?: Maybe<Scalars['ID']['output']>;
  /** The region. */
  region: RegionCode;
  /** Whether the count is withheld. */
  suppressed: Scalars['Boolean']['output'];
  /** Why the count is withheld; null when it is shown. */
  suppressionReason?: Maybe<Scalars['String']['output']>;
  /** The count; null when suppressed. */
  value?: Maybe<Scalars['Int']['output']>;
};

/** What a dashboard figure counts. */
export type LivcrFigureMeasure =
  /** Cells that exist (active or dormant). */
  | 'CELLS'
  /** Cells meeting in the given frequency band: derived from an internal fact of the cells. */
  | 'CELLS_BY_MEETING_FREQUENCY'
  /** Municipalities (2025) that belong to a cell. */
  | 'MUNICIPALITIES_COVERED'
  /** Cells of one municipality. */
  | 'OWN_CELLS'
  /** Cells shared by several municipalities. */
  | 'SHARED_CELLS';

/** Dashboard figures about the cells on a date. */
export type LivcrFigures = {
  __typename?: 'LivcrFigures';
  /** The date described. */
  at: Scalars['Date']['output'];
  /** Figures per region, then per province. */
  figures: Array<LivcrFigure>;
  /** Where the records come from (SAMPLE). */
  provenance: Provenance;
};

/** The cell's functional (generic) address: public. */
export type LivcrFunctionalContact = {
  __typename?: 'LivcrFunctionalContact';
  /** A generic mailbox of the cell, not a person's. */
  email: Scalars['String']['output'];
  /** Where the address comes from (SAMPLE: generated illustration data at a reserved .invalid domain). */
  provenance: Provenance;
};

/** A sector that sits in a cell: a structural fact, never a named person or a case. */
export type LivcrMemberRole = {
  __typename?: 'LivcrMemberRole';
  /** Whether the law makes the sector a member (mayor, police, prevention coordinator) rather than invited. */
  mandatory: Scalars['Boolean']['output'];
  /** The sector. */
  sector: LivcrSector;
  /** Since when the sector takes part. */
  since: Scalars['Date']['output'];
};

/** Coverage figures of one province. */
export type LivcrProvinceCoverage = {
  __typename?: 'LivcrProvinceCoverage';
  /** Cells with a member in the province. */
  cells: Scalars['Int']['output'];
  /** municipalitiesCovered / municipalities, from 0 to 1. */
  coverageRatio: Scalars['Float']['output'];
  /** Of those, dormant cells. */
  dormantCells: Scalars['Int']['output'];
  /** Municipalities (2025) in the province. */
  municipalities: Scalars['Int']['output'];
  /** Municipalities that belong to a cell. */
  municipalitiesCovered: Scalars['Int']['output'];
  /** The province's NIS code. */
  nis: Scalars['ID']['output'];
  /** Of those, cells of one municipality. */
  ownCells: Scalars['Int']['output'];
  /** The province's record. */
  province: Province;
  /** The province's region. */
  regionCode: RegionCode;
  /** Of those, cells shared by several municipalities. */
  sharedCells: Scalars['Int']['output'];
};

/** Coverage figures of one region. */
export type LivcrRegionCoverage = {
  __typename?: 'LivcrRegionCoverage';
  /** Cells with a member in the region. */
  cells: Scalars['Int']['output'];
  /** The region. */
  code: RegionCode;
  /** municipalitiesCovered / municipalities, from 0 to 1. */
  coverageRatio: Scalars['Float']['output'];
  /** Of those, dormant cells. */
  dormantCells: Scalars['Int']['output'];
  /** Municipalities (2025) in the region. */
  municipalities: Scalars['Int']['output'];
  /** Municipalities that belong to a cell. */
  municipalitiesCovered: Scalars['Int']['output'];
  /** The region's NIS code. */
  nis: Scalars['ID']['output'];
  /** Of those, cells of one municipality. */
  ownCells: Scalars['Int']['output'];
  /** The region's record. */
  region: Region;
  /** Of those, cells shared by several municipalities. */
  sharedCells: Scalars['Int']['output'];
};

/** A sector represented in an LIVC-R (Law of 30 July 2018; the first three are mandatory members). */
export type LivcrSector =
  /** General welfare work: CAW. */
  | 'GENERAL_WELFARE_CENTRE'
  /** Integration and civic integration services. */
  | 'INTEGRATION_SERVICE'
  /** The mayor, who chairs the cell, or a representative. */
  | 'MAYOR'
  /** Mental health care: CGG / SSM. */
  | 'MENTAL_HEALTH_CENTRE'
  /** The police chief or a representative with "secret" clearance, in practice the information officer. */
  | 'POLICE'
  /** The municipal prevention coordinator (or the cell's coordinator from the prevention service). */
  | 'PREVENTION_COORDINATOR'
  /** The public social welfare centre: OCMW / CPAS. */
  | 'PUBLIC_SOCIAL_WELFARE_CENTRE'
  /** Pupil guidance centres: CLB (Flemish community), PMS (French community). */
  | 'PUPIL_GUIDANCE_CENTRE'
  /** Schools. */
  | 'SCHOOL'
  /** Youth work. */
  | 'YOUTH_WORK';

/** A name in Belgium's official languages. */
export type LocalizedNames = {
  __typename?: 'LocalizedNames';
  /** German name; where Statbel gives none, the name in the municipality's own language. */
  de: Scalars['String']['output'];
  /** French name. */
  fr: Scalars['String']['output'];
  /** Dutch name. */
  nl: Scalars['String']['output'];
};

/** A text that exists in several languages; a language the source does not give is null. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  /** German text. */
  de?: Maybe<Scalars['String']['output']>;
  /** English text. */
  en?: Maybe<Scalars['String']['output']>;
  /** French text. */
  fr?: Maybe<Scalars['String']['output']>;
  /** Dutch text. */
  nl?: Maybe<Scalars['String']['output']>;
};

/** The encoding of a coverage map. */
export type MapFormat =
  /** A GeoJSON FeatureCollection (RFC 7946), in `featureCollection`. */
  | 'GEOJSON'
  /** A TopoJSON Topology with one object `municipalities`, in `topology`: shared borders stored once. */
  | 'TOPOJSON';

/** How often a cell meets, as a band rather than a count of meetings (structural, never about cases). */
export type MeetingFrequencyBand =
  /** About once a year. */
  | 'ANNUAL'
  /** About once a month or more. */
  | 'MONTHLY'
  /** The cell has not met in the last twelve months. */
  | 'NONE'
  /** The cell meets only when a signal comes in. */
  | 'ON_DEMAND'
  /** About once a quarter. */
  | 'QUARTERLY';

/** A Belgian municipality as of 1 January 2025 (Statbel REFNIS 2025): 565 in all. */
export type Municipality = {
  __typename?: 'Municipality';
  /** The administrative arrondissement. */
  arrondissement: Arrondissement;
  /** Where the boundary comes from (FPS Finance, 2020 fiscal situation). */
  boundaryProvenance: Provenance;
  /** Boundary as a GeoJSON MultiPolygon, dissolved from the 2019–2024 boundaries of its predecessors. */
  geometry: Scalars['GeoJSON']['output'];
  /** Official language regime. */
  languageRegime: LanguageRegime;
  /**
   * The local integral security cell (LIVC-R / CSIL-R) the municipality belongs to on the given date (today by
   * default); null when it has none then. The cell's other fields describe that same date.
   */
  livcrCell?: Maybe<LivcrCell>;
  /** The name in one language; without `lang`, the request's Accept-Language decides (Dutch by default). */
  name: Scalars['String']['output'];
  /** Official names in Dutch, French and German. */
  names: LocalizedNames;
  /** Statbel NIS code, five digits, e.g. `44088` (Merelbeke-Melle). */
  nis: Scalars['ID']['output'];
  /** The 2019–2024 municipalities it was formed from; itself alone when it was not merged in 2025. */
  predecessors: Array<FormerMunicipality>;
  /** Where the record comes from (Statbel). */
  provenance: Provenance;
  /** The province; null for the 19 municipalities of the Brussels-Capital Region. */
  province?: Maybe<Province>;
  /** The region. */
  region: Region;
};


/** A Belgian municipality as of 1 January 2025 (Statbel REFNIS 2025): 565 in all. */
export type MunicipalityLivcrCellArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};


/** A Belgian municipality as of 1 January 2025 (Statbel REFNIS 2025): 565 in all. */
export type MunicipalityNameArgs = {
  lang?: InputMaybe<Language>;
};

/** A page of municipalities, ordered by NIS code. */
export type MunicipalityConnection = {
  __typename?: 'MunicipalityConnection';
  /** The municipalities of this page with their cursors. */
  edges: Array<MunicipalityEdge>;
  /** The municipalities of this page. */
  nodes: Array<Municipality>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many municipalities match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a municipality connection. */
export type MunicipalityEdge = {
  __typename?: 'MunicipalityEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The municipality. */
  node: Municipality;
};

/** Filters for the municipality list; all given filters must match. */
export type MunicipalityFilter = {
  /** Only municipalities of this province, by NIS code (e.g. `40000`). */
  province?: InputMaybe<Scalars['ID']['input']>;
  /** Only municipalities of this region. */
  region?: InputMaybe<RegionCode>;
  /** Case- and accent-insensitive search in the names in every language. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Paging information of a cursor connection (Relay connection specification). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item returned; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last one returned. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede the first one returned. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item returned. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Where a fact comes from and when it was observed or last verified (DESIGN.md principle 7). */
export type Provenance = {
  __typename?: 'Provenance';
  /** What kind of source it is. */
  kind: SourceKind;
  /** The date the fact refers to, or when it was last verified. */
  referenceDate: Scalars['Date']['output'];
  /** The source, named as it should be cited. */
  source: Scalars['String']['output'];
  /** Where the source can be read, when it is online. */
  url?: Maybe<Scalars['String']['output']>;
};

/** One of Belgium's ten provinces (Statbel REFNIS 2025). The Brussels-Capital Region belongs to none. */
export type Province = {
  __typename?: 'Province';
  /** Boundary, dissolved from its 2025 municipalities' boundaries (so Zwijndrecht is in East Flanders). */
  geometry: Scalars['GeoJSON']['output'];
  /** ISO 3166-2 code, e.g. `BE-VOV`. */
  isoCode: Scalars['String']['output'];
  /** The name in one language; without `lang`, the request's Accept-Language decides (Dutch by default). */
  name: Scalars['String']['output'];
  /** Official names. */
  names: LocalizedNames;
  /** Statbel NIS code, e.g. `40000` for East Flanders. */
  nis: Scalars['ID']['output'];
  /** Where the record comes from. */
  provenance: Provenance;
  /** The region the province belongs to. */
  region: Region;
};


/** One of Belgium's ten provinces (Statbel REFNIS 2025). The Brussels-Capital Region belongs to none. */
export type ProvinceNameArgs = {
  lang?: InputMaybe<Language>;
};

export type Query = {
  __typename?: 'Query';
  /** One LIVC-R by id, described on the given date (today by default); null when no cell has that id. */
  livcrCell?: Maybe<LivcrCell>;
  /** LIVC-R cells, filtered and paged with cursors, ordered by id. */
  livcrCells: LivcrCellConnection;
  /** The LIVC-R coverage map of Belgium, a region or a province on a date, with its figures. Public. */
  livcrCoverage: LivcrCoverage;
  /** The hub's cell records over time, for a region or the whole country. */
  livcrCoverageSeries: LivcrCoverageSeries;
  /** Dashboard figures about the cells per region and province, small counts suppressed below region level. */
  livcrFigures: LivcrFigures;
  /** Municipalities, filtered and paged with cursors, ordered by NIS code. */
  municipalities: MunicipalityConnection;
  /** One municipality by its 2025 NIS code; null when no municipality has that code. */
  municipality?: Maybe<Municipality>;
  /** One province by NIS code; null when none has that code. */
  province?: Maybe<Province>;
  /** The ten provinces, ordered by NIS code. */
  provinces: Array<Province>;
  /** The three regions, ordered by NIS code. */
  regions: Array<Region>;
};


export type QueryLivcrCellArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryLivcrCellsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LivcrCellFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLivcrCoverageArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
  format?: InputMaybe<MapFormat>;
  precision?: InputMaybe<GeometryPrecision>;
  province?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<RegionCode>;
};


export type QueryLivcrCoverageSeriesArgs = {
  from: Scalars['Date']['input'];
  interval?: InputMaybe<CoverageSeriesInterval>;
  region?: InputMaybe<RegionCode>;
  to: Scalars['Date']['input'];
};


export type QueryLivcrFiguresArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
  region?: InputMaybe<RegionCode>;
};


export type QueryMunicipalitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MunicipalityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMunicipalityArgs = {
  nis: Scalars['ID']['input'];
};


export type QueryProvinceArgs = {
  nis: Scalars['ID']['input'];
};

/** A region of Belgium (Statbel REFNIS). */
export type Region = {
  __typename?: 'Region';
  /** The region as an enum value, as used in filters. */
  code: RegionCode;
  /** Boundary, dissolved from the municipal boundaries. */
  geometry: Scalars['GeoJSON']['output'];
  /** ISO 3166-2 code, e.g. `BE-VLG`; also the jurisdiction claim of regional roles. */
  isoCode: Scalars['String']['output'];
  /** The name in one language; without `lang`, the request's Accept-Language decides (Dutch by default). */
  name: Scalars['String']['output'];
  /** Official names. */
  names: LocalizedNames;
  /** Statbel NIS code, e.g. `02000`. */
  nis: Scalars['ID']['output'];
  /** Where the record comes from. */
  provenance: Provenance;
  /** The region's provinces; none for Brussels-Capital. */
  provinces: Array<Province>;
};


/** A region of Belgium (Statbel REFNIS). */
export type RegionNameArgs = {
  lang?: InputMaybe<Language>;
};

/** The three regions of Belgium. */
export type RegionCode =
  /** The Brussels-Capital Region (ISO 3166-2 BE-BRU, NIS 04000). */
  | 'BRUSSELS'
  /** The Flemish Region (ISO 3166-2 BE-VLG, NIS 02000). */
  | 'FLANDERS'
  /** The Walloon Region (ISO 3166-2 BE-WAL, NIS 03000), which includes the German-speaking area. */
  | 'WALLONIA';

/** What kind of source a fact comes from. */
export type SourceKind =
  /** An official statistics or reference publisher, such as Statbel or FPS Finance. */
  | 'OFFICIAL_STATISTICS'
  /** The organisation that owns the record. */
  | 'ORGANISATION'
  /** A named publication: a report, a web page, a presentation, a law. */
  | 'PUBLICATION'
  /** Generated illustration data, consistent with published totals but not a fact about a real municipality. */
  | 'SAMPLE';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  LivcrCell: LivcrCell;
  Municipality: Municipality;
  Province: Province;
  Region: Region;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  LivcrCell:
    ( { __typename: 'LivcrCell' }
    & GraphQLRecursivePick<FederationTypes['LivcrCell'], {"id":true}> );
  Municipality:
    ( { __typename: 'Municipality' }
    & GraphQLRecursivePick<FederationTypes['Municipality'], {"nis":true}> );
  Province:
    ( { __typename: 'Province' }
    & GraphQLRecursivePick<FederationTypes['Province'], {"nis":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"nis":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Arrondissement: ResolverTypeWrapper<ArrondissementRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CoverageSeriesInterval: CoverageSeriesInterval;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  FormerMunicipality: ResolverTypeWrapper<PredecessorRow>;
  GeoJSON: ResolverTypeWrapper<Scalars['GeoJSON']['output']>;
  GeometryPrecision: GeometryPrecision;
  Language: Language;
  LanguageRegime: LanguageRegime;
  LivcrCell: ResolverTypeWrapper<Omit<LivcrCell, 'coordinator' | 'functionalContact' | 'municipalities' | 'provenance' | 'province' | 'region' | 'seat'> & { coordinator?: Maybe<ResolversTypes['LivcrCoordinator']>, functionalContact: ResolversTypes['LivcrFunctionalContact'], municipalities: Array<ResolversTypes['LivcrCellMembership']>, provenance: ResolversTypes['Provenance'], province?: Maybe<ResolversTypes['Province']>, region: ResolversTypes['Region'], seat: ResolversTypes['Municipality'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  LivcrCellConnection: ResolverTypeWrapper<Omit<LivcrCellConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['LivcrCellEdge']>, nodes: Array<ResolversTypes['LivcrCell']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LivcrCellEdge: ResolverTypeWrapper<Omit<LivcrCellEdge, 'node'> & { node: ResolversTypes['LivcrCell'] }>;
  LivcrCellFilter: LivcrCellFilter;
  LivcrCellMembership: ResolverTypeWrapper<Omit<LivcrCellMembership, 'municipality'> & { municipality: ResolversTypes['Municipality'] }>;
  LivcrCellScope: LivcrCellScope;
  LivcrCellStatus: LivcrCellStatus;
  LivcrCoordinator: ResolverTypeWrapper<Omit<LivcrCoordinator, 'provenance'> & { provenance: ResolversTypes['Provenance'] }>;
  LivcrCoverage: ResolverTypeWrapper<Omit<LivcrCoverage, 'boundaryProvenance' | 'provenance' | 'summary'> & { boundaryProvenance: ResolversTypes['Provenance'], provenance: ResolversTypes['Provenance'], summary: ResolversTypes['LivcrCoverageSummary'] }>;
  LivcrCoverageFigures: ResolverTypeWrapper<LivcrCoverageFigures>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  LivcrCoveragePoint: ResolverTypeWrapper<LivcrCoveragePoint>;
  LivcrCoverageSeries: ResolverTypeWrapper<Omit<LivcrCoverageSeries, 'provenance'> & { provenance: ResolversTypes['Provenance'] }>;
  LivcrCoverageSummary: ResolverTypeWrapper<Omit<LivcrCoverageSummary, 'provinces' | 'regions'> & { provinces: Array<ResolversTypes['LivcrProvinceCoverage']>, regions: Array<ResolversTypes['LivcrRegionCoverage']> }>;
  LivcrFigure: ResolverTypeWrapper<LivcrFigure>;
  LivcrFigureMeasure: LivcrFigureMeasure;
  LivcrFigures: ResolverTypeWrapper<Omit<LivcrFigures, 'provenance'> & { provenance: ResolversTypes['Provenance'] }>;
  LivcrFunctionalContact: ResolverTypeWrapper<Omit<LivcrFunctionalContact, 'provenance'> & { provenance: ResolversTypes['Provenance'] }>;
  LivcrMemberRole: ResolverTypeWrapper<LivcrMemberRole>;
  LivcrProvinceCoverage: ResolverTypeWrapper<Omit<LivcrProvinceCoverage, 'province'> & { province: ResolversTypes['Province'] }>;
  LivcrRegionCoverage: ResolverTypeWrapper<Omit<LivcrRegionCoverage, 'region'> & { region: ResolversTypes['Region'] }>;
  LivcrSector: LivcrSector;
  LocalizedNames: ResolverTypeWrapper<NamesSource>;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  MapFormat: MapFormat;
  MeetingFrequencyBand: MeetingFrequencyBand;
  Municipality: ResolverTypeWrapper<MunicipalityRow>;
  MunicipalityConnection: ResolverTypeWrapper<MunicipalityPage>;
  MunicipalityEdge: ResolverTypeWrapper<MunicipalityEdgeSource>;
  MunicipalityFilter: MunicipalityFilter;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Provenance: ResolverTypeWrapper<ProvenanceSource>;
  Province: ResolverTypeWrapper<ProvinceRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionRow>;
  RegionCode: RegionCode;
  SourceKind: SourceKind;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Arrondissement: ArrondissementRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Date: Scalars['Date']['output'];
  FormerMunicipality: PredecessorRow;
  GeoJSON: Scalars['GeoJSON']['output'];
  LivcrCell: Omit<LivcrCell, 'coordinator' | 'functionalContact' | 'municipalities' | 'provenance' | 'province' | 'region' | 'seat'> & { coordinator?: Maybe<ResolversParentTypes['LivcrCoordinator']>, functionalContact: ResolversParentTypes['LivcrFunctionalContact'], municipalities: Array<ResolversParentTypes['LivcrCellMembership']>, provenance: ResolversParentTypes['Provenance'], province?: Maybe<ResolversParentTypes['Province']>, region: ResolversParentTypes['Region'], seat: ResolversParentTypes['Municipality'] } | FederationReferenceTypes['LivcrCell'];
  Boolean: Scalars['Boolean']['output'];
  LivcrCellConnection: Omit<LivcrCellConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['LivcrCellEdge']>, nodes: Array<ResolversParentTypes['LivcrCell']> };
  Int: Scalars['Int']['output'];
  LivcrCellEdge: Omit<LivcrCellEdge, 'node'> & { node: ResolversParentTypes['LivcrCell'] };
  LivcrCellFilter: LivcrCellFilter;
  LivcrCellMembership: Omit<LivcrCellMembership, 'municipality'> & { municipality: ResolversParentTypes['Municipality'] };
  LivcrCoordinator: Omit<LivcrCoordinator, 'provenance'> & { provenance: ResolversParentTypes['Provenance'] };
  LivcrCoverage: Omit<LivcrCoverage, 'boundaryProvenance' | 'provenance' | 'summary'> & { boundaryProvenance: ResolversParentTypes['Provenance'], provenance: ResolversParentTypes['Provenance'], summary: ResolversParentTypes['LivcrCoverageSummary'] };
  LivcrCoverageFigures: LivcrCoverageFigures;
  Float: Scalars['Float']['output'];
  LivcrCoveragePoint: LivcrCoveragePoint;
  LivcrCoverageSeries: Omit<LivcrCoverageSeries, 'provenance'> & { provenance: ResolversParentTypes['Provenance'] };
  LivcrCoverageSummary: Omit<LivcrCoverageSummary, 'provinces' | 'regions'> & { provinces: Array<ResolversParentTypes['LivcrProvinceCoverage']>, regions: Array<ResolversParentTypes['LivcrRegionCoverage']> };
  LivcrFigure: LivcrFigure;
  LivcrFigures: Omit<LivcrFigures, 'provenance'> & { provenance: ResolversParentTypes['Provenance'] };
  LivcrFunctionalContact: Omit<LivcrFunctionalContact, 'provenance'> & { provenance: ResolversParentTypes['Provenance'] };
  LivcrMemberRole: LivcrMemberRole;
  LivcrProvinceCoverage: Omit<LivcrProvinceCoverage, 'province'> & { province: ResolversParentTypes['Province'] };
  LivcrRegionCoverage: Omit<LivcrRegionCoverage, 'region'> & { region: ResolversParentTypes['Region'] };
  LocalizedNames: NamesSource;
  LocalizedText: LocalizedText;
  Municipality: MunicipalityRow;
  MunicipalityConnection: MunicipalityPage;
  MunicipalityEdge: MunicipalityEdgeSource;
  MunicipalityFilter: MunicipalityFilter;
  PageInfo: PageInfo;
  Provenance: ProvenanceSource;
  Province: ProvinceRow;
  Query: Record<PropertyKey, never>;
  Region: RegionRow;
}>;

export type ArrondissementResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Arrondissement'] = ResolversParentTypes['Arrondissement']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<ArrondissementNameArgs>>;
  names?: Resolver<ResolversTypes['LocalizedNames'], ParentType, ContextType>;
  nis?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type FormerMunicipalityResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['FormerMunicipality'] = ResolversParentTypes['FormerMunicipality']> = ResolversObject<{
  names?: Resolver<ResolversTypes['LocalizedNames'], ParentType, ContextType>;
  nis?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export interface GeoJsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['GeoJSON'], any> {
  name: 'GeoJSON';
}

export type LivcrCellResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LivcrCell'] = ResolversParentTypes['LivcrCell'], FederationReferenceType extends FederationReferenceTypes['LivcrCell'] = FederationReferenceTypes['LivcrCell']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LivcrCell']> | FederationReferenceType, FederationReferenceType, ContextType>;
  coordinator?: Resolver<Maybe<ResolversTypes['LivcrCoordinator']>, ParentType, ContextType>;
  foundedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  functionalContact?: Resolver<ResolversTypes['LivcrFunctionalContact'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetingFrequency?: Resolver<Maybe<ResolversTypes['MeetingFrequencyBand']>, ParentType, ContextType>;
  memberRoles?: Resolver<Maybe<Array<ResolversTypes['LivcrMemberRole']>>, ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['LivcrCellMembership']>, ParentType, ContextType, RequireFields<LivcrCellMunicipalitiesArgs, 'includeFormer'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['Province']>, ParentType, ContextType>;
  referenceDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['LivcrCellScope'], ParentType, ContextType>;
  seat?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LivcrCellStatus'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type LivcrCellConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LivcrCellConnection'] = ResolversParentTypes['LivcrCellConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LivcrCellEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LivcrCell']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LivcrCellEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LivcrCellEdge'] = ResolversParentTypes['LivcrCellEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LivcrCell'], ParentType, ContextType>;
}>;

export type LivcrCellMembershipResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LivcrCellMembership'] = ResolversParentTypes['LivcrCellMembership']> = ResolversObject<{
  memberSince?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  memberUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
}>;

export type LivcrCoordinatorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LivcrCoordinator'] = ResolversParentTypes['LivcrCoordinator']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LivcrCoverageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LivcrCoverage'] = ResolversParentTypes['LivcrCoverage']> = ResolversObject<{
  at?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  boundaryProvenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  featureCollection?: Resolver<Maybe<ResolversTypes['GeoJSON']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['MapFormat'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['GeometryPrecision'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['LivcrCoverageSummary'], ParentType, ContextType>;
  topology?: Resolver<Maybe<ResolversTypes['GeoJSON']>, ParentType, ContextType>;
}>;

export type LivcrCoverageFiguresResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LivcrCoverageFigures'] = ResolversParentTypes['LivcrCoverageFigures']> = ResolversObject<{
  cells?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coverageRatio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  dormantCells?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipalities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipalitiesCovered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ownCells?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharedCells?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LivcrCoveragePointResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LivcrCoveragePoint'] = ResolversParentTypes['LivcrCoveragePoint']> = ResolversObject<{
  cells?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coverageRatio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  formerMunicipalitiesCovered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipalitiesCovered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharedCells?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LivcrCoverageSeriesResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LivcrCoverageSeries'] = ResolversParentTypes['LivcrCoverageSeries']> = ResolversObject<{
  interval?: Resolver<ResolversTypes['CoverageSeriesInterval'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['LivcrCoveragePoint']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['RegionCode']>, ParentType, ContextType>;
}>;

export type LivcrCoverageSummaryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LivcrCoverageSummary'] = ResolversParentTypes['LivcrCoverageSummary']> = ResolversObject<{
  provinces?: Resolver<Array<ResolversTypes['LivcrProvinceCoverage']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['LivcrRegionCoverage']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['LivcrCoverageFigures'], ParentType, ContextType>;
}>;

export type LivcrFigureResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LivcrFigure'] = ResolversParentTypes['LivcrFigure']> = ResolversObject<{
  measure?: Resolver<ResolversTypes['LivcrFigureMeasure'], ParentType, ContextType>;
  meetingFrequency?: Resolver<Maybe<ResolversTypes['MeetingFrequencyBand']>, ParentType, ContextType>;
  provinceNis?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['RegionCode'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  suppressionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type LivcrFiguresResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LivcrFigures'] = ResolversParentTypes['LivcrFigures']> = ResolversObject<{
  at?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['LivcrFigure']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type LivcrFunctionalContactResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LivcrFunctionalContact'] = ResolversParentTypes['LivcrFunctionalContact']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
}>;

export type LivcrMemberRoleResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LivcrMemberRole'] = ResolversParentTypes['LivcrMemberRole']> = ResolversObject<{
  mandatory?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['LivcrSector'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type LivcrProvinceCoverageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LivcrProvinceCoverage'] = ResolversParentTypes['LivcrProvinceCoverage']> = ResolversObject<{
  cells?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coverageRatio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  dormantCells?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipalities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipalitiesCovered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nis?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownCells?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['RegionCode'], ParentType, ContextType>;
  sharedCells?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LivcrRegionCoverageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LivcrRegionCoverage'] = ResolversParentTypes['LivcrRegionCoverage']> = ResolversObject<{
  cells?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['RegionCode'], ParentType, ContextType>;
  coverageRatio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  dormantCells?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipalities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipalitiesCovered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nis?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownCells?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  sharedCells?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LocalizedNamesResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LocalizedNames'] = ResolversParentTypes['LocalizedNames']> = ResolversObject<{
  de?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LocalizedTextResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = ResolversObject<{
  de?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  en?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fr?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MunicipalityResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  arrondissement?: Resolver<ResolversTypes['Arrondissement'], ParentType, ContextType>;
  boundaryProvenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  geometry?: Resolver<ResolversTypes['GeoJSON'], ParentType, ContextType>;
  languageRegime?: Resolver<ResolversTypes['LanguageRegime'], ParentType, ContextType>;
  livcrCell?: Resolver<Maybe<ResolversTypes['LivcrCell']>, ParentType, ContextType, Partial<MunicipalityLivcrCellArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<MunicipalityNameArgs>>;
  names?: Resolver<ResolversTypes['LocalizedNames'], ParentType, ContextType>;
  nis?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  predecessors?: Resolver<Array<ResolversTypes['FormerMunicipality']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['Province']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
}>;

export type MunicipalityConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MunicipalityConnection'] = ResolversParentTypes['MunicipalityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MunicipalityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MunicipalityEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MunicipalityEdge'] = ResolversParentTypes['MunicipalityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProvenanceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  referenceDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProvinceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province'], FederationReferenceType extends FederationReferenceTypes['Province'] = FederationReferenceTypes['Province']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province']> | FederationReferenceType, FederationReferenceType, ContextType>;
  geometry?: Resolver<ResolversTypes['GeoJSON'], ParentType, ContextType>;
  isoCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<ProvinceNameArgs>>;
  names?: Resolver<ResolversTypes['LocalizedNames'], ParentType, ContextType>;
  nis?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  livcrCell?: Resolver<Maybe<ResolversTypes['LivcrCell']>, ParentType, ContextType, RequireFields<QueryLivcrCellArgs, 'id'>>;
  livcrCells?: Resolver<ResolversTypes['LivcrCellConnection'], ParentType, ContextType, RequireFields<QueryLivcrCellsArgs, 'first'>>;
  livcrCoverage?: Resolver<ResolversTypes['LivcrCoverage'], ParentType, ContextType, RequireFields<QueryLivcrCoverageArgs, 'format' | 'precision'>>;
  livcrCoverageSeries?: Resolver<ResolversTypes['LivcrCoverageSeries'], ParentType, ContextType, RequireFields<QueryLivcrCoverageSeriesArgs, 'from' | 'interval' | 'to'>>;
  livcrFigures?: Resolver<ResolversTypes['LivcrFigures'], ParentType, ContextType, Partial<QueryLivcrFiguresArgs>>;
  municipalities?: Resolver<ResolversTypes['MunicipalityConnection'], ParentType, ContextType, RequireFields<QueryMunicipalitiesArgs, 'first'>>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType, RequireFields<QueryMunicipalityArgs, 'nis'>>;
  province?: Resolver<Maybe<ResolversTypes['Province']>, ParentType, ContextType, RequireFields<QueryProvinceArgs, 'nis'>>;
  provinces?: Resolver<Array<ResolversTypes['Province']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['RegionCode'], ParentType, ContextType>;
  geometry?: Resolver<ResolversTypes['GeoJSON'], ParentType, ContextType>;
  isoCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<RegionNameArgs>>;
  names?: Resolver<ResolversTypes['LocalizedNames'], ParentType, ContextType>;
  nis?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  provinces?: Resolver<Array<ResolversTypes['Province']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  Arrondissement?: ArrondissementResolvers<ContextType>;
  Date?: GraphQLScalarType;
  FormerMunicipality?: FormerMunicipalityResolvers<ContextType>;
  GeoJSON?: GraphQLScalarType;
  LivcrCell?: LivcrCellResolvers<ContextType>;
  LivcrCellConnection?: LivcrCellConnectionResolvers<ContextType>;
  LivcrCellEdge?: LivcrCellEdgeResolvers<ContextType>;
  LivcrCellMembership?: LivcrCellMembershipResolvers<ContextType>;
  LivcrCoordinator?: LivcrCoordinatorResolvers<ContextType>;
  LivcrCoverage?: LivcrCoverageResolvers<ContextType>;
  LivcrCoverageFigures?: LivcrCoverageFiguresResolvers<ContextType>;
  LivcrCoveragePoint?: LivcrCoveragePointResolvers<ContextType>;
  LivcrCoverageSeries?: LivcrCoverageSeriesResolvers<ContextType>;
  LivcrCoverageSummary?: LivcrCoverageSummaryResolvers<ContextType>;
  LivcrFigure?: LivcrFigureResolvers<ContextType>;
  LivcrFigures?: LivcrFiguresResolvers<ContextType>;
  LivcrFunctionalContact?: LivcrFunctionalContactResolvers<ContextType>;
  LivcrMemberRole?: LivcrMemberRoleResolvers<ContextType>;
  LivcrProvinceCoverage?: LivcrProvinceCoverageResolvers<ContextType>;
  LivcrRegionCoverage?: LivcrRegionCoverageResolvers<ContextType>;
  LocalizedNames?: LocalizedNamesResolvers<ContextType>;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  MunicipalityConnection?: MunicipalityConnectionResolvers<ContextType>;
  MunicipalityEdge?: MunicipalityEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
}>;

