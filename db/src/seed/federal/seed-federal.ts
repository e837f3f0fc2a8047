import { type Database } from '../../client';
import {
  coverageObservations,
  documents,
  eventOrganisers,
  events,
  localInitiatives,
  mobileTeams,
  mobileTeamVisits,
  offers,
  organisations,
  policeZoneMunicipalities,
  policeZones,
  projects,
  seedState,
  type DatePrecision,
  type LocalizedTextValue,
} from '../../schema/federal';
import { type StoredProvenance } from '../../schema/provenance';
import { createMunicipalityLookup, createSourceLookup, firstDayOfPartialDate } from '../content/read-seed-content';
import { readBelgianReferenceData } from '../municipalities/read-belgian-reference-data';
import { foldForSearch } from '../../fold-for-search';
import { eventOrganiserRows } from '../event-organiser-rows';
import { runSeedOnce, type SeedOptions } from '../run-seed-once';
import { generateMobileTeamVisits, type VisitTopic } from './generate-mobile-team-visits';
import { generatePoliceZones } from './generate-police-zones';
import { readFederalContent, type ContentSource, type FederalContent } from './read-federal-content';
import { toTerritoryMunicipality } from './territory';

/** Bump when the seed's own logic changes, so existing databases are re-seeded. */
const SEED_VERSION = 'federal-seed-v2';

/**
 * The date each source's facts refer to, where the source itself carries none: read from the text of
 * each source (a source dated in federal.json, such as a press item, uses its own date).
 */
const SOURCE_REFERENCE_DATES: Record<string, string> = {
  // The Mobile Team page announces the colloquium of 15 October 2018 as upcoming.
  'seed-001': '2018-10-15',
  // The BFPVS "Context" page lists documents up to 2016 (the ICPD model charter, 2016).
  'seed-002': '2016-12-31',
  // The VVSG slides cite the 2023 helpdesk figures and CAW Limburg's team "from January 2024".
  'seed-004': '2024-01-01',
  // The domain brief describes the territory of 2025.
  'domain-brief': '2025-01-01',
};

/** The field visits the source publishes cover May 2016 up to the page's own date (before the colloquium). */
const VISIT_PERIOD = { from: '2016-05-01', to: '2018-10-14' } as const;
const VISITS_SEED = 'cohesion-hub:federal:mobile-team-visits:v1';

/** DOMAIN.md: "about 176–182 police zones"; the generated illustration uses one number inside that range. */
const POLICE_ZONE_TOTAL = 178;
const POLICE_ZONES_SEED = 'cohesion-hub:federal:police-zones:v1';

/** Which of the Mobile Team's offers a visit of each topic follows up. */
const OFFER_BY_TOPIC: Partial<Record<VisitTopic, string>> = {
  LIVC_R_SET_UP: 'mobile-team-livc-r-oprichting',
  AWARENESS_TRAINING: 'mobile-team-sensibiliseringsopleidingen',
  PROJECT_DEVELOPMENT: 'mobile-team-hulp-projectontwikkeling',
};

const MOBILE_TEAM_PROJECT_ID = 'mobile-team-european-project';

const LANGUAGE_ORDER = ['nl', 'fr', 'en', 'de'] as const;

/** The first text present, in the order Dutch, French, English, German. */
function firstText(text: LocalizedTextValue | null | undefined): string {
  for (const language of LANGUAGE_ORDER) {
    const value = text?.[language];
    if (value) return value;
  }
  return '';
}

function allTexts(text: LocalizedTextValue | null | undefined): string[] {
  return LANGUAGE_ORDER.map((language) => text?.[language]).filter((value): value is string => Boolean(value));
}

/** Keeps only the four language keys (the content also carries ids next to programme texts). */
function localized(text: (LocalizedTextValue & Record<string, unknown>) | string | null | undefined, language = 'nl'): LocalizedTextValue | null {
  if (!text) return null;
  if (typeof text === 'string') return { [language]: text };
  const picked = Object.fromEntries(LANGUAGE_ORDER.filter((key) => text[key]).map((key) => [key, text[key]]));
  return Object.keys(picked).length > 0 ? picked : null;
}

/** `2018-10-15`, `2019-11` or `2021` as the first day of the period with its precision. */
export function partialDate(value: string | null | undefined): { date: string | null; precision: DatePrecision | null } {
  return firstDayOfPartialDate(value, 'federal.json');
}

