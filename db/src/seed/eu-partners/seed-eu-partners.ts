import { type Database } from '../../client';
import {
  documents,
  efusMemberships,
  eventOrganisers,
  events,
  eventSeries,
  type LocalizedTextValue,
  type OrganisationReferenceValue,
  organisations,
  projectPartners,
  projects,
  seedState,
  sources,
  type SpeakerValue,
  workingGroups,
} from '../../schema/eu-partners';
import { createMunicipalityLookup, createSourceLookup, toSourceRows } from '../content/read-seed-content';
import { foldForSearch } from '../../fold-for-search';
import { daysOfPartialDate } from '../../partial-date';
import { runSeedOnce, type SeedOptions } from '../run-seed-once';
import {
  type ContentEfusMember,
  type ContentSource,
  type EuPartnersSeedInput,
  readEuPartnersContent,
} from './read-eu-partners-content';

/** Bump when the seed's own logic changes, so existing databases are re-seeded. */
const SEED_VERSION = 'eu-partners-seed-v1';
/** How error messages name this seed. */
const SEED = 'eu-partners seed';

/**
 * The date each source's content reports, used as the reference date of the records that have no date of
 * their own. The pages are undated: each gets the latest date its content reports as past.
 */
const SOURCE_AS_OF: Record<string, string> = {
  // "Webinars précédents" lists the LOUD webinar of 22/4/2020 as past.
  'seed-000': '2020-04-22',
  // Announces the colloquium of 15 October 2018.
  'seed-001': '2018-10-15',
  // The latest full date it cites is 17/02/16 (ICPD's 2016 charter has only a year).
  'seed-002': '2016-02-17',
  // The brief describes the territory of 2025.
  'domain-brief': '2025-01-01',
};

/**
 * How each organisation stands to the European institutions. The content file files them all under "EU" (the
 * hub's level); an organisation not listed here takes its parent's level, and the seed fails for any other.
 */
const ORGANISATION_LEVELS: Record<string, string> = {
  // An association of European local and regional authorities, not an EU body.
  efus: 'EUROPEAN_NETWORK',
  ran: 'EUROPEAN_UNION',
  'eu-knowledge-hub-prevention-radicalisation': 'EUROPEAN_UNION',
  // Set up by Council Decision 2009/902/JHA.
  eucpn: 'EUROPEAN_UNION',
  // "EU Network of Excellence" (DOMAIN.md).
  'vox-pol': 'EUROPEAN_UNION',
  'european-commission': 'EUROPEAN_UNION',
  'raad-van-europa': 'COUNCIL_OF_EUROPE',
  // The source neither expands the acronym nor says of which country or level it is.
  icpd: 'NOT_STATED',
};

const ORGANISATION_TYPES = new Set(['EU_NETWORK', 'RESEARCH_NETWORK', 'INTERNATIONAL_ORGANISATION', 'OTHER']);
const EVENT_KINDS = new Set(['LUNCH_BRIEFING', 'WEBINAR', 'STUDY_MORNING']);
const DOCUMENT_TYPES = new Set(['REPORT', 'DECISION', 'STRATEGY', 'PLAN', 'DECLARATION', 'GUIDE', 'CALL']);
const LANGUAGES = new Set(['nl', 'fr', 'de', 'en']);
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** Levels of other subgraphs whose organisations EU records may point to, as named-items.json spells them. */
const FOREIGN_LEVELS: Record<string, OrganisationReferenceValue['level']> = { 'wallonia-brussels': 'WALLONIA_BRUSSELS' };

const EFUS_PARTNER_STATEMENT =
  'Named as a Belgian partner of the Efus project(s) {projects}; the sources do not name it an Efus member. ' +
  'The BFPVS addresses its calls for Efus projects to "de Belgische steden leden van EFUS" (the Belgian member cities of Efus).';

function fail(message: string): never {
  throw new Error(`${SEED}: ${message}`);
}

function checkEnum(value: string, allowed: Set<string>, what: string): string {
  if (!allowed.has(value)) fail(`${what} "${value}" is not one of ${[...allowed].join(', ')}`);
  return value;
}

