import { type DatePrecision, type LocalizedTextValue, type StoredProvenance } from '../../schema/flanders';
import { createMunicipalityLookup, createSourceLookup, firstDayOfPartialDate } from '../content/read-seed-content';
import { foldForSearch } from '../../fold-for-search';
import { COACHING_TRACKS, generateFlemishSamples, type CoachingTrack } from './generate-flemish-samples';
import { type ContentNetwork, type FlandersInputs, type NamedItem } from './read-flanders-content';
import { eventOrganiserRows } from '../event-organiser-rows';

/**
 * When each source was last verified, since none of them is dated: the latest date the source itself
 * cites (seed-000: 6 October 2020; seed-002: 17 February 2016), the start of the year after the last
 * figure it gives (seed-004 cites 2023 figures), the month from which the offers it describes are
 * available (seed-003: January 2024), and the territory year of the project brief.
 */
const SOURCE_REFERENCE_DATES: Record<string, string> = {
  'seed-000': '2020-10-06',
  'seed-002': '2016-02-17',
  'seed-003': '2024-01-01',
  'seed-004': '2024-01-01',
  'domain-brief': '2025-01-01',
};

/** Sources published by an organisation of this level: for that organisation's own records they are ORGANISATION sources. */
const SOURCE_PUBLISHER_ORGANISATION: Record<string, string> = { 'seed-004': 'vvsg' };

const SAMPLE_REFERENCE_DATE = '2024-01-01';

// A "BVR" (besluit van de Vlaamse Regering) is an order of the government, not a decree of parliament.
const DOCUMENT_TYPE_CORRECTIONS: Record<string, string> = { 'bvr-verankering-coachingtraject-livc-r': 'GOVERNMENT_ORDER' };

// EMMA's name is English; the CAW project's is Dutch (seed-003).
const PROJECT_NAME_LANGUAGE: Record<string, keyof LocalizedTextValue> = { emma: 'en', 'caw-limburg-van-analyse-tot-traject': 'nl' };

const TRACK_OF_CONTENT_ID: Record<string, CoachingTrack> = {
  'coaching-track-start-up': 'START_UP',
  'coaching-track-reactivate': 'REACTIVATE',
  'coaching-track-optimise': 'OPTIMISE',
  'coaching-track-monitor-evaluate': 'MONITOR_AND_EVALUATE',
};

// Agenda themes of the SAMPLE meeting calendars, all taken from the sources' own topics; never cases.
const WORKING_GROUP_THEMES: LocalizedTextValue[] = [
  { nl: 'Evaluatie van de LIVC R', en: 'Evaluation of the LIVC-R' },
  { nl: 'Expertenpool gewelddadige radicalisering/extremisme', en: 'The expert pool on violent radicalisation/extremism' },
  { nl: 'Complottheorieën', en: 'Conspiracy theories' },
  { nl: 'Spanningen jongeren & politie', en: 'Tensions between youth and police' },
  { nl: 'Online haat en polarisatie', en: 'Online hate and polarisation' },
  { nl: 'Verbreden van de finaliteit van de LIVC R', en: 'Broadening the purpose of the LIVC-R' },
];
const INTERVISION_THEMES: LocalizedTextValue[] = [
  { nl: 'Casusoverleg vanuit verschillende deontologische kaders', en: 'Case consultation across professional codes' },
  { nl: 'Cultuursensitieve vraagstukken', en: 'Culture-sensitive questions' },
  { nl: 'Samenwerking met sociopreventieve partners', en: 'Working with socio-preventive partners' },
  { nl: 'Individuele disengagementtrajecten', en: 'Individual disengagement trajectories' },
  { nl: 'Rol van de coördinator', en: 'The coordinator’s role' },
];

const LANGUAGES = ['nl', 'fr', 'de', 'en'] as const;

/** Keeps the four languages with non-empty text; null when none is left. */
export function localized(value: LocalizedTextValue | null | undefined): LocalizedTextValue | null {
  if (!value) return null;
  const entries = LANGUAGES.filter((language) => typeof value[language] === 'string' && value[language]?.trim()).map((language) => [language, value[language]]);
  return entries.length > 0 ? (Object.fromEntries(entries) as LocalizedTextValue) : null;
}

function requiredText(value: LocalizedTextValue | null | undefined, what: string): LocalizedTextValue {
  const text = localized(value);
  if (!text) throw new Error(`flanders seed: ${what} has no text in any language`);
  return text;
}