function createCitations(content: FederalContent) {
  const sourceLookup = createSourceLookup({
    sources: content.sources,
    referenceDates: SOURCE_REFERENCE_DATES,
    dateOf: (source) => source.date,
    where: 'federal.json',
  });
  const ownNames = content.organisations.flatMap((organisation) => allTexts(organisation.name));
  const citationOf = (source: ContentSource): string => {
    const parts = [source.title];
    if (source.publisher && !source.title.includes(source.publisher)) parts.push(source.publisher);
    else if (source.site && !source.title.includes(source.site)) parts.push(source.site);
    const citing = source.citedVia ? sourceLookup.source(source.citedVia) : undefined;
    return `${parts.join(' — ')}${citing ? ` (as cited in “${citing.title}”)` : ''}`;
  };
  /** The record's first source is the one it is cited from; the federal level's own pages count as ORGANISATION. */
  return (sourceIds: readonly string[], referenceDate?: string | null): StoredProvenance => {
    const source = sourceLookup.source(sourceIds[0]);
    const date = referenceDate ?? sourceLookup.referenceDate(source.id);
    const own = source.publisher !== null && ownNames.some((name) => source.publisher?.startsWith(name));
    return { source: citationOf(source), sourceKind: own ? 'ORGANISATION' : 'PUBLICATION', sourceUrl: source.url, referenceDate: date };
  };
}

/**
 * Loads the federal level: organisations, the Mobile Team's offers, the colloquium, the legal and policy
 * framework, the guide's named local initiatives, the dated LIVC-R coverage observations, and generated
 * SAMPLE Mobile Team visits and police zones over the real 2025 municipalities. Idempotent.
 */
