import { type Database } from '../../client';
import {
  csilrSupport,
  documents,
  eventOrganisers,
  events,
  type LocalizedTextValue,
  offers,
  organisations,
  preventionGuidance,
  projects,
  seedState,
  sources,
} from '../../schema/wallonia-brussels';
import { createMunicipalityLookup, createSourceLookup, parsePartialDate, toSourceRows } from '../content/read-seed-content';
import { readBelgianReferenceData } from '../municipalities/read-belgian-reference-data';
import { foldForSearch } from '../../fold-for-search';
import { eventOrganiserRows } from '../event-organiser-rows';
import { runSeedOnce, type SeedOptions } from '../run-seed-once';
import { CSILR_OBSERVATION, CSILR_SAMPLE_SOURCE, generateCsilrSupport } from './generate-csilr-support';
import { readMunicipalityTerritory } from './read-municipality-territory';
import { type ContentSource, readWalloniaBrusselsContent } from './read-wallonia-brussels-content';

/** Bump when the seed's own logic changes, so existing databases are re-seeded. */
const SEED_VERSION = 'wallonia-brussels-seed-v4';
/** How error messages name this seed. */
const SEED = 'wallonia-brussels seed';

type Region = 'BRUSSELS' | 'WALLONIA' | 'FLANDERS';
type Level = 'NATIONAL' | 'COMMUNITY' | 'REGIONAL' | 'MUNICIPAL';

/**
 * Where each organisation sits: the content file files them all under this hub level, so the level of
 * government and the regions they work in are set here, from the sources' own descriptions.
 */
const ORGANISATION_PLACES: Record<string, { level: Level; regions: Region[] }> = {
  bpv: { level: 'REGIONAL', regions: ['BRUSSELS'] },
  bravvo: { level: 'MUNICIPAL', regions: ['BRUSSELS'] },
  'bravvo-cell-pre-rad': { level: 'MUNICIPAL', regions: ['BRUSSELS'] },
  caprev: { level: 'COMMUNITY', regions: ['WALLONIA', 'BRUSSELS'] },
  'federatie-wallonie-brussel': { level: 'COMMUNITY', regions: ['WALLONIA', 'BRUSSELS'] },
  'fwb-dg-personeelszaken-opleiding': { level: 'COMMUNITY', regions: ['WALLONIA', 'BRUSSELS'] },
  'walloon-region': { level: 'REGIONAL', regions: ['WALLONIA'] },
  'waalse-overheidsdienst': { level: 'REGIONAL', regions: ['WALLONIA'] },
  'spw-dgo-plaatselijke-overheden-sociale-actie-gezondheid': { level: 'REGIONAL', regions: ['WALLONIA'] },
  'parlement-de-wallonie': { level: 'REGIONAL', regions: ['WALLONIA'] },
  'regering-brussels-hoofdstedelijk-gewest': { level: 'REGIONAL', regions: ['BRUSSELS'] },
  'ocmw-brussel': { level: 'MUNICIPAL', regions: ['BRUSSELS'] },
  bfpvs: { level: 'NATIONAL', regions: ['BRUSSELS', 'FLANDERS', 'WALLONIA'] },
};

/** BPV's guidance reaches beyond its organisation's region: Brussels and the Vlaamse Rand (seed-000). */
const OFFER_REGIONS: Record<string, Region[]> = { 'bpv-handvatten-sectoren': ['BRUSSELS', 'FLANDERS'] };

/**
 * When each source was observed: the web pages are undated, so the latest date they report as past is used;
 * the project brief describes the 2025 situation.
 */
const SOURCE_REFERENCE_DATES: Record<string, string> = {
  'seed-000': '2020-04-22', // lists the LOUD webinar of 22/4/2020 among previous webinars
  'seed-002': '2016-02-17', // its latest dated item: the Flemish government's note of 17/02/16
  'domain-brief': '2025-01-01',
};

/** Sources published by an organisation of this level: records about that organisation's own work cite it as ORGANISATION. */
const SOURCE_PUBLISHER_ORGANISATIONS: Record<string, string> = { 'seed-000': 'bfpvs', 'seed-002': 'bfpvs' };

