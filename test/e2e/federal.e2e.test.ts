import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestHub, type TestHub } from '../support/start-test-hub';

const CONTENT_DIR = path.resolve(__dirname, '../../db/seed/content');

type NamedItem = { level: string; collection: string; id: string; label: string; sourceId: string };
type Localized = { nl: string | null; fr: string | null; de: string | null; en: string | null };
type FoundItem = {
  id: string;
  texts: Array<Localized | string | null>;
  provenance: { source: string; kind: string; referenceDate: string };
};

const federalContent = JSON.parse(readFileSync(path.join(CONTENT_DIR, 'federal.json'), 'utf8')) as {
  sources: Array<{ id: string; title: string }>;
  organisations: Array<{ id: string }>;
};
const namedItems = (JSON.parse(readFileSync(path.join(CONTENT_DIR, 'named-items.json'), 'utf8')) as NamedItem[]).filter(
  (item) => item.level === 'federal',
);

/** Lower case, no accents, no punctuation, no leading article: how a label is compared with the graph's texts. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(de|het|een|the|a|le|la|les)\s/, '');
}

/** A source's label matches a record when one of the record's texts contains it, or is the start of it. */
function matchesLabel(item: FoundItem, label: string): boolean {
  const wanted = fold(label);
  const texts = item.texts.flatMap((text) => (text === null ? [] : typeof text === 'string' ? [text] : Object.values(text))).filter(
    (text): text is string => typeof text === 'string' && text.length > 0,
  );
  return texts.map(fold).some((text) => text.includes(wanted) || (text.length >= 3 && wanted.startsWith(text)));
}

const LOCALIZED = 'nl fr de en';
const COLLECTION_QUERIES: Record<string, string> = {
  organisations: `organisations(first: 100) { pageInfo { hasNextPage } nodes { id names { ${LOCALIZED} } acronym alsoKnownAs descriptions { ${LOCALIZED} } provenance { source kind referenceDate } } }`,
  offers: `offers(first: 100) { pageInfo { hasNextPage } nodes { id titles { ${LOCALIZED} } descriptions { ${LOCALIZED} } provenance { source kind referenceDate } } }`,
  events: `events(first: 100) { pageInfo { hasNextPage } nodes { id titles { ${LOCALIZED} } descriptions { ${LOCALIZED} } provenance { source kind referenceDate } } }`,
  projects: `projects(first: 100) { pageInfo { hasNextPage } nodes { id titles { ${LOCALIZED} } descriptions { ${LOCALIZED} } provenance { source kind referenceDate } } }`,
  documents: `documents(first: 100) { pageInfo { hasNextPage } nodes { id titles { ${LOCALIZED} } reference descriptions { ${LOCALIZED} } provenance { source kind referenceDate } } }`,
  localInitiatives: `localInitiatives(first: 100) { pageInfo { hasNextPage } nodes { id names { ${LOCALIZED} } descriptions { ${LOCALIZED} } provenance { source kind referenceDate } } }`,
};

type RawNode = {
  id: string;
  names?: Localized;
  titles?: Localized;
  descriptions?: Localized | null;
  acronym?: string | null;
  alsoKnownAs?: string[];
  reference?: string | null;
  provenance: FoundItem['provenance'];
};