export async function seedFederal(db: Database, options: SeedOptions = {}): Promise<'applied' | 'unchanged'> {
  const { content, raw } = readFederalContent();
  const reference = readBelgianReferenceData();
  return runSeedOnce(db, {
    ...options,
    table: seedState,
    dataset: 'federal-content',
    inputs: [SEED_VERSION, raw, ...reference.rawInputs.slice(0, 1)],
    apply: async ({ replaceRows }) => {
      const provenanceOf = createCitations(content);
      const territory = reference.municipalities.map(toTerritoryMunicipality);
      const municipalityOf = createMunicipalityLookup(territory, 'federal.json');
      const team = content.other.mobileTeam;
      const teamStart = partialDate(team.start);
      if (!teamStart.date || !teamStart.precision) throw new Error('federal.json: the Mobile Team has no start');

      const organisationRows = content.organisations.map((organisation) => ({
        id: organisation.id,
        name: localized(organisation.name) ?? {},
        acronym: organisation.acronym,
        alsoKnownAs: organisation.alsoKnownAs ?? [],
        type: organisation.type,
        website: organisation.website,
        email: organisation.functionalContact?.email ?? null,
        phone: organisation.functionalContact?.phone ?? null,
        description: localized(organisation.description),
        parentId: organisation.parentOrganisationId ?? null,
        outsideHub: organisation.outsideHub ?? false,
        sortKey: foldForSearch(firstText(organisation.name)),
        searchText: foldForSearch(...allTexts(organisation.name), organisation.acronym, ...(organisation.alsoKnownAs ?? [])),
        ...provenanceOf(organisation.sourceIds),
      }));
      // Parents before their units, so that every reference exists when it is written.
      const depth = (id: string | null, seen = 0): number =>
        id === null || seen > organisationRows.length ? seen : depth(organisationRows.find((row) => row.id === id)?.parentId ?? null, seen + 1);
      organisationRows.sort((a, b) => depth(a.parentId) - depth(b.parentId) || a.id.localeCompare(b.id));

      const issuerOf = (authority: string | null): string | null => {
        if (!authority) return null;
        const matches = content.organisations
          .flatMap((organisation) => allTexts(organisation.name).map((name) => ({ id: organisation.id, name })))
          .filter(({ name }) => authority.startsWith(name))
          .sort((a, b) => b.name.length - a.name.length);
        return matches[0]?.id ?? null;
      };

      const offerRows = content.offers.map((offer) => ({
        id: offer.id,
        organisationId: offer.organisationId,
        title: localized(offer.title) ?? {},
        kind: offer.kind,
        sessions: offer.sessions,
        audience: offer.audience ?? [],
        languages: (offer.languages ?? []).map((language) => language.toLowerCase()),
        howToRequest: localized(offer.howToRequest),
        format: offer.format ?? null,
        description: localized(offer.description),
        sortKey: foldForSearch(firstText(offer.title)),
        searchText: foldForSearch(...allTexts(offer.title)),
        ...provenanceOf(offer.sourceIds),
      }));

      const eventRows = content.events.map((event) => {
        if (event.venue?.nis) municipalityOf(event.venue.nis);
        return {
          id: event.id,
          title: localized(event.title) ?? {},
          kind: event.kind,
          date: event.date,
          startTime: event.startTime,
          endTime: event.endTime,
          venueName: event.venue?.name ?? null,
          venueAddress: event.venue?.address ?? null,
          venueCity: event.venue?.city ?? null,
          venueNis: event.venue?.nis ?? null,
          language: event.language?.toLowerCase() ?? null,
          speakers: event.speakers.map(({ name, affiliation, role }) => ({ name, affiliation: affiliation ?? null, role: role ?? null })),
          registration: event.registration,
          description: localized(event.description),
          programme: (event.programmeItems ?? []).map((item) => localized(item)).filter((item): item is LocalizedTextValue => item !== null),
          sortKey: foldForSearch(firstText(event.title)),
          searchText: foldForSearch(...allTexts(event.title)),
          ...provenanceOf(event.sourceIds, event.date),
        };
      });

      const documentRows = content.documents.map((document) => {
        const { date, precision } = partialDate(document.date);
        return {
          id: document.id,
          title: localized(document.title) ?? {},
          type: document.type,
          date,
          datePrecision: precision,
          issuingAuthority: document.issuingAuthority,
          issuerId: issuerOf(document.issuingAuthority),
          reference: document.reference,
          description: localized(document.description),
          replacesId: document.replacesDocumentId ?? null,
          presentedAtEventId: document.presentedAtEventId ?? null,
          initiativesMoreThan: document.initiativesMoreThan ?? null,
          sortKey: foldForSearch(firstText(document.title)),
          searchText: foldForSearch(...allTexts(document.title), document.reference),
          ...provenanceOf(document.sourceIds, date),
        };
      });
      documentRows.sort((a, b) => Number(a.replacesId !== null) - Number(b.replacesId !== null) || a.id.localeCompare(b.id));

      // The source frames the Mobile Team and its guide in the FOD's "European project «Mobile team»".
      const projectTitle = { nl: 'Europees project «Mobile team»', en: 'European project “Mobile team”' };
      const projectRows = [
        {
          id: MOBILE_TEAM_PROJECT_ID,
          title: projectTitle,
          leadOrganisationId: team.parentOrganisationId ?? 'fod-binnenlandse-zaken',
          startDate: teamStart.date,
          startPrecision: teamStart.precision,
          endDate: null,
          endPrecision: null,
          funderEuOrganisationIds: team.funderOrganisationId ? [team.funderOrganisationId] : [],
          fundingNote: localized(team.fundingNote),
          partnerOrganisationIds: [team.organisationId],
          partnerMunicipalityNis: [],
          description: {
            nl: 'Europees project van de FOD Binnenlandse Zaken, met ondersteuning van de Europese Commissie, waarin het Mobile Team sinds mei 2016 gemeenten ondersteunt en de gids met lokale initiatieven tot stand kwam.',
          },
          sortKey: foldForSearch(projectTitle.nl),
          searchText: foldForSearch(...allTexts(projectTitle)),
          ...provenanceOf(team.sourceIds),
        },
      ];

      const initiativeRows = content.other.localInitiatives.map((initiative) => {
        const municipality = municipalityOf(initiative.municipality.nis);
        return {
          id: initiative.id,
          name: localized(initiative.name) ?? {},
          nameIsDescriptive: initiative.nameIsDescriptive ?? false,
          municipalityNis: municipality.nis,
          provinceNis: municipality.provinceNis,
          regionIso: municipality.regionIso,
          guideDocumentId: initiative.guideDocumentId,
          presentedAtEventId: initiative.presentedAtEventId,
          description: localized(initiative.description),
          sortKey: foldForSearch(firstText(initiative.name)),
          searchText: foldForSearch(...allTexts(initiative.name), initiative.municipality.name),
          ...provenanceOf(initiative.sourceIds),
        };
      });

      const mobileTeamRows = [
        {
          organisationId: team.organisationId,
          renamedTo: team.renamedTo,
          renamedYear: team.renamedYear,
          activeSince: teamStart.date,
          activeSincePrecision: teamStart.precision,
          operatorId: team.operatorOrganisationId,
          euCoFunded: team.euCoFunded,
          funderEuOrganisationId: team.funderOrganisationId,
          fundingNote: localized(team.fundingNote),
          publishedFieldVisits: team.fieldVisits,
          geographicScope: localized(team.geographicScope),
          openToOtherQuestions: localized(team.openToOtherQuestions),
          guideDocumentId: team.guideDocumentId,
          colloquiumEventId: team.colloquiumEventId,
          ...provenanceOf(team.sourceIds),
        },
      ];

      const visitRows = generateMobileTeamVisits({
        total: team.fieldVisits,
        ...VISIT_PERIOD,
        teamOrganisationId: team.organisationId,
        municipalities: territory,
        offerByTopic: OFFER_BY_TOPIC,
        provenance: {
          source: `Generated illustration data (SAMPLE), not real visits: ${team.fieldVisits} dated visits to real 2025 municipalities, consistent with the ${team.fieldVisits} field visits since May 2016 that the FOD Binnenlandse Zaken's Mobile Team page publishes; dates, municipalities, topics and sectors are drawn from a seeded generator`,
          sourceKind: 'SAMPLE',
          sourceUrl: null,
        },
        seed: VISITS_SEED,
      });

      const zones = generatePoliceZones({
        total: POLICE_ZONE_TOTAL,
        municipalities: territory,
        provenance: {
          source: `Generated illustration data (SAMPLE), not the real police zones: ${POLICE_ZONE_TOTAL} zones grouping the 565 municipalities of 2025 within their arrondissements, consistent with the about 176–182 police zones of the domain brief; the sources name no zone composition`,
          sourceKind: 'SAMPLE',
          sourceUrl: null,
          referenceDate: '2025-01-01',
        },
        seed: POLICE_ZONES_SEED,
      });

      const coverageRows = content.other.coverageObservations.flatMap((observation) => {
        const { date, precision } = partialDate(observation.date);
        if (!date || !precision) throw new Error(`Coverage observation ${observation.id} has no date`);
        const provenance = provenanceOf([observation.source.sourceId], observation.source.publishedDate ?? date);
        const common = { observationId: observation.id, date, datePrecision: precision, cellTerm: observation.cellTerm, observation: observation.observation, ...provenance };
        const national =
          observation.scope === 'BE'
            ? [
                {
                  ...common,
                  id: `${observation.id}:BELGIUM`,
                  area: 'BELGIUM',
                  cells: observation.cells,
                  municipalitiesCovered: observation.municipalitiesWithCell,
                  municipalitiesWithout: observation.municipalitiesWithoutCell,
                  municipalitiesTotal: observation.municipalitiesTotal ?? null,
                  fullyCovered: null,
                  note: observation.consistencyNote ?? null,
                },
              ]
            : [];
        const regional = observation.regions.map((region) => ({
          ...common,
          id: `${observation.id}:${region.region}`,
          area: region.region,
          cells: region.cells,
          municipalitiesCovered: region.municipalitiesWithCell,
          municipalitiesWithout: region.municipalitiesWithoutCell,
          municipalitiesTotal: region.municipalitiesTotal ?? null,
          fullyCovered: region.fullyCovered ?? null,
          note: [region.note, observation.consistencyNote].filter(Boolean).join(' ') || null,
        }));
        return [...national, ...regional];
      });

      await replaceRows(organisations, organisations.id, organisationRows);
      await replaceRows(events, events.id, eventRows);
      await replaceRows(eventOrganisers, [eventOrganisers.eventId, eventOrganisers.organisationId], eventOrganiserRows(content.events));
      await replaceRows(offers, offers.id, offerRows);
      await replaceRows(documents, documents.id, documentRows);
      await replaceRows(projects, projects.id, projectRows);
      await replaceRows(localInitiatives, localInitiatives.id, initiativeRows);
      await replaceRows(mobileTeams, mobileTeams.organisationId, mobileTeamRows);
      await replaceRows(mobileTeamVisits, mobileTeamVisits.id, visitRows);
      await replaceRows(coverageObservations, coverageObservations.id, coverageRows);
      await replaceRows(policeZones, policeZones.id, zones.zones);
      await replaceRows(policeZoneMunicipalities, policeZoneMunicipalities.municipalityNis, zones.members);
    },
  });
}
