import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { MunicipalityRow, ProvinceRow, RegionRow, ArrondissementRow, PredecessorRow, NamesSource, ProvenanceSource, MunicipalityPage, MunicipalityEdgeSource } from '../data/rows';
import { SubgraphContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
  Municipality: Municipality;
  Province: Province;
  Region: Region;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
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
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  FormerMunicipality: ResolverTypeWrapper<PredecessorRow>;
  GeoJSON: ResolverTypeWrapper<Scalars['GeoJSON']['output']>;
  Language: Language;
  LanguageRegime: LanguageRegime;
  LocalizedNames: ResolverTypeWrapper<NamesSource>;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  Municipality: ResolverTypeWrapper<MunicipalityRow>;
  MunicipalityConnection: ResolverTypeWrapper<MunicipalityPage>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MunicipalityEdge: ResolverTypeWrapper<MunicipalityEdgeSource>;
  MunicipalityFilter: MunicipalityFilter;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
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
  LocalizedNames: NamesSource;
  LocalizedText: LocalizedText;
  Municipality: MunicipalityRow;
  MunicipalityConnection: MunicipalityPage;
  Int: Scalars['Int']['output'];
  MunicipalityEdge: MunicipalityEdgeSource;
  MunicipalityFilter: MunicipalityFilter;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
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

