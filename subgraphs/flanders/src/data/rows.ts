import { type flandersTables } from '@cohesion/db';
import { type ConnectionEdge, type ConnectionPage } from '@cohesion/kit';
import { type ProvenanceSource as KitProvenanceSource } from '@cohesion/kit';

type Tables = typeof flandersTables;

/** The root of the level's namespace: it carries nothing, every field reads its own data. */
export type LevelSource = Record<string, never>;

/** A municipality or province as this subgraph knows it: only its key. */
export type MunicipalityReference = { nis: string };
export type ProvinceReference = { nis: string };

/** What `Provenance` resolves from. */
export type ProvenanceSource = KitProvenanceSource;

export type OrganisationRow = Tables['organisations']['$inferSelect'];
export type OfferRow = Tables['offers']['$inferSelect'];
export type EventRow = Tables['events']['$inferSelect'];
export type ProjectRow = Tables['projects']['$inferSelect'];
export type ProjectPartnerSource = ProjectRow['partners'][number];
export type DocumentRow = Tables['documents']['$inferSelect'];
export type NetworkRow = Tables['networks']['$inferSelect'];
export type NetworkProvinceRow = Tables['networkProvinces']['$inferSelect'];
export type MeetingRow = Tables['networkMeetings']['$inferSelect'];
export type CoachingTrackRow = Tables['coachingTracks']['$inferSelect'];
export type TrajectoryRow = Tables['coachingTrajectories']['$inferSelect'];
export type TrajectoryMunicipalityRow = Tables['coachingTrajectoryMunicipalities']['$inferSelect'];
export type EmmascanModuleRow = Tables['emmascanModules']['$inferSelect'];
export type EvaluationRow = Tables['emmascanEvaluations']['$inferSelect'];
export type EvaluationMunicipalityRow = Tables['emmascanEvaluationMunicipalities']['$inferSelect'];
/** A module level as the resolvers read it (without the link's write mark). */
export type ModuleResultRow = Pick<Tables['emmascanModuleResults']['$inferSelect'], 'evaluationId' | 'moduleId' | 'level'>;
export type ExpertRow = Tables['experts']['$inferSelect'];
export type HelpdeskYearRow = Tables['helpdeskYears']['$inferSelect'];

/** One data point of a figure series, before its keys and label are written in the caller's language. */
export type FigurePoint = {
  kind: string;
  year?: number | null;
  quarter?: number | null;
  month?: string | null;
  provinceNis?: string | null;
  organisationId?: string | null;
  offerKind?: string | null;
  track?: string | null;
  documentType?: string | null;
  count: number;
  suppressionReason: string | null;
  provenance: ProvenanceSource;
};

/** One page of a cursor connection; `totalCount` is counted only when asked for. */
export type Page<Node> = ConnectionPage<Node>;
export type Edge<Node> = ConnectionEdge<Node>;

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
export type NetworkPage = Page<NetworkRow>;
export type NetworkEdge = Edge<NetworkRow>;
export type TrajectoryPage = Page<TrajectoryRow>;
export type TrajectoryEdge = Edge<TrajectoryRow>;
export type EvaluationPage = Page<EvaluationRow>;
export type EvaluationEdge = Edge<EvaluationRow>;
export type ExpertPage = Page<ExpertRow>;
export type ExpertEdge = Edge<ExpertRow>;

/** A text in up to four languages, as stored. */
export type LocalizedTextValue = flandersTables.LocalizedTextValue;
