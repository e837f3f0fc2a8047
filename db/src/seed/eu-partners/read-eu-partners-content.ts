import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type LocalizedTextValue } from '../../schema/eu-partners';
import { REFERENCE_DIR, REFERENCE_FILES } from '../municipalities/read-belgian-reference-data';

/** The project's extracted seed content (db/seed/content), read at run time so a change re-seeds. */
export const CONTENT_DIR = path.resolve(__dirname, '..', '..', '..', 'seed', 'content');

export const CONTENT_FILES = { euPartners: 'eu-partners.json', namedItems: 'named-items.json' } as const;

export type ContentSource = {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  language: string | null;
};

export type ContentOrganisation = {
  id: string;
  name: LocalizedTextValue;
  acronym: string | null;
  type: string;
  level: string;
  website: string | null;
  functionalContact: { email: string | null; phone: string | null };
  description: LocalizedTextValue;
  alsoKnownAs?: string[];
  memberCount?: { approximately: number; unit: string };
  belgianRelayOrganisationId?: string;
  founded?: string;
  since?: string;
  succeededBy?: { organisationId: string; year: number };
  predecessorOrganisationId?: string;
  legalBasisDocumentId?: string;
  hostInstitution?: string;
  parentOrganisationId?: string;
  levelNote?: string;
  sourceIds: string[];
};

export type ContentSpeaker = { name: string | null; title?: string; affiliation: string | null; role?: string; note?: string };

export type ContentEvent = {
  id: string;
  title: LocalizedTextValue;
  subtitle?: string;
  kind: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
  venue: {
    name: string | null;
    address: string | null;
    city: string | null;
    postalCode?: string;
    nis: string | null;
    nisDerivedFrom?: string;
    online?: boolean;
  };
  language: string | null;
  languagesOfSeries?: string[];
  speakers: ContentSpeaker[];
  organiserIds: string[];
  relatedOrganisationIds?: string[];
  registration: string | null;
  registrationDeadline?: string;
  free?: boolean;
  format?: string;
  interpretation?: boolean;
  audience?: string[];
  description: LocalizedTextValue;
  seriesId?: string;
  projectId?: string;
  timeNote?: string;
  languageNote?: string;
  organiserNote?: string;
  descriptionAttributionNote?: string;
  sourceIds: string[];
};

export type ContentProjectPartner = { name: string; organisationId: string | null; nis: string | null; role?: string };

export type ContentProject = {
  id: string;
  name: string;
  acronym: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  funding: string | null;
  fundingProgramme?: string;
  grantNumber?: string;
  leadOrganisationId: string | null;
  funderOrganisationId?: string;
  partners: ContentProjectPartner[];
  description: LocalizedTextValue;
  periodNote?: string;
  partnerNote?: string;
  leadNote?: string;
  eventIds?: string[];
  finalConferenceEventIds?: string[];
  sourceIds: string[];
};

export type ContentDocument = {
  id: string;
  title: LocalizedTextValue;
  type: string;
  date: string | null;
  issuingAuthority: string;
  reference: string | null;
  description: LocalizedTextValue;
  dateNote?: string;
  typeNote?: string;
  sourceIds: string[];
};

export type ContentWorkingGroup = {
  id: string;
  organisationId: string;
  name: LocalizedTextValue;
  code: string | null;
  expansion: string | null;
  rhythm: string | null;
  description: LocalizedTextValue;
  listNote?: string;
  sourceIds: string[];
};

export type ContentEventSeries = {
  id: string;
  name: LocalizedTextValue;
  organiserIds: string[];
  period?: string;
  rhythm?: string;
  place?: string;
  language?: string;
  languages?: string[];
  interpretation?: boolean;
  eventIds: string[];
  description?: LocalizedTextValue;
  projectId?: string;
  note?: string;
  venueNote?: string;
  sourceIds: string[];
};

/** A Belgian authority the sources link to Efus: `efusMemberCities` (named members) or `efusBelgianProjectPartners`. */
export type ContentEfusMember = {
  name: string;
  nis: string | null;
  organisationId?: string;
  projectIds?: string[];
  sourceIds: string[];
};

export type EuPartnersContent = {
  sources: ContentSource[];
  organisations: ContentOrganisation[];
  offers: unknown[];
  events: ContentEvent[];
  projects: ContentProject[];
  documents: ContentDocument[];
  workingGroups: ContentWorkingGroup[];
  intervisionCircles: unknown[];
  regionalPlatforms: unknown[];
  other: {
    efusMemberCities: ContentEfusMember[];
    efusMemberCitiesNote?: string;
    efusBelgianProjectPartners: ContentEfusMember[];
    eventSeries: ContentEventSeries[];
  };
};

/** One entry of named-items.json: an item the source documents name, with the level that owns it. */
export type NamedItem = { level: string; collection: string; id: string; label: string; sourceId: string };

/** Province (NIS, null in Brussels) and region (NIS) of a 2025 municipality, from Statbel's table. */
export type MunicipalityTerritory = { provinceNis: string | null; regionNis: string };

export type EuPartnersSeedInput = {
  content: EuPartnersContent;
  namedItems: NamedItem[];
  territories: Map<string, MunicipalityTerritory>;
  /** Raw file contents, for the seed checksum. */
  rawInputs: Buffer[];
};

function readTerritories(csv: string): Map<string, MunicipalityTerritory> {
  const [header, ...rows] = csv.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = header?.split(',') ?? [];
  const column = (name: string) => {
    const index = columns.indexOf(name);
    if (index < 0) throw new Error(`${REFERENCE_FILES.municipalities}: missing column ${name}`);
    return index;
  };
  const [nis, province, region] = [column('nis_code'), column('province_nis'), column('region_nis')];
  return new Map(
    rows.map((row) => {
      // Names contain no commas in this file; its SOURCE.md describes a plain comma-separated table.
      const cells = row.split(',');
      return [cells[nis] ?? '', { provinceNis: cells[province] || null, regionNis: cells[region] ?? '' }];
    }),
  );
}

/** Reads the EU partners' content, the named items and the 2025 municipality table the seed checks NIS codes against. */
export function readEuPartnersContent(): EuPartnersSeedInput {
  const euPartners = readFileSync(path.join(CONTENT_DIR, CONTENT_FILES.euPartners));
  const namedItems = readFileSync(path.join(CONTENT_DIR, CONTENT_FILES.namedItems));
  const municipalities = readFileSync(path.join(REFERENCE_DIR, REFERENCE_FILES.municipalities));
  return {
    content: JSON.parse(euPartners.toString('utf8')) as EuPartnersContent,
    namedItems: JSON.parse(namedItems.toString('utf8')) as NamedItem[],
    territories: readTerritories(municipalities.toString('utf8')),
    rawInputs: [euPartners, namedItems, municipalities],
  };
}
