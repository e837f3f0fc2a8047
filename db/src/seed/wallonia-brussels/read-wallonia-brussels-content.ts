import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type LocalizedTextValue } from '../../schema/wallonia-brussels';

/** The network's content as extracted from the source documents, kept in the project (db/seed/content). */
export const CONTENT_DIR = path.resolve(__dirname, '..', '..', '..', 'seed', 'content');
export const CONTENT_FILES = { level: 'wallonia-brussels.json', namedItems: 'named-items.json' } as const;

/** How named-items.json calls this level. */
export const NAMED_ITEMS_LEVEL = 'wallonia-brussels';

export type ContentSource = {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  language: string | null;
};

type Sourced = { id: string; sourceIds: string[] };

export type ContentOrganisation = Sourced & {
  name: LocalizedTextValue;
  acronym: string | null;
  type: string;
  website: string | null;
  functionalContact: { email: string | null; phone: string | null } | null;
  description: LocalizedTextValue;
  alsoKnownAs?: string[];
  established?: string;
  since?: string;
  parentOrganisationId?: string;
  municipality?: { nis: string };
  relayOfOrganisationId?: string;
};

export type ContentOffer = Sourced & {
  organisationId: string;
  title: LocalizedTextValue;
  kind: string;
  sessions: number | null;
  audience: string[] | null;
  languages: string[] | null;
  howToRequest: LocalizedTextValue | null;
  contactChannel: { email: string | null; phone: string | null } | null;
  description: LocalizedTextValue;
  since?: string;
  documentId?: string;
  legalBasisDocumentId?: string;
  sectors?: LocalizedTextValue[];
  territory?: LocalizedTextValue[];
  topics?: LocalizedTextValue[];
  partnerOrganisationIds?: string[];
};

export type ContentEvent = Sourced & {
  title: LocalizedTextValue;
  kind: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
  venue: { name: string | null; address: string | null; city: string | null; nis: string | null } | null;
  language: string | null;
  speakers: Array<{ name: string; affiliation?: string | null }>;
  organiserIds: string[];
  registration: string | null;
  description: LocalizedTextValue;
  documentId?: string;
  relatedProjectId?: string;
  statusNote?: string;
};

export type ContentProject = Sourced & {
  name: string;
  acronym: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  funding: string | null;
  leadOrganisationId: string | null;
  partners: Array<{ organisationId?: string; nis?: string }>;
  description: LocalizedTextValue;
  audience?: string[];
  plannedOutput?: LocalizedTextValue;
};

export type ContentDocument = Sourced & {
  title: LocalizedTextValue;
  type: string;
  date: string | null;
  issuingAuthority: string | null;
  reference: string | null;
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

export type NamedItem = { level: string; collection: string; id: string; label: string; sourceId: string };

export type ReadContent = {
  content: WalloniaBrusselsContent;
  /** This level's named items (named-items.json filtered on the level). */
  namedItems: NamedItem[];
  /** Raw file contents, for the seed checksum. */
  rawInputs: Buffer[];
};

function readJson(file: string): { raw: Buffer; value: unknown } {
  const raw = readFileSync(path.join(CONTENT_DIR, file));
  return { raw, value: JSON.parse(raw.toString('utf8')) };
}

/** Reads this level's content and named items; throws when a record points at a source that is not listed. */
export function readWalloniaBrusselsContent(): ReadContent {
  const level = readJson(CONTENT_FILES.level);
  const named = readJson(CONTENT_FILES.namedItems);
  const content = level.value as WalloniaBrusselsContent;
  const namedItems = (named.value as NamedItem[]).filter((item) => item.level === NAMED_ITEMS_LEVEL);
  const sourceIds = new Set(content.sources.map((source) => source.id));
  for (const collection of ['organisations', 'offers', 'events', 'projects', 'documents'] as const) {
    for (const record of content[collection]) {
      const unknown = record.sourceIds.filter((id) => !sourceIds.has(id));
      if (record.sourceIds.length === 0 || unknown.length > 0) {
        throw new Error(`${CONTENT_FILES.level}: ${collection} ${record.id} cites unknown or no sources (${unknown.join(', ')})`);
      }
    }
  }
  return { content, namedItems, rawInputs: [level.raw, named.raw] };
}