/** The Flemish government's Vlaamse Rand: the 19 municipalities around Brussels, 2025 NIS codes. */
export const VLAAMSE_RAND_NIS = [
  '23002', '23003', '23016', '23025', '23033', '23047', '23050', '23052', '23062', '23077',
  '23088', '23094', '23098', '23099', '23100', '23101', '23102', '23103', '24104',
] as const;
const GUIDANCE_OFFER_ID = 'bpv-handvatten-sectoren';
const GUIDANCE_DOCUMENT_ID = 'bpv-handvatten';
const GUIDANCE_SOURCE_ID = 'seed-000';

const OFFER_KINDS = new Set(['TRAINING', 'HELPDESK', 'TRAJECTORY', 'INTERVISION', 'CONSULTATION', 'URGENT_INTERVENTION', 'MONITORING_TOOL', 'GUIDANCE', 'POLICY_SUPPORT', 'OTHER']);
const EVENT_KINDS = new Set(['MEETING', 'COLLOQUIUM', 'STUDY_DAY', 'WEBINAR', 'TRAINING', 'OTHER']);
const DOCUMENT_TYPES = new Set(['PLAN', 'CIRCULAR', 'GUIDE', 'REPORT', 'ARTICLE', 'VIDEO', 'LAW', 'OTHER']);
const ORGANISATION_TYPES = new Set(['GOVERNMENT', 'GOVERNMENT_DEPARTMENT', 'PARLIAMENT', 'REGIONAL_BODY', 'MUNICIPAL_SERVICE', 'NGO']);

function checked(value: string, allowed: ReadonlySet<string>, what: string): string {
  if (!allowed.has(value)) throw new Error(`wallonia-brussels seed: unknown ${what} ${value}`);
  return value;
}

/** The text in the first language present, for sorting and search: Dutch, French, English, German. */
function firstText(text: LocalizedTextValue): string {
  const value = text.nl ?? text.fr ?? text.en ?? text.de;
  if (!value) throw new Error(`wallonia-brussels seed: a text has no language: ${JSON.stringify(text)}`);
  return value;
}

function allTexts(...texts: Array<LocalizedTextValue | null | undefined>): string[] {
  return texts.flatMap((text) => (text ? Object.values(text).filter((value): value is string => Boolean(value)) : []));
}

/** A source's date as the first and last day it designates; null when the source gives none. */
const partialDateOrNull = (text: string | null) => (text === null ? null : parsePartialDate(text, SEED));

type Referencing = {
  organisationRows: Array<{ id: string; parentOrganisationId: string | null }>;
  offerRows: Array<{ id: string; organisationId: string; documentId: string | null; legalBasisDocumentId: string | null }>;
  eventRows: Array<{ id: string; organiserIds: string[]; documentId: string | null; projectId: string | null }>;
  projectRows: Array<{ id: string; leadOrganisationId: string | null; partnerOrganisationIds: string[] }>;
  documentRows: Array<{ id: string; relatedDocumentIds: string[] }>;
  guidanceRows: Array<{ municipalityNis: string; offerId: string; documentId: string }>;
  csilrRows: Array<{ municipalityNis: string; offerId: string; legalBasisDocumentId: string }>;
};

/** Every id a record points at within this level must exist: the resolvers rely on it. */
function checkReferences(rows: Referencing): void {
  const ids = (list: Array<{ id: string }>) => new Set(list.map((row) => row.id));
  const organisationIds = ids(rows.organisationRows);
  const offerIds = ids(rows.offerRows);
  const projectIds = ids(rows.projectRows);
  const documentIds = ids(rows.documentRows);
  const problems: string[] = [];
  const expect = (from: string, targets: ReadonlySet<string>, what: string, values: Array<string | null>) => {
    for (const value of values) if (value !== null && !targets.has(value)) problems.push(`${from} points at unknown ${what} ${value}`);
  };
  for (const row of rows.organisationRows) expect(`organisation ${row.id}`, organisationIds, 'organisation', [row.parentOrganisationId]);
  for (const row of rows.offerRows) {
    expect(`offer ${row.id}`, organisationIds, 'organisation', [row.organisationId]);
    expect(`offer ${row.id}`, documentIds, 'document', [row.documentId, row.legalBasisDocumentId]);
  }
  for (const row of rows.eventRows) {
    expect(`event ${row.id}`, organisationIds, 'organiser', row.organiserIds);
    expect(`event ${row.id}`, documentIds, 'document', [row.documentId]);
    expect(`event ${row.id}`, projectIds, 'project', [row.projectId]);
  }
  for (const row of rows.projectRows) expect(`project ${row.id}`, organisationIds, 'organisation', [row.leadOrganisationId, ...row.partnerOrganisationIds]);
  for (const row of rows.documentRows) expect(`document ${row.id}`, documentIds, 'document', row.relatedDocumentIds);
  for (const row of [...rows.guidanceRows, ...rows.csilrRows]) {
    expect(`municipality record ${row.municipalityNis}`, offerIds, 'offer', [row.offerId]);
    expect(`municipality record ${row.municipalityNis}`, documentIds, 'document', ['documentId' in row ? row.documentId : row.legalBasisDocumentId]);
  }
  if (problems.length > 0) throw new Error(`wallonia-brussels seed: broken references:\n  ${problems.join('\n  ')}`);
}

