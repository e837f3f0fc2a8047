import { type LocalizedTextValue } from '../../schema/flanders';
import {
  type ContentDocumentFields,
  type ContentEventFields,
  type ContentProjectFields,
  type ContentVenue,
  type NamedItem,
  readContentFile,
  readNamedItems,
  readStatbelMunicipalities,
  type SourcedRecord,
} from '../content/read-seed-content';

export type { NamedItem };

/** This level's content file in db/seed/content. */
export const CONTENT_FILE = 'flanders.json';

type Contact = {
  email?: string | null;
  phone?: string | null;
  otherPhones?: string[];
  contactForm?: string;
  form?: string;
  registrationForm?: string;
  website?: string;
} | null;

export type ContentSource = {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  language: string;
  file: string;
};

type Sourced = SourcedRecord & Record<string, unknown>;

export type ContentOrganisation = Sourced & {
  name: LocalizedTextValue;
  acronym: string | null;
  type: string;
  level: string;
  website: string | null;
  functionalContact: Contact;
  description: LocalizedTextValue | null;
  alsoKnownAs?: string[];
  team?: string;
  parentName?: string;
  radicalisationSupportSince?: string;
  offerAvailableFrom?: string;
  expertPoolId?: string;
  free?: boolean;
  product?: string;
};

export type ContentOffer = Sourced & {
  organisationId: string;
  title: LocalizedTextValue;
  kind: string;
  sessions: number | null;
  durationHours?: number;
  audience: string[];
  languages: string[] | null;
  howToRequest: LocalizedTextValue | null;
  availability: string | null;
  availabilityText?: string;
  contactChannel: Contact;
  description: LocalizedTextValue | null;
  topics?: LocalizedTextValue[];
  formats?: string[];
  format?: string[];
  modes?: string[];
  free?: boolean;
  expertPoolId?: string;
  availableFrom?: string;
  projectId?: string;
  product?: string;
};

export type ContentEvent = Sourced & ContentEventFields<LocalizedTextValue> & {
  date: string | null;
  venue: ContentVenue;
  speakers: Array<{ name: string; affiliation: string | null }>;
  description: LocalizedTextValue | null;
  documentId?: string;
};

export type ContentProject = Sourced & ContentProjectFields & {
  partners: Array<{ name: string; organisationId: string | null; nis: string | null; role: string | null }>;
  description: LocalizedTextValue | null;
  outputs?: string[];
};

export type ContentDocument = Sourced & ContentDocumentFields<LocalizedTextValue> & {
  issuingAuthority: string | null;
  description: LocalizedTextValue | null;
  authors?: Array<{ name: string; affiliation: string | null }>;
  findings?: LocalizedTextValue[];
  partnerOrganisationIds?: string[];
  presentedAtEventId?: string;
  effectiveFrom?: string;
  alsoKnownAs?: string[];
};

export type ContentNetwork = Sourced & {
  organisationId: string;
  name: LocalizedTextValue;
  kind?: string;
  audience?: string[];
  timesPerYear?: number | null;
  onRequestOfLocalGovernments?: boolean;
  provinceCount?: number;
  provinces?: string[] | null;
  description: LocalizedTextValue | null;
};

type Named = { id: string; order: number; name: LocalizedTextValue; sourceIds: string[] };

export type FlandersContent = {
  sources: ContentSource[];
  organisations: ContentOrganisation[];
  offers: ContentOffer[];
  events: ContentEvent[];
  projects: ContentProject[];
  documents: ContentDocument[];
  workingGroups: ContentNetwork[];
  intervisionCircles: ContentNetwork[];
  regionalPlatforms: ContentNetwork[];
  other: {
    helpdeskFigures: Array<{ id: string; offerId: string; year: number; questions: number; localGovernments: number; sourceIds: string[] }>;
    coachingFigures: Array<{ offerId: string; trajectories: number; municipalities: number; emmascanMonitoredLivcR: number; sourceIds: string[] }>;
    coachingTracks: Named[];
    emmascanModules: Named[];
    expertPool: {
      organisationId: string;
      free: boolean;
      members: Array<{ organisationId: string; listedAs: string; offerLabel: string | null }>;
    };
    livcrEvaluation: {
      coachingFindings: LocalizedTextValue[];
      broadeningFinality: LocalizedTextValue[];
      futureProofAnalysisDocumentId: string;
      sourceIds: string[];
    };
    riskReductionNeeds: Array<{ heading: LocalizedTextValue; points: LocalizedTextValue[]; sourceIds: string[] }>;
  };
};

/** A 2025 municipality of the Flemish Region, from the project's Statbel table. */
export type FlemishMunicipality = { nis: string; nameNl: string; arrondissementNis: string; provinceNis: string };

export type FlandersInputs = {
  content: FlandersContent;
  namedItems: NamedItem[];
  municipalities: FlemishMunicipality[];
  /** The raw bytes of every input, for the seed checksum. */
  rawInputs: Buffer[];
};

/** Reads the Flemish content, the named items of the Flemish level and the Flemish municipalities of 2025. */
export function readFlandersInputs(): FlandersInputs {
  const content = readContentFile<FlandersContent>(CONTENT_FILE);
  const named = readNamedItems();
  const statbel = readStatbelMunicipalities();
  const municipalities = statbel.rows
    .filter((row) => row.region_nis === '02000')
    .map((row) => ({ nis: row.nis_code, nameNl: row.name_nl, arrondissementNis: row.arrondissement_nis, provinceNis: row.province_nis }));
  if (municipalities.length !== 285) throw new Error(`Expected 285 Flemish municipalities in municipalities_2025.csv, found ${municipalities.length}`);
  return {
    content: content.value,
    namedItems: named.value.filter((item) => item.level === 'flanders'),
    municipalities,
    rawInputs: [content.raw, named.raw, statbel.raw],
  };
}
