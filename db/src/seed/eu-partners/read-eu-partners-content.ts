import { type LocalizedTextValue } from '../../schema/eu-partners';
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
  readStatbelMunicipalities,
} from '../content/read-seed-content';

export type { ContentSource, NamedItem };

/** This level's content file in db/seed/content. */
export const CONTENT_FILE = 'eu-partners.json';

export type ContentOrganisation = {
  id: string;
  name: LocalizedTextValue;
  acronym: string | null;
  type: string;
  level: string;
  website: string | null;
  functionalContact: ContentFunctionalContact;
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

export type ContentEvent = ContentEventFields<LocalizedTextValue> & {
  subtitle?: string;
  date: string;
  venue: ContentVenue & { postalCode?: string; nisDerivedFrom?: string; online?: boolean };
  languagesOfSeries?: string[];
  speakers: ContentSpeaker[];
  relatedOrganisationIds?: string[];
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
};

export type ContentProjectPartner = { name: string; organisationId: string | null; nis: string | null; role?: string };

export type ContentProject = ContentProjectFields & {
  fundingProgramme?: string;
  grantNumber?: string;
  funderOrganisationId?: string;
  partners: ContentProjectPartner[];
  description: LocalizedTextValue;
  periodNote?: string;
  partnerNote?: string;
  leadNote?: string;
  eventIds?: string[];
  finalConferenceEventIds?: string[];
};

export type ContentDocument = ContentDocumentFields<LocalizedTextValue> & {
  issuingAuthority: string;
  description: LocalizedTextValue;
  dateNote?: string;
  typeNote?: string;
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

/** A 2025 municipality with its province (NIS, null in Brussels) and region (NIS), from Statbel's table. */
export type MunicipalityTerritory = { nis: string; provinceNis: string | null; regionNis: string };

export type EuPartnersSeedInput = {
  content: EuPartnersContent;
  namedItems: NamedItem[];
  territories: MunicipalityTerritory[];
  /** Raw file contents, for the seed checksum. */
  rawInputs: Buffer[];
};

/** Reads the EU partners' content, the named items and the 2025 municipality table the seed checks NIS codes against. */
export function readEuPartnersContent(): EuPartnersSeedInput {
  const euPartners = readContentFile<EuPartnersContent>(CONTENT_FILE);
  const namedItems = readNamedItems();
  const municipalities = readStatbelMunicipalities();
  return {
    content: euPartners.value,
    namedItems: namedItems.value,
    territories: municipalities.rows.map((row) => ({ nis: row.nis_code, provinceNis: row.province_nis || null, regionNis: row.region_nis })),
    rawInputs: [euPartners.raw, namedItems.raw, municipalities.raw],
  };
}
