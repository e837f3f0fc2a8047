import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type LocalizedTextValue } from '../../schema/flanders';

/** The curated content files, extracted from the source documents; read from the project at run time. */
export const CONTENT_DIR = path.resolve(__dirname, '..', '..', '..', 'seed', 'content');
export const REFERENCE_CSV = path.resolve(__dirname, '..', '..', '..', 'reference', 'belgium', 'municipalities_2025.csv');

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

type Sourced = { id: string; sourceIds: string[] } & Record<string, unknown>;

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

export type ContentEvent = Sourced & {
  title: LocalizedTextValue;
  kind: string;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  venue: { name: string | null; address: string | null; city: string | null; nis: string | null };
  language: string | null;
  speakers: Array<{ name: string; affiliation: string | null }>;
  organiserIds: string[];
  registration: string | null;
  description: LocalizedTextValue | null;
  documentId?: string;
};

export type ContentProject = Sourced & {
  name: string;
  acronym: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  funding: string | null;
  leadOrganisationId: string | null;
  partners: Array<{ name: string; organisationId: string | null; nis: string | null; role: string | null }>;
  description: LocalizedTextValue | null;
  outputs?: string[];
};

export type ContentDocument = Sourced & {
  title: LocalizedTextValue;
  type: string;
  date: string | null;
  issuingAuthority: string | null;
  reference: string | null;
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

/** One entry of named-items.json: an item a source names, with the label it uses. */
export type NamedItem = { level: string; collection: string; id: string; label: string; sourceId: string };

/** A 2025 municipality of the Flemish Region, from the project's Statbel table. */
export type FlemishMunicipality = { nis: string; nameNl: string; arrondissementNis: string; provinceNis: string };

export type FlandersInputs = {
  content: FlandersContent;
  namedItems: NamedItem[];
  municipalities: FlemishMunicipality[];
  /** The raw bytes of every input, for the seed checksum. */
  rawInputs: Buffer[];
};

function readMunicipalities(csv: string): FlemishMunicipality[] {
  const [header = '', ...rows] = csv.trim().split(/\r?\n/);
  const columns = header.split(',');
  const column = (name: string) => {
    const index = columns.indexOf(name);
    if (index < 0) throw new Error(`${REFERENCE_CSV}: missing column ${name}`);
    return index;
  };
  const [nis, nameNl, arrondissement, province, region] = ['nis_code', 'name_nl', 'arrondissement_nis', 'province_nis', 'region_nis'].map(column) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return rows
    .map((row) => row.split(','))
    .filter((cells) => cells[region] === '02000')
    .map((cells) => ({
      nis: cells[nis] as string,
      nameNl: cells[nameNl] as string,
      arrondissementNis: cells[arrondissement] as string,
      provinceNis: cells[province] as string,
    }));
}

/** Reads the Flemish content, the named items of the Flemish level and the Flemish municipalities of 2025. */
export function readFlandersInputs(): FlandersInputs {
  const rawInputs = [
    readFileSync(path.join(CONTENT_DIR, 'flanders.json')),
    readFileSync(path.join(CONTENT_DIR, 'named-items.json')),
    readFileSync(REFERENCE_CSV),
  ];
  const [content, named, csv] = rawInputs.map((buffer) => buffer.toString('utf8')) as [string, string, string];
  const municipalities = readMunicipalities(csv);
  if (municipalities.length !== 285) throw new Error(`Expected 285 Flemish municipalities in ${REFERENCE_CSV}, found ${municipalities.length}`);
  return {
    content: JSON.parse(content) as FlandersContent,
    namedItems: (JSON.parse(named) as NamedItem[]).filter((item) => item.level === 'flanders'),
    municipalities,
    rawInputs,
  };
}
