import { type LocalizedTextValue } from '../../schema/wallonia-brussels';
import {
  type ContentDocumentFields,
  type ContentEventFields,
  type ContentFunctionalContact,
  type ContentProjectFields,
  type ContentSource,
  type ContentVenue,
  type NamedItem,
  readContentFile,
  readNamedItems,
  type SourcedRecord,
} from '../content/read-seed-content';

export type { ContentSource, NamedItem };

/** This level's content file in db/seed/content. */
export const CONTENT_FILE = 'wallonia-brussels.json';

/** How named-items.json calls this level. */
export const NAMED_ITEMS_LEVEL = 'wallonia-brussels';

export type ContentOrganisation = SourcedRecord & {
  name: LocalizedTextValue;
  acronym: string | null;
  type: string;
  website: string | null;
  functionalContact: ContentFunctionalContact | null;
  description: LocalizedTextValue;
  alsoKnownAs?: string[];
  established?: string;
  since?: string;
  parentOrganisationId?: string;
  municipality?: { nis: string };
  relayOfOrganisationId?: string;
};

export type ContentOffer = SourcedRecord & {
  organisationId: string;
  title: LocalizedTextValue;
  kind: string;
  sessions: number | null;
  audience: string[] | null;
  languages: string[] | null;
  howToRequest: LocalizedTextValue | null;
  contactChannel: ContentFunctionalContact | null;
  description: LocalizedTextValue;
  since?: string;
  documentId?: string;
  legalBasisDocumentId?: string;
  sectors?: LocalizedTextValue[];
  territory?: LocalizedTextValue[];
  topics?: LocalizedTextValue[];
  partnerOrganisationIds?: string[];
};

export type ContentEvent = ContentEventFields<LocalizedTextValue> & {
  date: string;
  venue: ContentVenue | null;
  speakers: Array<{ name: string; affiliation?: string | null }>;
  description: LocalizedTextValue;
  documentId?: string;
  relatedProjectId?: string;
  statusNote?: string;
};

export type ContentProject = ContentProjectFields & {
  partners: Array<{ organisationId?: string; nis?: string }>;
  description: LocalizedTextValue;
  audience?: string[];
  plannedOutput?: LocalizedTextValue;
};

export type ContentDocument = ContentDocumentFields<LocalizedTextValue> & {
  issuingAuthority: string | null;
  description: LocalizedTextValue;
  authorOrganisationIds?: string[];
  authorOrganisationId?: string;
  municipalityNis?: string;
  municipality?: { nis: string };
  possiblySameAsDocumentId?: string;
  measureCount?: number;
  platform?: string;
  channel?: string;
};

export type WalloniaBrusselsContent = {
  sources: ContentSource[];
  organisations: ContentOrganisation[];
  offers: ContentOffer[];
  events: ContentEvent[];
  projects: ContentProject[];
  documents: ContentDocument[];
  other: {
    csilRSupport: { walloonRegion: { offerId: string; circularDocumentId: string; actionPlanDocumentId: string } };
  };
};

export type ReadContent = {
  content: WalloniaBrusselsContent;
  /** This level's named items (named-items.json filtered on the level). */
  namedItems: NamedItem[];
  /** Raw file contents, for the seed checksum. */
  rawInputs: Buffer[];
};

/** Reads this level's content and named items; throws when a record points at a source that is not listed. */
export function readWalloniaBrusselsContent(): ReadContent {
  const level = readContentFile<WalloniaBrusselsContent>(CONTENT_FILE);
  const named = readNamedItems();
  const content = level.value;
  const namedItems = named.value.filter((item) => item.level === NAMED_ITEMS_LEVEL);
  const sourceIds = new Set(content.sources.map((source) => source.id));
  for (const collection of ['organisations', 'offers', 'events', 'projects', 'documents'] as const) {
    for (const record of content[collection]) {
      const unknown = record.sourceIds.filter((id) => !sourceIds.has(id));
      if (record.sourceIds.length === 0 || unknown.length > 0) {
        throw new Error(`${CONTENT_FILE}: ${collection} ${record.id} cites unknown or no sources (${unknown.join(', ')})`);
      }
    }
  }
  return { content, namedItems, rawInputs: [level.raw, named.raw] };
}