describe('the federal level through the gateway', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it('serves the federal directory: every organisation, the Mobile Team inside its DG inside the FOD, each with its source', async () => {
    const { body } = await hub.query<{
      federal: {
        organisations: { totalCount: number; nodes: Array<{ id: string; name: string; type: string; level: string; provenance: { source: string; kind: string } }> };
        mobileTeam: { organisation: { name: string; alsoKnownAs: string[]; parent: { name: string; parent: { name: string } } }; offers: Array<{ title: string; kind: string }> };
      };
    }>(`{
      federal {
        organisations(first: 200) { totalCount nodes { id name type level provenance { source kind } } }
        mobileTeam { organisation { name alsoKnownAs parent { name parent { name } } } offers { title kind } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const { organisations, mobileTeam } = body.data!.federal;
    expect(organisations.totalCount).toBe(federalContent.organisations.length);
    expect(organisations.nodes.every((node) => node.level === 'FEDERAL' && node.provenance.source.length > 0)).toBe(true);
    expect(mobileTeam.organisation).toMatchObject({
      name: 'Mobile Team',
      alsoKnownAs: expect.arrayContaining(['Radix Team']),
      parent: { name: 'DG Security & Prevention', parent: { name: 'FOD Binnenlandse Zaken' } },
    });
    expect(mobileTeam.offers.map((offer) => offer.kind)).toContain('TRAINING');
  });

  it('lists the events between two dates with their organisers, venues and speakers', async () => {
    const { body } = await hub.query<{
      federal: { events: { totalCount: number; nodes: Array<{ date: string; title: string; kind: string; venue: unknown; organisers: Array<{ id: string; name: string }>; speakers: Array<{ name: string }> }> } };
      outside: { events: { totalCount: number } };
    }>(`{
      federal {
        events(from: "2018-01-01", to: "2018-12-31") {
          totalCount
          nodes { date title(lang: NL) kind venue { name address city municipality { nis } } organisers { id name } speakers { name affiliation } }
        }
      }
      outside: federal { events(from: "2019-01-01", to: "2019-12-31") { totalCount } }
    }`);
    expect(body.errors).toBeUndefined();
    const { events } = body.data!.federal;
    expect(events.totalCount).toBe(1);
    expect(events.nodes[0]).toMatchObject({
      date: '2018-10-15',
      title: 'Colloquium op 15 oktober 2018',
      kind: 'COLLOQUIUM',
      // The source names no venue for the colloquium.
      venue: null,
      organisers: [{ id: 'fod-binnenlandse-zaken', name: 'FOD Binnenlandse Zaken' }],
      speakers: [expect.objectContaining({ name: 'Jan Jambon' })],
    });
    expect(body.data!.outside.events.totalCount).toBe(0);
  });

  it(`finds every one of the ${namedItems.length} federal items of named-items.json with its label and its source`, async () => {
    const collections = [...new Set(namedItems.map((item) => item.collection))];
    expect(collections.every((collection) => COLLECTION_QUERIES[collection])).toBe(true);
    // One operation per collection keeps each within the gateway's cost limit.
    const graph: Record<string, RawNode[]> = {};
    for (const collection of collections) {
      const { body } = await hub.query<{ federal: Record<string, { pageInfo: { hasNextPage: boolean }; nodes: RawNode[] }> }>(
        `{ federal { ${COLLECTION_QUERIES[collection]} } }`,
      );
      expect(body.errors).toBeUndefined();
      const page = body.data!.federal[collection]!;
      expect(page.pageInfo.hasNextPage).toBe(false);
      graph[collection] = page.nodes;
    }
    const sourceTitles = new Map(federalContent.sources.map((source) => [source.id, source.title]));
    const problems: string[] = [];
    for (const item of namedItems) {
      const node = graph[item.collection]?.find((candidate) => candidate.id === item.id);
      if (!node) {
        problems.push(`${item.collection}/${item.id}: not in the graph`);
        continue;
      }
      const found: FoundItem = {
        id: node.id,
        texts: [node.names ?? null, node.titles ?? null, node.descriptions ?? null, node.acronym ?? null, node.reference ?? null, ...(node.alsoKnownAs ?? [])],
        provenance: node.provenance,
      };
      if (!matchesLabel(found, item.label)) problems.push(`${item.collection}/${item.id}: no text matches the label ${JSON.stringify(item.label)}`);
      const title = sourceTitles.get(item.sourceId);
      if (!title || !node.provenance.source.includes(title)) {
        problems.push(`${item.collection}/${item.id}: provenance ${JSON.stringify(node.provenance.source)} does not cite ${item.sourceId}`);
      }
    }
    expect(problems).toEqual([]);
    expect(namedItems.length).toBeGreaterThan(20);
  });

  it('answers, for the municipalities of East Flanders, their name from one subgraph and their federal facts from another', async () => {
    const { body } = await hub.query<{
      municipalities: { nodes: Array<{ nis: string; name: string; mobileTeamVisits: Array<{ date: string; topic: string }>; localInitiatives: Array<{ name: string }>; policeZone: { id: string; municipalities: Array<{ nis: string }> } | null }> };
      federal: { mobileTeamVisits: { totalCount: number } };
    }>(`{
      municipalities(filter: { province: "40000" }, first: 100) {
        nodes { nis name mobileTeamVisits { date topic } localInitiatives { name } policeZone { id municipalities { nis } } }
      }
      federal { mobileTeamVisits(filter: { province: "40000" }) { totalCount } }
    }`);
    expect(body.errors).toBeUndefined();
    const nodes = body.data!.municipalities.nodes;
    expect(nodes.length).toBeGreaterThan(50);
    const aalst = nodes.find((municipality) => municipality.nis === '41002');
    expect(aalst).toMatchObject({ name: 'Aalst', localInitiatives: [{ name: 'ABC' }] });
    expect(nodes.reduce((sum, municipality) => sum + municipality.mobileTeamVisits.length, 0)).toBe(body.data!.federal.mobileTeamVisits.totalCount);
    expect(nodes.every((municipality) => municipality.policeZone?.municipalities.some((member) => member.nis === municipality.nis))).toBe(true);
  });

  it('names the municipality of a local initiative through the municipalities subgraph, in the caller’s language', async () => {
    const { body } = await hub.query<{ federal: { localInitiatives: { nodes: Array<{ id: string; municipality: { name: string } }> } } }>(
      `{ federal { localInitiatives(filter: { region: WALLONIA }) { nodes { id municipality { name } } } } }`,
      { headers: { 'accept-language': 'fr' } },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.federal.localInitiatives.nodes).toEqual([{ id: 'li-dison-educatief-project-media', municipality: { name: 'Dison' } }]);
  });

  it('exposes the dated LIVC-R coverage observations as a series with their sources', async () => {
    const { body } = await hub.query<{ federal: { coverageObservations: Array<{ date: string; region: string; cells: number | null; municipalitiesCovered: number | null; provenance: { source: string } }> } }>(
      `{ federal { coverageObservations(region: BELGIUM) { date region cells municipalitiesCovered municipalitiesWithout total note provenance { source kind referenceDate } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const series = body.data!.federal.coverageObservations;
    expect(series.map((point) => point.date)).toEqual([...series.map((point) => point.date)].sort());
    expect(series[0]).toMatchObject({ date: '2016-05-27', cells: 109, municipalitiesCovered: 152 });
    expect(new Set(series.map((point) => point.provenance.source)).size).toBe(series.length);
  });

  it('gives an anonymous caller null and UNAUTHORIZED_FIELD_OR_TYPE for a visit’s internal details, and the rest of the visit', async () => {
    const { status, body } = await hub.query<{ federal: { mobileTeamVisits: { nodes: Array<{ date: string; participantSectors: string[] | null }> } } }>(
      `{ federal { mobileTeamVisits(first: 2) { nodes { date participantSectors } } } }`,
    );
    expect(status).toBe(200);
    expect(body.data!.federal.mobileTeamVisits.nodes.every((node) => node.date && node.participantSectors === null)).toBe(true);
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(body.errors!.every((error) => error.extensions?.code === 'UNAUTHORIZED_FIELD_OR_TYPE')).toBe(true);
  });
});
