import { type federalTables } from '@cohesion/db';
import { type ConnectionEdge, type ConnectionPage } from '@cohesion/kit';
import { type ProvenanceSource as KitProvenanceSource } from '@cohesion/kit';

type Tables = typeof federalTables;

export type OrganisationRow = Tables['organisations']['$inferSelect'];
export type OfferRow = Tables['offers']['$inferSelect'];
export type EventRow = Tables['events']['$inferSelect'];
export type ProjectRow = Tables['projects']['$inferSelect'];
export type DocumentRow = Tables['documents']['$inferSelect'];
export type LocalInitiativeRow = Tables['localInitiatives']['$inferSelect'];
export type MobileTeamRow = Tables['mobileTeams']['$inferSelect'];
export type VisitRow = Tables['mobileTeamVisits']['$inferSelect'];
export type CoverageObservationRow = Tables['coverageObservations']['$inferSelect'];
export type PoliceZoneRow = Tables['policeZones']['$inferSelect'];

/** A police zone with the municipality it was looked up for (Municipality.policeZone). */
export type PoliceZoneOfMunicipalityRow = PoliceZoneRow & { municipalityNis: string };

/** `Query.federal` is a namespace: its fields need nothing from their parent. */
export type FederalLevelSource = Record<string, never>;

/** What `LocalizedText` resolves from. */
export type LocalizedTextSource = { nl?: string | null; fr?: string | null; de?: string | null; en?: string | null };

/** What `Provenance` resolves from (kit's shared source type). */
export type ProvenanceSource = KitProvenanceSource;



/** Entities of other subgraphs, as their keys. */
export type MunicipalityReference = { nis: string };
export type ProvinceReference = { nis: string };
export type EuOrganisationReference = { id: string };

/** One page of a connection; `totalCount` is counted only when asked for. */
export type Page<Row> = ConnectionPage<Row>;

export type EdgeSource<Row> = ConnectionEdge<Row>;

export type OrganisationPage = Page<OrganisationRow>;
export type OfferPage = Page<OfferRow>;
export type EventPage = Page<EventRow>;
export type ProjectPage = Page<ProjectRow>;
export type DocumentPage = Page<DocumentRow>;
export type LocalInitiativePage = Page<LocalInitiativeRow>;
export type VisitPage = Page<VisitRow>;
export type PoliceZonePage = Page<PoliceZoneRow>;

/** A counted figure before suppression; the resolver decides what callers see. */
export type FigureSource = {
  kind: string;
  label: string;
  keys: Array<{ name: string; value: string }>;
  count: number;
  /** True when the count is about people or cases below region level (then small counts are withheld). */
  aboutPeopleOrCasesBelowRegion: boolean;
  provenance: ProvenanceSource;
};