function anyLanguage(value: LocalizedTextValue | null): string {
  return value?.nl ?? value?.en ?? value?.fr ?? value?.de ?? '';
}

function allLanguages(value: LocalizedTextValue | null | undefined): string[] {
  return LANGUAGES.map((language) => value?.[language]).filter((text): text is string => Boolean(text));
}

/** A date the sources give as a year, a month or a day, stored as its first day with its precision. */
export function partialDate(value: string | null | undefined): { date: string | null; precision: DatePrecision | null } {
  return firstDayOfPartialDate(value, 'flanders seed');
}

/** Editorial notes of a content record: every `…Note` field the extraction left. */
function notesOf(record: Record<string, unknown>): string[] {
  return Object.entries(record)
    .filter(([key, value]) => key.endsWith('Note') && typeof value === 'string')
    .map(([, value]) => value as string);
}

export function sampleProvenance(about: string): StoredProvenance {
  return {
    source: `Cohesion Hub generated illustration data (SAMPLE): ${about}. Not a published fact about any real municipality, meeting or person.`,
    sourceKind: 'SAMPLE',
    sourceUrl: null,
    referenceDate: SAMPLE_REFERENCE_DATE,
  };
}

/** Turns the curated content and the generated SAMPLE data into the rows of every `flanders` table. */
export function buildFlandersRows(inputs: FlandersInputs) {
  const { content } = inputs;
  const sourceLookup = createSourceLookup({ sources: content.sources, referenceDates: SOURCE_REFERENCE_DATES, where: 'flanders seed' });
  const namedByKey = new Map<string, NamedItem[]>();
  for (const item of inputs.namedItems) {
    const key = `${item.collection}:${item.id}`;
    namedByKey.set(key, [...(namedByKey.get(key) ?? []), item]);
  }
  const matchedNamedItems = new Set<string>();

  const citation = (sourceId: string): StoredProvenance & { id: string } => {
    const source = sourceLookup.source(sourceId);
    const referenceDate = sourceLookup.referenceDate(sourceId);
    return {
      id: sourceId,
      source: source.publisher ? `${source.publisher}: “${source.title}”` : `“${source.title}” (publisher not named)`,
      sourceKind: 'PUBLICATION',
      sourceUrl: source.url,
      referenceDate,
    };
  };

  /** Provenance columns and the full source list of a curated record; the named item's source is always among them. */
  const provenanceOf = (collection: string, record: { id: string; sourceIds: string[] }, owners: ReadonlyArray<string | null | undefined>) => {
    const named = namedByKey.get(`${collection}:${record.id}`) ?? [];
    const sourceIds = [...new Set([...record.sourceIds, ...named.map((item) => item.sourceId)])];
    const sources = sourceIds.map((sourceId) => {
      const { id: _id, ...stored } = citation(sourceId);
      const publisher = SOURCE_PUBLISHER_ORGANISATION[sourceId];
      return publisher && owners.includes(publisher) ? { ...stored, sourceKind: 'ORGANISATION' } : stored;
    });
    const [primary] = sources;
    if (!primary) throw new Error(`flanders seed: ${collection} ${record.id} has no source`);
    return { sources, ...primary };
  };

  /** Other names: those the content lists, plus each named item's label when it differs from every name. */
  const namesOf = (collection: string, id: string, names: string[], extra: ReadonlyArray<string | null | undefined> = []) => {
    const known = new Set([...names, ...extra].filter((name): name is string => Boolean(name)).map((name) => foldForSearch(name)));
    const alsoKnownAs = extra.filter((name): name is string => Boolean(name));
    for (const item of namedByKey.get(`${collection}:${id}`) ?? []) {
      matchedNamedItems.add(`${collection}:${id}`);
      if (!known.has(foldForSearch(item.label))) {
        alsoKnownAs.push(item.label);
        known.add(foldForSearch(item.label));
      }
    }
    return [...new Set(alsoKnownAs)];
  };

  const searchTextOf = (...parts: Array<string | null | undefined | string[]>) =>
    foldForSearch(...parts.flat().filter((part): part is string => typeof part === 'string'));

  const expertPool = content.other.expertPool;
  const poolMember = new Map(expertPool.members.map((member) => [member.organisationId, member]));

  const organisationRows = content.organisations.map((organisation) => {
    const name = requiredText(organisation.name, `organisation ${organisation.id}`);
    const alsoKnownAs = namesOf('organisations', organisation.id, allLanguages(name), [...(organisation.alsoKnownAs ?? []), organisation.acronym]);
    const description = localized(organisation.description);
    const contact = organisation.functionalContact;
    const since = partialDate(organisation.radicalisationSupportSince);
    const available = partialDate(organisation.offerAvailableFrom);
    const member = poolMember.get(organisation.id);
    return {
      id: organisation.id,
      name,
      sortName: foldForSearch(anyLanguage(name)),
      acronym: organisation.acronym,
      type: organisation.type,
      level: organisation.level,
      website: organisation.website ?? contact?.website ?? null,
      contactEmail: contact?.email ?? null,
      contactPhone: contact?.phone ?? null,
      contactOtherPhones: contact?.otherPhones ?? [],
      contactForm: contact?.contactForm ?? contact?.form ?? null,
      registrationForm: contact?.registrationForm ?? null,
      description,
      parentName: organisation.parentName ?? null,
      team: organisation.team ?? null,
      radicalisationSupportSince: since.date,
      radicalisationSupportSincePrecision: since.precision,
      offersAvailableFrom: available.date,
      offersAvailableFromPrecision: available.precision,
      expertPoolId: organisation.expertPoolId ?? (member ? expertPool.organisationId : null),
      poolListedAs: member?.listedAs ?? null,
      poolOfferLabel: member?.offerLabel ?? null,
      free: organisation.free ?? (organisation.id === expertPool.organisationId ? expertPool.free : null),
      alsoKnownAs,
      searchText: searchTextOf(allLanguages(name), alsoKnownAs, allLanguages(description), organisation.product),
      // The contact note refers to named staff addresses, which the hub does not store.
      notes: notesOf(organisation).filter((note) => !note.includes('not stored here')),
      ...provenanceOf('organisations', organisation, [organisation.id]),
    };
  });

  const projectRows = content.projects.map((project) => {
    const language = PROJECT_NAME_LANGUAGE[project.id] ?? 'nl';
    const name = requiredText({ [language]: project.name }, `project ${project.id}`);
    const alsoKnownAs = namesOf('projects', project.id, allLanguages(name), [project.acronym]);
    const description = localized(project.description);
    const start = partialDate(project.periodStart);
    const end = partialDate(project.periodEnd);
    return {
      id: project.id,
      name,
      sortName: foldForSearch(project.acronym ?? project.name),
      acronym: project.acronym,
      periodStart: start.date,
      periodStartPrecision: start.precision,
      periodEnd: end.date,
      periodEndPrecision: end.precision,
      funding: project.funding,
      leadOrganisationId: project.leadOrganisationId,
      partners: project.partners,
      description,
      outputOfferIds: project.outputs ?? [],
      alsoKnownAs,
      searchText: searchTextOf(allLanguages(name), alsoKnownAs, allLanguages(description), project.funding),
      notes: notesOf(project),
      ...provenanceOf('projects', project, [project.leadOrganisationId, ...project.partners.map((partner) => partner.organisationId)]),
    };
  });

  const offerRows = content.offers.map((offer) => {
    const title = requiredText(offer.title, `offer ${offer.id}`);
    const alsoKnownAs = namesOf('offers', offer.id, allLanguages(title), [offer.product]);
    const description = localized(offer.description);
    const channel = offer.contactChannel;
    const available = partialDate(offer.availableFrom);
    const topics = (offer.topics ?? []).map((topic) => requiredText(topic, `topic of offer ${offer.id}`));
    return {
      id: offer.id,
      organisationId: offer.organisationId,
      title,
      sortTitle: foldForSearch(anyLanguage(title)),
      kind: offer.kind,
      sessions: offer.sessions,
      durationHours: offer.durationHours ?? null,
      audience: offer.audience,
      languages: offer.languages ? offer.languages.map((language) => language.toUpperCase()) : null,
      howToRequest: localized(offer.howToRequest),
      availability: offer.availabilityText ?? offer.availability,
      contactEmail: channel?.email ?? null,
      contactPhone: channel?.phone ?? null,
      contactOtherPhones: channel?.otherPhones ?? [],
      contactForm: channel?.contactForm ?? channel?.form ?? null,
      registrationForm: channel?.registrationForm ?? null,
      website: channel?.website ?? null,
      description,
      topics,
      formats: offer.formats ?? offer.format ?? offer.modes ?? [],
      free: offer.free ?? null,
      expertPoolId: offer.expertPoolId ?? null,
      availableFrom: available.date,
      availableFromPrecision: available.precision,
      projectId: offer.projectId ?? null,
      alsoKnownAs,
      searchText: searchTextOf(allLanguages(title), alsoKnownAs, allLanguages(description), topics.flatMap(allLanguages), offer.audience),
      notes: notesOf(offer),
      ...provenanceOf('offers', offer, [offer.organisationId]),
    };
  });

  const samples = generateSamples(inputs);

  const curatedEventRows = content.events.map((event) => {
    const title = requiredText(event.title, `event ${event.id}`);
    const alsoKnownAs = namesOf('events', event.id, allLanguages(title));
    const description = localized(event.description);
    return {
      id: event.id,
      title,
      sortTitle: foldForSearch(anyLanguage(title)),
      kind: event.kind,
      date: partialDate(event.date).date,
      startTime: event.startTime,
      endTime: event.endTime,
      online: false,
      venueName: event.venue.name,
      venueAddress: event.venue.address,
      venueCity: event.venue.city,
      venueNis: event.venue.nis,
      language: event.language?.toUpperCase() ?? null,
      speakers: event.speakers,
      organiserIds: event.organiserIds,
      registration: event.registration,
      description,
      documentId: event.documentId ?? null,
      alsoKnownAs,
      searchText: searchTextOf(allLanguages(title), alsoKnownAs, allLanguages(description), event.speakers.map((speaker) => speaker.name)),
      notes: notesOf(event),
      ...provenanceOf('events', event, event.organiserIds),
    };
  });
  const sampleEventRows = samples.events.map((event) => {
    const provenance = sampleProvenance('a dated example of an event VVSG organises; the sources give the format and themes, not dates');
    return {
      ...event,
      sortTitle: foldForSearch(anyLanguage(event.title)),
      venueAddress: null,
      language: 'NL',
      speakers: [],
      organiserIds: ['vvsg'],
      registration: null,
      documentId: null,
      alsoKnownAs: [],
      searchText: searchTextOf(allLanguages(event.title), allLanguages(event.description)),
      notes: [],
      sources: [provenance],
      ...provenance,
    };
  });

  const presentationId = 'vvsg-presentatie-beperken-risicos-evaluatie-livc-r';
  const evaluation = content.other.livcrEvaluation;
  const sectionsOf = (documentId: string, findings: LocalizedTextValue[] | undefined) => {
    if (documentId === presentationId) {
      return [
        ...content.other.riskReductionNeeds.map((need) => ({ heading: localized(need.heading), points: need.points.map((point) => requiredText(point, 'point')) })),
        { heading: { nl: 'Evaluatie LIVC R: begeleidings- en coachingstraject' }, points: evaluation.coachingFindings.map((point) => requiredText(point, 'finding')) },
        { heading: { nl: 'Verbreden van de finaliteit van de LIVC R' }, points: evaluation.broadeningFinality.map((point) => requiredText(point, 'point')) },
      ];
    }
    return findings?.length ? [{ heading: null, points: findings.map((point) => requiredText(point, 'finding')) }] : [];
  };
  const documentRows = content.documents.map((document) => {
    const title = requiredText(document.title, `document ${document.id}`);
    const alsoKnownAs = namesOf('documents', document.id, allLanguages(title), document.alsoKnownAs ?? []);
    const description = localized(document.description);
    const date = partialDate(document.date);
    return {
      id: document.id,
      title,
      sortTitle: foldForSearch(anyLanguage(title)),
      type: DOCUMENT_TYPE_CORRECTIONS[document.id] ?? document.type,
      date: date.date,
      datePrecision: date.precision,
      effectiveFrom: partialDate(document.effectiveFrom).date,
      issuingAuthority: document.issuingAuthority,
      reference: document.reference,
      description,
      authors: document.authors ?? [],
      sections: sectionsOf(document.id, document.findings),
      partnerOrganisationIds: document.partnerOrganisationIds ?? [],
      presentedAtEventId: document.presentedAtEventId ?? null,
      alsoKnownAs,
      searchText: searchTextOf(allLanguages(title), alsoKnownAs, allLanguages(description), document.issuingAuthority),
      notes: notesOf(document),
      ...provenanceOf('documents', document, []),
    };
  });

  const networkRow = (collection: string, networkKind: string, network: ContentNetwork) => {
    const name = requiredText(network.name, `${collection} ${network.id}`);
    const alsoKnownAs = namesOf(collection, network.id, allLanguages(name));
    const description = localized(network.description);
    return {
      id: network.id,
      networkKind,
      organisationId: network.organisationId,
      name,
      sortName: foldForSearch(anyLanguage(name)),
      character: network.kind ?? null,
      audience: network.audience ?? [],
      timesPerYear: network.timesPerYear ?? null,
      onRequest: network.onRequestOfLocalGovernments ?? null,
      provinceCount: network.provinceCount ?? null,
      description,
      alsoKnownAs,
      searchText: searchTextOf(allLanguages(name), alsoKnownAs, allLanguages(description)),
      notes: notesOf(network),
      ...provenanceOf(collection, network, [network.organisationId]),
    };
  };
  const networkRows = [
    ...content.workingGroups.map((network) => networkRow('workingGroups', 'WORKING_GROUP', network)),
    ...content.intervisionCircles.map((network) => networkRow('intervisionCircles', 'INTERVISION_CIRCLE', network)),
    ...content.regionalPlatforms.map((network) => networkRow('regionalPlatforms', 'REGIONAL_PLATFORM', network)),
  ];
  const networkProvinceRows = content.regionalPlatforms.flatMap((platform) =>
    platform.provinces?.length
      ? platform.provinces.map((provinceNis) => ({ networkId: platform.id, provinceNis, ...provenanceOf('regionalPlatforms', platform, []) }))
      : samples.platformProvinces.map((provinceNis) => ({
          networkId: platform.id,
          provinceNis,
          ...sampleProvenance(`which ${platform.provinceCount ?? samples.platformProvinces.length} Flemish provinces have a regional platform; the source gives only their number`),
        })),
  );
  const meetingRows = samples.meetings.map((meeting) => ({
    ...meeting,
    ...sampleProvenance('an internal meeting calendar consistent with the published rhythm (4 times a year); agenda themes are taken from the sources'),
  }));

  const { coachingTracks, emmascanModules } = content.other;
  const trackRows = coachingTracks.map((track) => {
    const code = TRACK_OF_CONTENT_ID[track.id];
    if (!code) throw new Error(`flanders seed: unknown coaching track ${track.id}`);
    const { sources: _sources, ...provenance } = provenanceOf('coachingTracks', track, []);
    return { track: code, position: track.order, name: requiredText(track.name, track.id), ...provenance };
  });
  const moduleRows = emmascanModules.map((module) => {
    const { sources: _sources, ...provenance } = provenanceOf('emmascanModules', module, []);
    return { id: module.id, position: module.order, name: requiredText(module.name, module.id), ...provenance };
  });

  const flemishMunicipality = createMunicipalityLookup(inputs.municipalities, 'flanders seed', 'a Flemish municipality');
  const provinceOf = (nis: string) => flemishMunicipality(nis).provinceNis;
  const coachingOfferId = content.other.coachingFigures[0]?.offerId as string;
  const emmascanOfferId = 'vvsg-emmascan';
  const trajectoryProvenance = sampleProvenance('which municipalities VVSG coaches, on which track and since when; VVSG publishes only the totals (19 trajectories in 38 municipalities)');
  const trajectoryRows = samples.trajectories.map((trajectory) => ({
    id: trajectory.id,
    offerId: coachingOfferId,
    track: trajectory.track,
    startedOn: trajectory.startedOn,
    ...trajectoryProvenance,
  }));
  const trajectoryMunicipalityRows = samples.trajectories.flatMap((trajectory) =>
    trajectory.municipalities.map((nis) => ({ trajectoryId: trajectory.id, nis, provinceNis: provinceOf(nis) })),
  );
  const evaluationProvenance = sampleProvenance('which LIVC-R were evaluated with EMMASCAN, when, and their self-assessed levels; VVSG publishes only that 5 more LIVC-R were monitored');
  const evaluationRows = samples.evaluations.map((evaluation) => ({ id: evaluation.id, offerId: emmascanOfferId, evaluatedOn: evaluation.evaluatedOn, ...evaluationProvenance }));
  const evaluationMunicipalityRows = samples.evaluations.flatMap((evaluation) =>
    evaluation.municipalities.map((nis) => ({ evaluationId: evaluation.id, nis, provinceNis: provinceOf(nis) })),
  );
  const moduleResultRows = samples.evaluations.flatMap((evaluation) =>
    moduleRows.map((module, index) => ({ evaluationId: evaluation.id, moduleId: module.id, level: evaluation.moduleLevels[index] as number })),
  );

  const helpdeskYearRows = content.other.helpdeskFigures.map((figure) => {
    const { sources: _sources, ...provenance } = provenanceOf('helpdeskFigures', figure, ['vvsg']);
    return { year: figure.year, offerId: figure.offerId, questions: figure.questions, localGovernments: figure.localGovernments, ...provenance };
  });
  const helpdeskYear = helpdeskYearRows[0]?.year as number;
  const helpdeskProvenance = sampleProvenance(`the spread of VVSG’s ${helpdeskYear} helpdesk questions over provinces and quarters; VVSG publishes only the yearly totals`);
  const helpdeskQuestionRows = samples.helpdeskQuestions.map((row) => ({ year: helpdeskYear, ...row, ...helpdeskProvenance }));
  const helpdeskLocalGovernmentRows = samples.helpdeskLocalGovernments.map((row) => ({ year: helpdeskYear, ...row, ...helpdeskProvenance }));

  // No expert of the pool is named in the sources, so no real direct line exists: one obviously fictitious
  // SAMPLE contact per member organisation shows the protected field without inventing a person.
  const expertRows = expertPool.members.map((member, index) => ({
    id: `expert-sample-${member.organisationId}`,
    name: `Voorbeeldexpert ${member.listedAs} (SAMPLE)`,
    sortName: foldForSearch(member.listedAs),
    affiliation: member.listedAs,
    organisationId: member.organisationId,
    email: `expert.${member.organisationId}@example.invalid`,
    phone: `+32 2 000 00 ${String(index + 1).padStart(2, '0')}`,
    ...sampleProvenance('a fictitious expert contact; the sources name no expert of the pool and give no direct line'),
  }));

  const unmatched = inputs.namedItems.filter((item) => !matchedNamedItems.has(`${item.collection}:${item.id}`));
  if (unmatched.length > 0) {
    throw new Error(`flanders seed: named items without a record: ${unmatched.map((item) => `${item.collection}:${item.id}`).join(', ')}`);
  }

  const eventRows = [...curatedEventRows, ...sampleEventRows];
  return {
    organisations: organisationRows,
    projects: projectRows,
    offers: offerRows,
    events: eventRows.map(({ organiserIds: _organiserIds, ...event }) => event),
    eventOrganisers: eventOrganiserRows(eventRows),
    documents: documentRows,
    networks: networkRows,
    networkProvinces: networkProvinceRows,
    networkMeetings: meetingRows,
    experts: expertRows,
    coachingTracks: trackRows,
    coachingTrajectories: trajectoryRows,
    coachingTrajectoryMunicipalities: trajectoryMunicipalityRows,
    emmascanModules: moduleRows,
    emmascanEvaluations: evaluationRows,
    emmascanEvaluationMunicipalities: evaluationMunicipalityRows,
    emmascanModuleResults: moduleResultRows,
    helpdeskYears: helpdeskYearRows,
    helpdeskQuestionCounts: helpdeskQuestionRows,
    helpdeskLocalGovernmentCounts: helpdeskLocalGovernmentRows,
  };
}

