import { type LocalizedTextValue, type SpeakerValue } from '../../schema/federal';
import {
  type ContentDocumentFields,
  type ContentEventFields,
  type ContentFunctionalContact,
  type ContentVenue,
  readContentFile,
  type SourcedRecord,
} from '../content/read-seed-content';

/** The federal level's content, extracted from the source documents into the project (never read from ../shared). */
export const FEDERAL_CONTENT_FILE = 'federal.json';

export type ContentSource = {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  site?: string | null;
  date?: string | null;
  citedVia?: string | null;
};

export type ContentOrganisation = SourcedRecord & {
  name: LocalizedTextValue;
  acronym: string | null;
  type: string;
  level: string;
  website: string | null;
  functionalContact: ContentFunctionalContact | null;
  description: LocalizedTextValue | null;
  parentOrganisationId?: string | null;
  alsoKnownAs?: string[];
  outsideHub?: boolean;
};

export type ContentOffer = SourcedRecord & {
  organisationId: string;
  title: LocalizedTextValue;
  kind: string;
  sessions: number | null;
  audience: string[] | null;
  languages: string[] | null;
  howToRequest: LocalizedTextValue | string | null;
  format?: string | null;
  description: LocalizedTextValue | null;
};

export type ContentEvent = ContentEventFields<LocalizedTextValue> & {
  date: string;
  venue: ContentVenue | null;
  speakers: SpeakerValue[];
  description: LocalizedTextValue | null;
  programmeItems?: LocalizedTextValue[];
};

export type ContentDocument = ContentDocumentFields<LocalizedTextValue> & {
  issuingAuthority: string | null;
  description: LocalizedTextValue | null;
  replacesDocumentId?: string | null;
  presentedAtEventId?: string | null;
  initiativesMoreThan?: number | null;
};

export type ContentLocalInitiative = SourcedRecord & {
  name: LocalizedTextValue;
  nameIsDescriptive?: boolean;
  municipality: { name: string; nis: string };
  guideDocumentId: string | null;
  presentedAtEventId: string | null;
  description: LocalizedTextValue | null;
};

export type ContentMobileTeam = {
  organisationId: string;
  renamedTo: string | null;
  renamedYear: number | null;
  start: string;
  operatorOrganisationId: string | null;
  parentOrganisationId?: string | null;
  euCoFunded: boolean;
  fundingNote: LocalizedTextValue | null;
  funderOrganisationId: string | null;
  fieldVisits: number;
  geographicScope: LocalizedTextValue | null;
  offerIds: string[];
  guideDocumentId: string | null;
  colloquiumEventId: string | null;
  openToOtherQuestions: LocalizedTextValue | null;
  sourceIds: string[];
};

export type ContentCoverageFigures = {
  cells: number | null;
  municipalitiesWithCell: number | null;
  municipalitiesWithoutCell: number | null;
  municipalitiesTotal?: number | null;
};

export type ContentCoverageObservation = ContentCoverageFigures & {
  id: string;
  date: string;
  scope: string;
  cellTerm: string;
  observation: string;
  regions: Array<ContentCoverageFigures & { region: string; fullyCovered?: boolean; note?: string }>;
  source: { title: string; sourceId: string; publishedDate?: string };
  consistencyNote?: string;
  sourceIds: string[];
};

export type FederalContent = {
  sources: ContentSource[];
  organisations: ContentOrganisation[];
  offers: ContentOffer[];
  events: ContentEvent[];
  projects: unknown[];
  documents: ContentDocument[];
  other: {
    mobileTeam: ContentMobileTeam;
    localInitiatives: ContentLocalInitiative[];
    coverageObservations: ContentCoverageObservation[];
  };
};

function expectArray(value: unknown, where: string): void {
  if (!Array.isArray(value)) throw new Error(`${FEDERAL_CONTENT_FILE}: expected ${where} to be a list`);
}

/** Reads federal.json and checks its outline; the raw bytes go into the seed checksum. */
export function readFederalContent(): { content: FederalContent; raw: Buffer } {
  const { raw, value: content } = readContentFile<FederalContent>(FEDERAL_CONTENT_FILE);
  for (const key of ['sources', 'organisations', 'offers', 'events', 'documents'] as const) expectArray(content[key], key);
  expectArray(content.other?.localInitiatives, 'other.localInitiatives');
  expectArray(content.other?.coverageObservations, 'other.coverageObservations');
  if (!content.other.mobileTeam?.organisationId) throw new Error(`${FEDERAL_CONTENT_FILE}: other.mobileTeam is missing`);
  return { content, raw };
}
