import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestHub, type TestHub } from '../support/start-test-hub';

const CONTENT = path.resolve(__dirname, '../../db/seed/content');

type NamedItem = { level: string; collection: string; id: string; label: string; sourceId: string };
type Content = {
  sources: Array<{ id: string; title: string }>;
  organisations: Array<{ id: string }>;
  events: Array<{ id: string; date: string; organiserIds: string[]; venue: { nis: string | null } }>;
};

const namedItems = (JSON.parse(readFileSync(path.join(CONTENT, 'named-items.json'), 'utf8')) as NamedItem[]).filter(
  (item) => item.level === 'eu-partners',
);
const content = JSON.parse(readFileSync(path.join(CONTENT, 'eu-partners.json'), 'utf8')) as Content;
const sourceTitles = new Map(content.sources.map((source) => [source.id, source.title]));

/** Lower case, no accents, quotes or punctuation: labels and names are compared as words. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
}

type Texts = { nl: string | null; fr: string | null; de: string | null; en: string | null };
type Found = { id: string; texts: string[]; sources: string[] };

describe('eu-partners through the gateway', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it('serves the directory of EU-level organisations, each with its source', async () => {
    const { status, body } = await hub.query<{
      euPartners: { organisations: { totalCount: number; nodes: Array<{ id: string; name: string; type: string; provenance: { source: string; kind: string } }> } };
    }>(`{ euPartners { organisations(first: 200) { totalCount nodes { id name(lang: EN) type level provenance { source kind } } } } }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const { organisations } = body.data!.euPartners;
    expect(organisations.totalCount).toBe(content.organisations.length);
    expect(organisations.nodes.map((node) => node.id).sort()).toEqual(content.organisations.map((organisation) => organisation.id).sort());
    expect(organisations.nodes.find((node) => node.id === 'vox-pol')).toMatchObject({ name: 'VOX-Pol Network of Excellence', type: 'RESEARCH_NETWORK' });
    expect(organisations.nodes.every((node) => node.provenance.kind === 'PUBLICATION' && node.provenance.source.length > 0)).toBe(true);
  });

  it('lists the agenda between two dates with organisers and venues, municipalities named by their own subgraph', async () => {
    const { body } = await hub.query<{
      euPartners: {
        events: {
          totalCount: number;
          nodes: Array<{
            id: string;
            date: string;
            startTime: string | null;
            organisers: Array<{ __typename: string; id: string }>;
            venue: { name: string | null; address: string | null; municipality: { nis: string; name: string } | null };
            speakers: Array<{ name: string | null }>;
          }>;
        };
      };
    }>(
      `query ($from: Date, $to: Date) { euPartners { events(from: $from, to: $to, first: 200) { totalCount nodes {
        id date startTime title
        organisers { __typename ... on EuOrganisation { id } ... on WalloniaBrusselsOrganisation { id } }
        venue { name address municipality { nis name(lang: FR) } }
        speakers { name }
      } } } }`,
      { variables: { from: '2017-12-01', to: '2019-12-31' } },
    );
    expect(body.errors).toBeUndefined();
    const expected = content.events.filter((event) => event.date >= '2017-12-01' && event.date <= '2019-12-31');
    const { nodes, totalCount } = body.data!.euPartners.events;
    expect(totalCount).toBe(expected.length);
    expect(nodes.map((node) => node.id)).toEqual([...expected].sort((a, b) => a.date.localeCompare(b.date)).map((event) => event.id));
    for (const node of nodes) {
      const source = expected.find((event) => event.id === node.id)!;
      expect(node.organisers.map((organiser) => organiser.id)).toEqual(source.organiserIds);
      expect(node.venue.municipality?.nis ?? null).toBe(source.venue.nis);
    }
    const studyMorning = nodes.find((node) => node.id === 'bfpvs-efus-studievoormiddag-2017-12-11')!;
    expect(studyMorning.organisers.map((organiser) => organiser.__typename)).toEqual([
      'WalloniaBrusselsOrganisation',
      'EuOrganisation',
      'WalloniaBrusselsOrganisation',
    ]);
    expect(studyMorning.venue).toEqual({
      name: 'jeugdcentrum van Bravvo vzw “Horizon”',
      address: 'Moorsledestraat 54, 1020 Brussel',
      municipality: { nis: '21004', name: 'Bruxelles' },
    });
    const pressClub = nodes.find((node) => node.id === 'vox-pol-2019-11-12-how-extreme-european-far-right')!;
    expect(pressClub).toMatchObject({ startTime: '12:00', venue: { name: 'Press Club', municipality: { nis: '21005', name: 'Etterbeek' } } });
    expect(pressClub.speakers).toEqual([{ name: 'Reem Ahmed' }]);
  });

  it('gives the municipalities of a province their EU project participation in one operation', async () => {
    const { body } = await hub.query<{
      municipalities: { nodes: Array<{ nis: string; name: string; euProjects: Array<{ role: string; project: { acronym: string } }> }> };
    }>(`{ municipalities(filter: { province: "20001" }, first: 100) { nodes { nis name euProjects { role project { acronym } } } } }`);
    expect(body.errors).toBeUndefined();
    const withProjects = body.data!.municipalities.nodes
      .filter((node) => node.euProjects.length > 0)
      .map((node) => [node.name, node.euProjects.map((participation) => participation.project.acronym)]);
    expect(withProjects).toEqual([
      ['Vilvoorde', ['LIAISE']],
      ['Leuven', ['LIAISE 2', 'LOUD']],
    ]);
  });

  it('finds every EU-level item that the source documents name, by id and label, with its source', async () => {
    const textsOf = (texts: Texts | null) => (texts ? [texts.nl, texts.fr, texts.de, texts.en].filter((text): text is string => Boolean(text)) : []);
    const { body } = await hub.query<{
      euPartners: {
        organisations: { nodes: Array<{ id: string; names: Texts; acronym: string | null; sources: Array<{ source: string }> }> };
        events: { nodes: Array<{ id: string; titles: Texts; sources: Array<{ source: string }> }> };
        projects: { nodes: Array<{ id: string; name: string; acronym: string | null; sources: Array<{ source: string }> }> };
        documents: { nodes: Array<{ id: string; titles: Texts; reference: string | null; sources: Array<{ source: string }> }> };
        workingGroups: { nodes: Array<{ id: string; names: Texts; code: string | null; sources: Array<{ source: string }> }> };
      };
    }>(`{ euPartners {
      organisations(first: 200) { nodes { id names { nl fr de en } acronym sources { source } } }
      events(first: 200) { nodes { id titles { nl fr de en } sources { source } } }
      projects(first: 200) { nodes { id name acronym sources { source } } }
      documents(first: 200) { nodes { id titles { nl fr de en } reference sources { source } } }
      workingGroups(first: 200) { nodes { id names { nl fr de en } code sources { source } } }
    } }`);
    expect(body.errors).toBeUndefined();
    const level = body.data!.euPartners;
    const sourcesOf = (node: { sources: Array<{ source: string }> }) => node.sources.map((source) => source.source);
    const found: Record<string, Found[]> = {
      organisations: level.organisations.nodes.map((n) => ({ id: n.id, texts: [...textsOf(n.names), ...(n.acronym ? [n.acronym] : [])], sources: sourcesOf(n) })),
      events: level.events.nodes.map((n) => ({ id: n.id, texts: textsOf(n.titles), sources: sourcesOf(n) })),
      projects: level.projects.nodes.map((n) => ({ id: n.id, texts: [n.name, ...(n.acronym ? [n.acronym] : [])], sources: sourcesOf(n) })),
      documents: level.documents.nodes.map((n) => ({ id: n.id, texts: textsOf(n.titles), sources: sourcesOf(n) })),
      workingGroups: level.workingGroups.nodes.map((n) => ({ id: n.id, texts: [...textsOf(n.names), ...(n.code ? [n.code] : [])], sources: sourcesOf(n) })),
    };

    expect(namedItems.length).toBeGreaterThan(40);
    const missing: string[] = [];
    for (const item of namedItems) {
      const record = found[item.collection]?.find((candidate) => candidate.id === item.id);
      const label = fold(item.label);
      // A label may be a name in one language, an acronym, or both ("LIAISE “Local institutions against violent extremism”").
      const labelled = record?.texts.some((text) => {
        const name = fold(text);
        return name === label || (name.length > 3 && label.includes(name)) || (label.length > 3 && name.includes(label));
      });
      const title = sourceTitles.get(item.sourceId);
      const sourced = title !== undefined && record?.sources.some((source) => source.includes(title));
      if (!record || !labelled || !sourced) missing.push(`${item.collection}/${item.id} (${item.label}; ${item.sourceId})`);
    }
    expect(missing).toEqual([]);
  });

  it('answers the EU level anonymously: directories, events, projects and figures are public', async () => {
    const { body } = await hub.query<{ euPartners: { figures: Array<{ label: string; value: number; suppressed: boolean }> } }>(
      `{ euPartners { figures(kinds: [EVENTS_PER_KIND]) { label value suppressed } } }`,
    );
    expect(body.errors).toBeUndefined();
    const total = body.data!.euPartners.figures.reduce((sum, figure) => sum + figure.value, 0);
    expect(total).toBe(content.events.length);
  });
});