/** The text in the first language given, English first: the EU level's working language. */
function firstText(text: LocalizedTextValue): string {
  return text.en ?? text.nl ?? text.fr ?? text.de ?? fail(`empty localized text ${JSON.stringify(text)}`);
}

function allTexts(...texts: Array<LocalizedTextValue | string | null | undefined>): string[] {
  return texts.flatMap((text) => (text === null || text === undefined ? [] : typeof text === 'string' ? [text] : Object.values(text)));
}

function notes(...values: Array<string | undefined | null>): string[] {
  return values.filter((value): value is string => Boolean(value));
}

function citationOf(source: ContentSource): string {
  return source.publisher ? `${source.publisher}, “${source.title}”` : `“${source.title}”`;
}

/**
 * Loads Efus, RAN, EUCPN, VOX-Pol, the European Commission and the Council of Europe with their events, projects,
 * documents and working groups from db/seed/content/eu-partners.json. Idempotent.
 */
export async function seedEuPartners(db: Database, options: SeedOptions = {}): Promise<'applied' | 'unchanged'> {
  const input = readEuPartnersContent();
  return runSeedOnce(db, {
    ...options,
    table: seedState,
    dataset: 'eu-partners-content',
    inputs: [SEED_VERSION, ...input.rawInputs],
    apply: async ({ replaceRows }) => {
      const rows = buildEuPartnersRows(input);
      await replaceRows(sources, sources.id, rows.sources);
      await replaceRows(organisations, organisations.id, rows.organisations);
      await replaceRows(documents, documents.id, rows.documents);
      await replaceRows(projects, projects.id, rows.projects);
      await replaceRows(projectPartners, [projectPartners.projectId, projectPartners.partnerKey], rows.projectPartners);
      await replaceRows(eventSeries, eventSeries.id, rows.eventSeries);
      await replaceRows(events, events.id, rows.events);
      await replaceRows(eventOrganisers, [eventOrganisers.eventId, eventOrganisers.organisationId], rows.eventOrganisers);
      await replaceRows(workingGroups, workingGroups.id, rows.workingGroups);
      await replaceRows(efusMemberships, efusMemberships.memberKey, rows.efusMemberships);
    },
  });
}

