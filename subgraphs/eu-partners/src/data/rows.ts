import { type euPartnersTables } from '@cohesion/db';
import { type ConnectionEdge, type ConnectionPage } from '@cohesion/kit';
import { type ProvenanceSource as KitProvenanceSource } from '@cohesion/kit';

type Tables = typeof euPartnersTables;

export type LocalizedTextValue = euPartnersTables.LocalizedTextValue;
export type OrganisationReferenceValue = euPartnersTables.OrganisationReferenceValue;
export type SourceRow = Tables['sources']['$inferSelect'];
export type OrganisationRow = Tables['organisations']['$inferSelect'];
export type EventRow = Tables['events']['$inferSelect'];
export type EventOrganiserRow = Tables['eventOrganisers']['$inferSelect'];
export type EventSeriesRow = Tables['eventSeries']['$inferSelect'];
export type ProjectRow = Tables['projects']['$inferSelect'];
export type ProjectPartnerRow = Tables['projectPartners']['$inferSelect'];
export type DocumentRow = Tables['documents']['$inferSelect'];
export type WorkingGroupRow = Tables['workingGroups']['$inferSelect'];
export type EfusMembershipRow = Tables['efusMemberships']['$inferSelect'];

/** The level's root object: everything below it reads the database through the context. */
export type LevelSource = Record<string, never>;

export type ProvenanceSource = KitProvenanceSource;

export type CountSource = { value: number; approximate: boolean; unit: string };

/** A municipality, owned by the municipalities subgraph: this subgraph knows only its key. */
export type MunicipalityReference = { __typename?: 'Municipality'; nis: string };

/** An organisation owned by another level's subgraph: this subgraph knows only its key. */
export type ForeignOrganisationReference = { __typename: 'WalloniaBrusselsOrganisation'; id: string };

/** One page of a connection; `totalCount` is counted only when asked for. */
export type Page<Row> = ConnectionPage<Row>;
export type Edge<Row> = ConnectionEdge<Row>;

export type OrganisationPage = Page<OrganisationRow>;
export type OrganisationEdge = Edge<OrganisationRow>;
export type EventPage = Page<EventRow>;
export type EventEdge = Edge<EventRow>;
export type EventSeriesPage = Page<EventSeriesRow>;
export type EventSeriesEdge = Edge<EventSeriesRow>;
export type ProjectPage = Page<ProjectRow>;
export type ProjectEdge = Edge<ProjectRow>;
export type DocumentPage = Page<DocumentRow>;
export type DocumentEdge = Edge<DocumentRow>;
export type WorkingGroupPage = Page<WorkingGroupRow>;
export type WorkingGroupEdge = Edge<WorkingGroupRow>;
export type EfusMembershipPage = Page<EfusMembershipRow>;
export type EfusMembershipEdge = Edge<EfusMembershipRow>;