function generateSamples(inputs: FlandersInputs) {
  const { content } = inputs;
  const coaching = content.other.coachingFigures[0];
  const helpdesk = content.other.helpdeskFigures[0];
  const platform = content.regionalPlatforms[0];
  if (!coaching || !helpdesk || !platform) throw new Error('flanders seed: coaching figures, helpdesk figures and the regional platform are required');
  const meetingNetworks = [
    ...content.workingGroups.map((network) => ({ id: network.id, timesPerYear: network.timesPerYear ?? 0, themes: WORKING_GROUP_THEMES })),
    ...content.intervisionCircles.map((network) => ({ id: network.id, timesPerYear: network.timesPerYear ?? 0, themes: INTERVISION_THEMES })),
  ].filter((network) => network.timesPerYear > 0);
  if (COACHING_TRACKS.length !== content.other.coachingTracks.length) throw new Error('flanders seed: coaching tracks changed');
  return generateFlemishSamples({
    municipalities: inputs.municipalities,
    totals: {
      trajectories: coaching.trajectories,
      coachedMunicipalities: coaching.municipalities,
      emmascanLivcR: coaching.emmascanMonitoredLivcR,
      helpdeskQuestions: helpdesk.questions,
      helpdeskLocalGovernments: helpdesk.localGovernments,
    },
    platformProvinceCount: platform.provinceCount ?? 3,
    meetingNetworks,
    emmascanModuleCount: content.other.emmascanModules.length,
  });
}
