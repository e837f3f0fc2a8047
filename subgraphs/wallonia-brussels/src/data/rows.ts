import { type walloniaBrusselsTables } from '@cohesion/db';
import { type ConnectionEdge, type ConnectionPage, type ProvenanceSource as KitProvenanceSource } from '@cohesion/kit';

type Tables = typeof walloniaBrusselsTables;

export type SourceRow = Tables['sources']['$inferSelect'];
export type OrganisationRow = Tables['organisations']['$inferSelect'];
export type OfferRow = Tables['offers']['$inferSelect'];
export type EventRow = Tables['events']['$inferSelect'];
export type ProjectRow = Tables['projects']['$inferSelect'];
export type DocumentRow = Tables['documents']['$inferSelect'];
export type CsilrSupportRow = Tables['csilrSupport']['$inferSelect'];
export type PreventionGuidanceRow = Tables['preventionGuidance']['$inferSelect'];

/** What `LocalizedText` resolves from: the JSON of a multilingual column. */
export type LocalizedTextValue = walloniaBrusselsTables.LocalizedTextValue;

export type ProvenanceSource = KitProvenanceSource;

/** The namespace object `WalloniaBrusselsLevel` carries nothing itself. */
export type LevelSource = Record<string, never>;

/** A reference to a municipality of the municipalities subgraph. */
export type MunicipalityReference = { nis: string };

/** One page of a cursor connection; `totalCount` is counted only when asked for. */
export type Page<Row> = ConnectionPage<Row>;
export type Edge<Row> = ConnectionEdge<Row>;

export type OrganisationPage = Page<OrganisationRow>;
export type OrganisationEdge = Edge<OrganisationRow>;
export type OfferPage = Page<OfferRow>;
export type OfferEdge = Edge<OfferRow>;
export type EventPage = Page<EventRow>;
export type EventEdge = Edge<EventRow>;
export type ProjectPage = Page<ProjectRow>;
export type ProjectEdge = Edge<ProjectRow>;
export type DocumentPage = Page<DocumentRow>;
export type DocumentEdge = Edge<DocumentRow>;
export type CsilrSupportPage = Page<CsilrSupportRow>;
export type CsilrSupportEdge = Edge<CsilrSupportRow>;
export type PreventionGuidancePage = Page<PreventionGuidanceRow>;
export type PreventionGuidanceEdge = Edge<PreventionGuidanceRow>;