/**
 * Loads the Wallonia-Brussels level from db/seed/content: the organisations, offers, events, projects and
 * documents the sources name (with their sources and the name the named-items list cites them by), BPV's
 * guidance per Brussels and Vlaamse Rand municipality, and the generated CSIL-R support sample. Idempotent.
 */
export async function seedWalloniaBrussels(db: Database, options: SeedOptions = {}): Promise<'applied' | 'unchanged'> {
  const { content, namedItems, rawInputs } = readWalloniaBrusselsContent();
  const territory = readMunicipalityTerritory();
  // The cells come from the municipalities level's SAMPLE generator, a pure function of the reference files
  // (generate-csilr-support.ts): the generated rows are among the inputs, so a change to that generator re-seeds.
  const generatedSupport = generateCsilrSupport(readBelgianReferenceData());
  return runSeedOnce(db, {
    ...options,
    table: seedState,
    dataset: 'wallonia-brussels-content',
    inputs: [SEED_VERSION, ...rawInputs, territory.raw, JSON.stringify(generatedSupport)],
    apply: async ({ replaceRows }) => {
      const sourceLookup = createSourceLookup({ sources: content.sources, referenceDates: SOURCE_REFERENCE_DATES, where: SEED });
      const citedAs = new Map(namedItems.map((item) => [`${item.collection}:${item.id}`, item.label]));
      const ownOrganisationIds = new Set(content.organisations.map((organisation) => organisation.id));
      const municipalityOf = createMunicipalityLookup(territory.municipalities, SEED);
      const nisOrNull = (nis: string | null | undefined) => (nis ? municipalityOf(nis).nis : null);

      const citationOf = (source: ContentSource) => (source.publisher ? `${source.title} — ${source.publisher}` : source.title);
      const referenceDateOf = sourceLookup.referenceDate;
      /** The record's provenance is its first source; ORGANISATION when that source is the record owner's own publication. */
      const provenanceOf = (sourceIds: string[], owners: readonly (string | null | undefined)[], factDate?: string | null) => {
        const [first = ''] = sourceIds;
        const source = sourceLookup.source(first);
        const publisher = SOURCE_PUBLISHER_ORGANISATIONS[first];
        return {
          source: citationOf(source),
          sourceKind: publisher && owners.includes(publisher) ? 'ORGANISATION' : 'PUBLICATION',
          sourceUrl: source.url,
          referenceDate: factDate ?? referenceDateOf(first),
        };
      };
      const organisationRegions = new Map<string, Region[]>();

      const sourceRows = toSourceRows(content.sources, citationOf, referenceDateOf);

      const organisationRows = content.organisations.map((organisation) => {
        const place = ORGANISATION_PLACES[organisation.id];
        if (!place) throw new Error(`wallonia-brussels seed: no level and regions set for organisation ${organisation.id}`);
        organisationRegions.set(organisation.id, place.regions);
        return {
          id: organisation.id,
          name: organisation.name,
          sortName: foldForSearch(firstText(organisation.name)),
          acronym: organisation.acronym,
          alsoKnownAs: organisation.alsoKnownAs ?? [],
          citedAs: citedAs.get(`organisations:${organisation.id}`) ?? null,
          type: checked(organisation.type, ORGANISATION_TYPES, 'organisation type'),
          level: place.level,
          regions: place.regions,
          website: organisation.website,
          email: organisation.functionalContact?.email ?? null,
          phone: organisation.functionalContact?.phone ?? null,
          description: organisation.description,
          since: organisation.established ?? organisation.since ?? null,
          parentOrganisationId: organisation.parentOrganisationId ?? null,
          municipalityNis: nisOrNull(organisation.municipality?.nis),
          relayOfEuOrganisationId: organisation.relayOfOrganisationId ?? null,
          sourceIds: organisation.sourceIds,
          searchText: foldForSearch(
            ...allTexts(organisation.name, organisation.description),
            organisation.acronym,
            citedAs.get(`organisations:${organisation.id}`) ?? null,
            ...(organisation.alsoKnownAs ?? []),
          ),
          ...provenanceOf(organisation.sourceIds, [organisation.id]),
        };
      });

      const offerRows = content.offers.map((offer) => {
        const partners = offer.partnerOrganisationIds ?? [];
        const regions = OFFER_REGIONS[offer.id] ?? organisationRegions.get(offer.organisationId);
        if (!regions) throw new Error(`wallonia-brussels seed: offer ${offer.id} of unknown organisation ${offer.organisationId}`);
        return {
          id: offer.id,
          organisationId: offer.organisationId,
          title: offer.title,
          sortTitle: foldForSearch(firstText(offer.title)),
          citedAs: citedAs.get(`offers:${offer.id}`) ?? null,
          kind: checked(offer.kind, OFFER_KINDS, 'offer kind'),
          sessions: offer.sessions,
          audience: offer.audience ?? [],
          languages: offer.languages ?? [],
          howToRequest: offer.howToRequest,
          email: offer.contactChannel?.email ?? null,
          phone: offer.contactChannel?.phone ?? null,
          description: offer.description,
          since: offer.since ?? null,
          sectors: offer.sectors ?? [],
          territory: offer.territory ?? [],
          topics: offer.topics ?? [],
          regions,
          documentId: offer.documentId ?? null,
          legalBasisDocumentId: offer.legalBasisDocumentId ?? null,
          // Partners not of this level are the Flemish government, VGC and VVSG, owned by the flanders subgraph.
          partnerFlandersOrganisationIds: partners.filter((id) => !ownOrganisationIds.has(id)),
          sourceIds: offer.sourceIds,
          searchText: foldForSearch(
            ...allTexts(offer.title, offer.description, ...(offer.sectors ?? []), ...(offer.topics ?? [])),
            ...(offer.audience ?? []),
            citedAs.get(`offers:${offer.id}`) ?? null,
          ),
          ...provenanceOf(offer.sourceIds, [offer.organisationId]),
        };
      });

      const eventRows = content.events.map((event) => ({
        id: event.id,
        title: event.title,
        citedAs: citedAs.get(`events:${event.id}`) ?? null,
        kind: checked(event.kind, EVENT_KINDS, 'event kind'),
        date: event.date,
        startTime: event.startTime,
        endTime: event.endTime,
        venueName: event.venue?.name ?? null,
        venueAddress: event.venue?.address ?? null,
        venueCity: event.venue?.city ?? null,
        venueMunicipalityNis: nisOrNull(event.venue?.nis),
        language: event.language,
        speakers: event.speakers.map((speaker) => ({ name: speaker.name, affiliation: speaker.affiliation ?? null })),
        organiserIds: event.organiserIds,
        registration: event.registration,
        description: event.description,
        documentId: event.documentId ?? null,
        projectId: event.relatedProjectId ?? null,
        statusNote: event.statusNote ?? null,
        sourceIds: event.sourceIds,
        searchText: foldForSearch(...allTexts(event.title, event.description), citedAs.get(`events:${event.id}`) ?? null),
        ...provenanceOf(event.sourceIds, event.organiserIds, event.date),
      }));

      const projectRows = content.projects.map((project) => {
        const start = partialDateOrNull(project.periodStart);
        const end = partialDateOrNull(project.periodEnd);
        const name: LocalizedTextValue = { nl: project.name };
        return {
          id: project.id,
          name,
          sortName: foldForSearch(project.name),
          citedAs: citedAs.get(`projects:${project.id}`) ?? null,
          acronym: project.acronym,
          startsOn: start?.from ?? null,
          startPrecision: start?.precision ?? null,
          endsOn: end?.to ?? null,
          endPrecision: end?.precision ?? null,
          funding: project.funding,
          leadOrganisationId: project.leadOrganisationId,
          partnerOrganisationIds: project.partners.flatMap((partner) => (partner.organisationId ? [partner.organisationId] : [])),
          partnerMunicipalityNis: project.partners.flatMap((partner) => (partner.nis ? [nisOrNull(partner.nis) as string] : [])),
          audience: project.audience ?? [],
          plannedOutput: project.plannedOutput ?? null,
          description: project.description,
          sourceIds: project.sourceIds,
          searchText: foldForSearch(project.name, project.acronym, ...allTexts(project.description), citedAs.get(`projects:${project.id}`) ?? null),
          ...provenanceOf(project.sourceIds, [project.leadOrganisationId]),
        };
      });

      const documentRows = content.documents.map((document) => {
        const issued = partialDateOrNull(document.date);
        const authors = [...(document.authorOrganisationIds ?? []), ...(document.authorOrganisationId ? [document.authorOrganisationId] : [])];
        return {
          id: document.id,
          title: document.title,
          sortTitle: foldForSearch(firstText(document.title)),
          citedAs: citedAs.get(`documents:${document.id}`) ?? null,
          type: checked(document.type, DOCUMENT_TYPES, 'document type'),
          issuedFrom: issued?.from ?? null,
          issuedTo: issued?.to ?? null,
          issuedPrecision: issued?.precision ?? null,
          issuingAuthority: document.issuingAuthority,
          reference: document.reference,
          description: document.description,
          authorOrganisationIds: authors.filter((id) => ownOrganisationIds.has(id)),
          authorFlandersOrganisationIds: authors.filter((id) => !ownOrganisationIds.has(id)),
          municipalityNis: nisOrNull(document.municipalityNis ?? document.municipality?.nis),
          relatedDocumentIds: document.possiblySameAsDocumentId ? [document.possiblySameAsDocumentId] : [],
          measureCount: document.measureCount ?? null,
          platform: document.platform ?? null,
          channel: document.channel ?? null,
          sourceIds: document.sourceIds,
          searchText: foldForSearch(
            ...allTexts(document.title, document.description),
            document.issuingAuthority,
            citedAs.get(`documents:${document.id}`) ?? null,
          ),
          ...provenanceOf(document.sourceIds, authors, issued?.precision === 'DAY' ? issued.from : null),
        };
      });

      const guidanceSource = sourceLookup.source(GUIDANCE_SOURCE_ID);
      const guidanceProvenance = {
        source: `${citationOf(guidanceSource)}: BPV's guidance for “Brussel en de Vlaamse rand”, here the 19 Brussels municipalities and the 19 of the Flemish government's Vlaamse Rand`,
        sourceKind: 'PUBLICATION',
        sourceUrl: guidanceSource.url,
        referenceDate: referenceDateOf(GUIDANCE_SOURCE_ID),
      };
      const brussels = territory.municipalities.filter((municipality) => municipality.regionNis === '04000');
      const guidanceRows = [
        ...brussels.map((municipality) => ({ municipalityNis: municipality.nis, territory: 'BRUSSELS_REGION' })),
        ...VLAAMSE_RAND_NIS.map((nis) => ({ municipalityNis: nisOrNull(nis) as string, territory: 'VLAAMSE_RAND' })),
      ].map((row) => ({ ...row, offerId: GUIDANCE_OFFER_ID, documentId: GUIDANCE_DOCUMENT_ID, ...guidanceProvenance }));

      const walloonSupport = content.other.csilRSupport.walloonRegion;
      const csilrRows = generatedSupport.map((row) => ({
        ...row,
        offerId: walloonSupport.offerId,
        legalBasisDocumentId: walloonSupport.circularDocumentId,
        source: CSILR_SAMPLE_SOURCE,
        sourceKind: 'SAMPLE',
        sourceUrl: null,
        referenceDate: CSILR_OBSERVATION.date,
      }));

      checkReferences({ organisationRows, offerRows, eventRows, projectRows, documentRows, guidanceRows, csilrRows });

      await replaceRows(sources, sources.id, sourceRows);
      await replaceRows(organisations, organisations.id, organisationRows);
      await replaceRows(offers, offers.id, offerRows);
      await replaceRows(events, events.id, eventRows.map(({ organiserIds: _organiserIds, ...event }) => event));
      await replaceRows(eventOrganisers, [eventOrganisers.eventId, eventOrganisers.organisationId], eventOrganiserRows(eventRows));
      await replaceRows(projects, projects.id, projectRows);
      await replaceRows(documents, documents.id, documentRows);
      await replaceRows(preventionGuidance, preventionGuidance.municipalityNis, guidanceRows);
      await replaceRows(csilrSupport, csilrSupport.municipalityNis, csilrRows);
    },
  });
}