/** Turns the content file into rows, checking every reference (sources, organisations, NIS codes, events) on the way. */
export function buildEuPartnersRows({ content, namedItems, territories }: EuPartnersSeedInput) {
  const sourceLookup = createSourceLookup({ sources: content.sources, referenceDates: SOURCE_AS_OF, where: SEED });
  const ownOrganisations = new Map(content.organisations.map((organisation) => [organisation.id, organisation]));
  const foreignLevels = new Map(namedItems.filter((item) => item.collection === 'organisations').map((item) => [item.id, item.level]));
  const projectIds = new Set(content.projects.map((project) => project.id));
  const documentIds = new Set(content.documents.map((document) => document.id));
  const seriesIds = new Set(content.other.eventSeries.map((series) => series.id));

  const sourceAsOf = sourceLookup.referenceDate;
  const provenance = (sourceIds: string[], referenceDate?: string | null) => {
    const [first] = sourceIds;
    if (!first) fail('a record without sources');
    for (const id of sourceIds) sourceLookup.source(id);
    const source = sourceLookup.source(first);
    return {
      sourceIds,
      source: citationOf(source),
      sourceKind: 'PUBLICATION',
      sourceUrl: source.url,
      referenceDate: referenceDate ?? sourceAsOf(first),
    };
  };
  const reference = (id: string): OrganisationReferenceValue => {
    if (ownOrganisations.has(id)) return { id, level: 'EU' };
    const level = FOREIGN_LEVELS[foreignLevels.get(id) ?? ''];
    return level ? { id, level } : fail(`organisation ${id} is neither an EU partner nor a known organisation of another level`);
  };
  const ownOrganisation = (id: string | null | undefined) => {
    if (id && !ownOrganisations.has(id)) fail(`unknown EU organisation ${id}`);
    return id ?? null;
  };
  const territory = createMunicipalityLookup(territories, SEED);
  const language = (value: string | null | undefined) => (value ? checkEnum(value, LANGUAGES, 'language') : null);
  const levelOf = (id: string): string => {
    const level = ORGANISATION_LEVELS[id];
    if (level) return level;
    const parent = ownOrganisations.get(id)?.parentOrganisationId;
    return parent ? levelOf(parent) : fail(`organisation ${id} has no level in ORGANISATION_LEVELS and no parent`);
  };

  const sourceRows = toSourceRows(content.sources, citationOf, sourceAsOf);

  const organisationRows = content.organisations.map((organisation) => {
    if (organisation.legalBasisDocumentId && !documentIds.has(organisation.legalBasisDocumentId)) {
      fail(`organisation ${organisation.id}: unknown legal basis ${organisation.legalBasisDocumentId}`);
    }
    const founded = organisation.founded ?? organisation.since;
    return {
      id: organisation.id,
      name: organisation.name,
      sortName: foldForSearch(firstText(organisation.name)),
      acronym: organisation.acronym,
      alsoKnownAs: organisation.alsoKnownAs ?? [],
      type: checkEnum(organisation.type, ORGANISATION_TYPES, `organisation ${organisation.id} type`),
      level: levelOf(organisation.id),
      website: organisation.website,
      email: organisation.functionalContact.email,
      phone: organisation.functionalContact.phone,
      description: organisation.description,
      foundedYear: founded ? Number(founded) : null,
      hostInstitution: organisation.hostInstitution ?? null,
      parentOrganisationId: ownOrganisation(organisation.parentOrganisationId),
      predecessorOrganisationId: ownOrganisation(organisation.predecessorOrganisationId),
      successorOrganisationId: ownOrganisation(organisation.succeededBy?.organisationId),
      successionYear: organisation.succeededBy?.year ?? null,
      belgianRelay: organisation.belgianRelayOrganisationId ? reference(organisation.belgianRelayOrganisationId) : null,
      legalBasisDocumentId: organisation.legalBasisDocumentId ?? null,
      memberCount: organisation.memberCount?.approximately ?? null,
      memberCountApproximate: organisation.memberCount ? true : null,
      memberCountUnit: organisation.memberCount?.unit ?? null,
      searchText: foldForSearch(...allTexts(organisation.name, organisation.acronym, ...(organisation.alsoKnownAs ?? []))),
      notes: notes(organisation.levelNote),
      ...provenance(organisation.sourceIds),
    };
  });

  // A document's issuing authority is linked to an organisation of this level when it names one (by name or acronym).
  const organisationByName = new Map(
    content.organisations.flatMap((organisation) =>
      allTexts(organisation.name, organisation.acronym).map((name) => [foldForSearch(name), organisation.id] as const),
    ),
  );
  const documentRows = content.documents.map((document) => {
    const days = document.date ? daysOfPartialDate(document.date, SEED) : null;
    return {
      id: document.id,
      title: document.title,
      sortTitle: foldForSearch(firstText(document.title)),
      type: checkEnum(document.type, DOCUMENT_TYPES, `document ${document.id} type`),
      date: document.date,
      dateFrom: days?.from ?? null,
      dateTo: days?.to ?? null,
      issuingAuthority: document.issuingAuthority,
      issuingOrganisationId: organisationByName.get(foldForSearch(document.issuingAuthority.replace(/\(.*?\)/g, ''))) ?? null,
      reference: document.reference,
      description: document.description,
      searchText: foldForSearch(...allTexts(document.title, document.reference, document.issuingAuthority)),
      notes: notes(document.dateNote, document.typeNote),
      ...provenance(document.sourceIds, days?.from),
    };
  });

  const projectRows = content.projects.map((project) => {
    const start = project.periodStart ? daysOfPartialDate(project.periodStart, SEED).from : null;
    const end = project.periodEnd ? daysOfPartialDate(project.periodEnd, SEED).to : null;
    for (const id of [...(project.eventIds ?? []), ...(project.finalConferenceEventIds ?? [])]) {
      const event = content.events.find((candidate) => candidate.id === id) ?? fail(`project ${project.id}: unknown event ${id}`);
      if (event.projectId !== project.id) fail(`event ${id} does not point back to project ${project.id}`);
    }
    return {
      id: project.id,
      name: project.name,
      acronym: project.acronym,
      sortName: foldForSearch(project.acronym ?? project.name),
      periodStart: project.periodStart,
      periodEnd: project.periodEnd,
      startsOn: start,
      endsOn: end,
      funding: project.funding,
      fundingProgramme: project.fundingProgramme ?? null,
      grantNumber: project.grantNumber ?? null,
      leadOrganisationId: ownOrganisation(project.leadOrganisationId),
      funderOrganisationId: ownOrganisation(project.funderOrganisationId),
      description: project.description,
      searchText: foldForSearch(...allTexts(project.name, project.acronym)),
      notes: notes(project.periodNote, project.partnerNote, project.leadNote),
      ...provenance(project.sourceIds, start ?? end),
    };
  });

  const projectPartnerRows = content.projects.flatMap((project) =>
    project.partners.map((partner, position) => {
      const roleNote = partner.role ?? null;
      if (roleNote && !/not stated/i.test(roleNote)) fail(`project ${project.id}: unknown partner role "${roleNote}"`);
      const organisation = partner.organisationId ? reference(partner.organisationId) : null;
      const place = partner.nis ? territory(partner.nis) : null;
      const partnerKey = partner.nis ?? partner.organisationId ?? fail(`project ${project.id}: partner ${partner.name} has no NIS code or organisation`);
      return {
        projectId: project.id,
        partnerKey,
        position,
        name: partner.name,
        municipalityNis: partner.nis,
        provinceNis: place?.provinceNis ?? null,
        regionNis: place?.regionNis ?? null,
        organisation,
        organisationId: organisation?.id ?? null,
        role: roleNote ? 'NOT_STATED' : 'PARTNER',
        roleNote,
        notes: notes(project.partnerNote),
        ...provenance(project.sourceIds, project.periodStart ? daysOfPartialDate(project.periodStart, SEED).from : null),
      };
    }),
  );

  const seriesRows = content.other.eventSeries.map((series) => {
    for (const id of series.eventIds) {
      const event = content.events.find((candidate) => candidate.id === id) ?? fail(`series ${series.id}: unknown event ${id}`);
      if (event.seriesId !== series.id) fail(`event ${id} does not point back to series ${series.id}`);
    }
    if (series.projectId && !projectIds.has(series.projectId)) fail(`series ${series.id}: unknown project ${series.projectId}`);
    return {
      id: series.id,
      name: series.name,
      period: series.period ?? null,
      rhythm: series.rhythm ?? null,
      place: series.place ?? null,
      languages: (series.languages ?? (series.language ? [series.language] : [])).map((value) => language(value) as string),
      interpretation: series.interpretation ?? null,
      description: series.description ?? {},
      projectId: series.projectId ?? null,
      organisers: series.organiserIds.map(reference),
      notes: notes(series.note, series.venueNote),
      ...provenance(series.sourceIds),
    };
  });

  const eventRows = content.events.map((event) => {
    checkEnum(event.kind, EVENT_KINDS, `event ${event.id} kind`);
    for (const time of [event.startTime, event.endTime]) if (time && !TIME.test(time)) fail(`event ${event.id}: time "${time}" is not HH:MM`);
    if (event.seriesId && !seriesIds.has(event.seriesId)) fail(`event ${event.id}: unknown series ${event.seriesId}`);
    if (event.projectId && !projectIds.has(event.projectId)) fail(`event ${event.id}: unknown project ${event.projectId}`);
    const online = event.venue.online === true;
    const place = event.venue.nis ? territory(event.venue.nis) : null;
    const ownLanguage = language(event.language);
    const speakers: SpeakerValue[] = event.speakers.map((speaker) => ({
      name: speaker.name,
      honorific: speaker.title ?? null,
      affiliation: speaker.affiliation,
      role: speaker.role === 'moderator' ? 'MODERATOR' : speaker.role === undefined ? 'SPEAKER' : fail(`event ${event.id}: speaker role ${speaker.role}`),
      note: speaker.note ?? null,
    }));
    return {
      id: event.id,
      title: event.title,
      subtitle: event.subtitle ?? null,
      kind: event.kind,
      date: daysOfPartialDate(event.date, SEED).from,
      startTime: event.startTime,
      endTime: event.endTime,
      online,
      venueName: online ? null : event.venue.name,
      venueAddress: event.venue.address,
      venuePostalCode: event.venue.postalCode ?? null,
      venueCity: event.venue.city,
      venueNis: event.venue.nis,
      venueProvinceNis: place?.provinceNis ?? null,
      venueRegionNis: place?.regionNis ?? null,
      language: ownLanguage,
      languages: ownLanguage ? [ownLanguage] : (event.languagesOfSeries ?? []).map((value) => language(value) as string),
      speakers,
      registration: event.registration,
      registrationDeadline: event.registrationDeadline ?? null,
      free: event.free ?? null,
      format: event.format ?? null,
      interpretation: event.interpretation ?? null,
      audience: event.audience ?? [],
      description: event.description,
      seriesId: event.seriesId ?? null,
      projectId: event.projectId ?? null,
      relatedOrganisationIds: (event.relatedOrganisationIds ?? []).map((id) => ownOrganisation(id) as string),
      searchText: foldForSearch(...allTexts(event.title, event.subtitle, ...speakers.flatMap((speaker) => [speaker.name, speaker.affiliation]))),
      notes: notes(
        event.timeNote,
        event.languageNote,
        event.organiserNote,
        event.descriptionAttributionNote,
        event.venue.nisDerivedFrom ? `Venue municipality derived from ${event.venue.nisDerivedFrom}.` : null,
      ),
      ...provenance(event.sourceIds, event.date),
    };
  });

  const eventOrganiserRows = content.events.flatMap((event) =>
    event.organiserIds.map((id, position) => {
      const organisation = reference(id);
      return { eventId: event.id, organisationId: organisation.id, organisationLevel: organisation.level, position };
    }),
  );

  const workingGroupRows = content.workingGroups.map((group) => ({
    id: group.id,
    organisationId: ownOrganisation(group.organisationId) as string,
    name: group.name,
    sortName: foldForSearch(firstText(group.name)),
    code: group.code,
    kind: /steering committee/i.test(firstText(group.name)) ? 'STEERING_COMMITTEE' : 'WORKING_GROUP',
    expansion: group.expansion,
    rhythm: group.rhythm,
    description: group.description,
    notes: notes(group.listNote),
    ...provenance(group.sourceIds),
  }));

  const membershipRow = (member: ContentEfusMember, evidence: 'STATED_MEMBER' | 'EFUS_PROJECT_PARTNER') => {
    const memberProjects = member.projectIds ?? [];
    for (const id of memberProjects) if (!projectIds.has(id)) fail(`Efus member ${member.name}: unknown project ${id}`);
    if (member.nis) territory(member.nis);
    const organisation = member.organisationId ? reference(member.organisationId) : null;
    const projectNames = memberProjects.map((id) => content.projects.find((project) => project.id === id)?.acronym ?? id);
    return {
      memberKey: member.nis ?? organisation?.id ?? fail(`Efus member ${member.name} has no NIS code or organisation`),
      name: member.name,
      municipalityNis: member.nis,
      organisation,
      evidence,
      statement:
        evidence === 'STATED_MEMBER'
          ? 'Named as a member of Efus.'
          : EFUS_PARTNER_STATEMENT.replace('{projects}', projectNames.join(', ')),
      projectIds: memberProjects,
      notes: notes(content.other.efusMemberCitiesNote),
      ...provenance(member.sourceIds),
    };
  };
  const efusMembershipRows = [
    ...content.other.efusMemberCities.map((member) => membershipRow(member, 'STATED_MEMBER')),
    ...content.other.efusBelgianProjectPartners.map((member) => membershipRow(member, 'EFUS_PROJECT_PARTNER')),
  ];

  for (const [collection, rows] of Object.entries({ organisationRows, documentRows, projectRows, eventRows, workingGroupRows, seriesRows })) {
    const ids = rows.map((row) => row.id);
    if (new Set(ids).size !== ids.length) fail(`duplicate ids in ${collection}`);
  }

  return {
    sources: sourceRows,
    organisations: organisationRows,
    documents: documentRows,
    projects: projectRows,
    projectPartners: projectPartnerRows,
    eventSeries: seriesRows,
    events: eventRows,
    eventOrganisers: eventOrganiserRows,
    workingGroups: workingGroupRows,
    efusMemberships: efusMembershipRows,
  };
}
