import { readFileSync } from 'node:fs';
import path from 'node:path';
import { signDevelopmentToken } from '@cohesion/kit';
import { startTestHub, type TestHub } from '../support/start-test-hub';

type NamedItem = { level: string; collection: string; id: string; label: string; sourceId: string };
type Localized = { nl: string | null; fr: string | null; de: string | null; en: string | null };
type Record_ = { id: string; names?: Localized; titles?: Localized; acronym?: string | null; alsoKnownAs: string[]; sources: Array<{ source: string; kind: string }> };

const CONTENT = path.resolve(__dirname, '../../db/seed/content');
const namedItems = (JSON.parse(readFileSync(path.join(CONTENT, 'named-items.json'), 'utf8')) as NamedItem[]).filter((item) => item.level === 'flanders');
const sourceTitles = new Map(
  (JSON.parse(readFileSync(path.join(CONTENT, 'flanders.json'), 'utf8')) as { sources: Array<{ id: string; title: string }> }).sources.map((source) => [source.id, source.title]),
);

/** Each named collection of the Flemish level, as a field of `flanders` and the selection of its names. */
const COLLECTIONS: Record<string, { field: string; names: string }> = {
  organisations: { field: 'organisations', names: 'names { nl fr de en } acronym' },
  offers: { field: 'offers', names: 'titles { nl fr de en }' },
  events: { field: 'events', names: 'titles { nl fr de en }' },
  projects: { field: 'projects', names: 'names { nl fr de en } acronym' },
  documents: { field: 'documents', names: 'titles { nl fr de en }' },
  workingGroups: { field: 'workingGroups', names: 'names { nl fr de en }' },
  intervisionCircles: { field: 'intervisionCircles', names: 'names { nl fr de en }' },
  regionalPlatforms: { field: 'regionalPlatforms', names: 'names { nl fr de en }' },
};

/** Case, accents, quotes and punctuation do not make a different name. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function namesOf(record: Record_): string[] {
  const localized = record.names ?? record.titles;
  return [localized?.nl, localized?.fr, localized?.de, localized?.en, record.acronym, ...record.alsoKnownAs].filter((name): name is string => Boolean(name));
}

describe('the Flemish level through the gateway', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it('serves the directory: organisations with their functional contacts, the expert pool and its offers', async () => {
    const { body } = await hub.query<{
      flanders: {
        organisations: { totalCount: number; nodes: Array<{ id: string; type: string; functionalContact: { email: string | null; phone: string | null } }> };
        expertPool: { name: string; free: boolean; members: Array<{ name: string; offers: Array<{ kind: string; sessions: number | null }> }> };
        offers: { totalCount: number };
      };
    }>(`{ flanders {
      organisations(first: 200) { totalCount nodes { id type functionalContact { email phone } } }
      expertPool { name free members { name offers { kind sessions } } }
      offers { totalCount }
    } }`);
    expect(body.errors).toBeUndefined();
    const flanders = body.data!.flanders;
    expect(flanders.organisations.totalCount).toBe(13);
    expect(flanders.organisations.nodes.find((node) => node.id === 'caw-limburg-team-extremisme')?.functionalContact).toEqual({
      email: 'teamextremisme@cawlimburg.be',
      phone: '089 33 99 37',
    });
    expect(flanders.expertPool.free).toBe(true);
    expect(flanders.expertPool.members.map((member) => member.name).sort()).toEqual([
      'CAW Limburg, team Extremisme',
      'Ceapire',
      'Netwerk Islamexperten',
      'Solentra vzw',
      'Textgain',
    ]);
    expect(flanders.expertPool.members.reduce((total, member) => total + member.offers.length, 0)).toBe(24);
    expect(flanders.offers.totalCount).toBe(31);
  });

  it('lists the events between two dates with their organisers and venues, municipalities named by their own subgraph', async () => {
    const { body } = await hub.query<{
      flanders: {
        events: {
          nodes: Array<{
            date: string;
            startTime: string;
            title: string;
            organisers: Array<{ acronym: string }>;
            venue: { name: string; online: boolean; municipality: { nis: string; name: string } | null };
            provenance: { kind: string };
          }>;
        };
      };
    }>(`{ flanders { events(from: "2023-01-01", to: "2023-12-31") { nodes {
      date startTime title organisers { acronym } venue { name online municipality { nis name } } provenance { kind }
    } } } }`);
    expect(body.errors).toBeUndefined();
    const events = body.data!.flanders.events.nodes;
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(events.map((event) => event.date)).toEqual(events.map((event) => event.date).sort());
    expect(events.every((event) => event.date >= '2023-01-01' && event.date <= '2023-12-31' && event.organisers[0]?.acronym === 'VVSG')).toBe(true);
    const onSite = events.find((event) => !event.venue.online);
    expect(onSite?.venue.municipality).toEqual({ nis: '21004', name: 'Brussel' });
    expect(events.every((event) => event.provenance.kind === 'SAMPLE')).toBe(true);
    expect(events.some((event) => event.venue.online && event.venue.name === 'Online')).toBe(true);
  });

  it('finds every Flemish item of named-items.json by id, label and source, and by searching for its label', async () => {
    expect(namedItems.length).toBeGreaterThanOrEqual(60);
    const records = new Map<string, Record_>();
    for (const [collection, { field, names }] of Object.entries(COLLECTIONS)) {
      const { body } = await hub.query<{ flanders: Record<string, { nodes: Record_[] }> }>(
        `{ flanders { ${field}(first: 200) { nodes { id ${names} alsoKnownAs sources { source kind } } } } }`,
      );
      expect(body.errors).toBeUndefined();
      for (const node of body.data!.flanders[field]!.nodes) records.set(`${collection}:${node.id}`, node);
    }
    const problems: string[] = [];
    for (const item of namedItems) {
      const record = records.get(`${item.collection}:${item.id}`);
      const sourceTitle = sourceTitles.get(item.sourceId) as string;
      if (!record) {
        problems.push(`${item.collection}:${item.id} not in the graph`);
        continue;
      }
      if (!namesOf(record).some((name) => fold(name) === fold(item.label))) problems.push(`${item.id}: no name reads "${item.label}"`);
      if (!record.sources.some((source) => source.source.includes(sourceTitle))) problems.push(`${item.id}: source "${sourceTitle}" missing`);
      const field = COLLECTIONS[item.collection]?.field as string;
      const { body } = await hub.query<{ flanders: Record<string, { nodes: Array<{ id: string }> }> }>(
        `query ($search: String) { flanders { ${field}(filter: { search: $search }, first: 200) { nodes { id } } } }`,
        { variables: { search: item.label } },
      );
      if (!body.data?.flanders[field]?.nodes.some((node) => node.id === item.id)) problems.push(`${item.id}: searching "${item.label}" does not find it`);
    }
    expect(problems).toEqual([]);
  });

  // The benchmark's directory operation (hub/src/bench/operations.ts), with the fields of each organisation that other
  // rows hold (its expert pool, members and offers): each is loaded for the whole page at once.
  it('issues as many SQL statements for a page of every Flemish organisation as for a page of 3', async () => {
    const query = `query ($first: Int!) { flanders { organisations(first: $first) {
      totalCount
      nodes { id name acronym type level website functionalContact { email } expertPool { name } members { id } offers { id } }
      pageInfo { hasNextPage endCursor }
    } } }`;
    type Data = { flanders: { organisations: { totalCount: number; nodes: Array<{ id: string; expertPool: unknown; members: unknown[]; offers: unknown[] }> } } };
    const statementsFor = async (first: number) => {
      const before = hub.database.statementCount();
      const { body } = await hub.query<Data>(query, { variables: { first }, headers: { 'cache-control': 'no-cache' } });
      expect(body.errors).toBeUndefined();
      return { organisations: body.data!.flanders.organisations, statements: hub.database.statementCount() - before };
    };
    const three = await statementsFor(3);
    const all = await statementsFor(three.organisations.totalCount);
    expect(three.organisations.nodes).toHaveLength(3);
    expect(all.organisations.nodes.length).toBeGreaterThanOrEqual(10);
    expect(all.organisations.nodes.filter((node) => node.offers.length > 0).length).toBeGreaterThan(3);
    expect(three.statements).toBeGreaterThan(0);
    expect(all.statements).toBe(three.statements);
  });

  it('adds coaching trajectories and regional platforms to the municipalities of a province, at a cost independent of their number', async () => {
    const query = `query ($province: ID!) { municipalities(filter: { province: $province }, first: 200) { nodes {
      nis name coachingTrajectories { id track } regionalPlatforms { id } emmascanEvaluations { id }
    } } }`;
    type Data = { municipalities: { nodes: Array<{ nis: string; coachingTrajectories: Array<{ id: string }>; regionalPlatforms: Array<{ id: string }> }> } };
    const statementsFor = async (province: string) => {
      const before = hub.database.statementCount();
      const { body } = await hub.query<Data>(query, { variables: { province } });
      expect(body.errors).toBeUndefined();
      return { nodes: body.data!.municipalities.nodes, statements: hub.database.statementCount() - before };
    };
    const eastFlanders = await statementsFor('40000');
    const limburg = await statementsFor('70000');
    expect(eastFlanders.nodes.length).toBeGreaterThan(limburg.nodes.length);
    expect(eastFlanders.statements).toBe(limburg.statements);

    const figures = await hub.query<{ flanders: { figures: Array<{ keys: Array<{ name: string; value: string }>; value: number }> } }>(
      `{ flanders { figures(kinds: [COACHED_MUNICIPALITIES_PER_PROVINCE]) { keys { name value } value } } }`,
    );
    const coachedIn = (province: string) =>
      figures.body.data!.flanders.figures.find((figure) => figure.keys.some((key) => key.name === 'province' && key.value === province))?.value ?? 0;
    expect(eastFlanders.nodes.filter((node) => node.coachingTrajectories.length > 0)).toHaveLength(coachedIn('40000'));
    expect(limburg.nodes.filter((node) => node.coachingTrajectories.length > 0)).toHaveLength(coachedIn('70000'));
    const platformProvinces = [eastFlanders, limburg].filter((province) => province.nodes.every((node) => node.regionalPlatforms.length === 1));
    const withoutPlatform = [eastFlanders, limburg].filter((province) => province.nodes.every((node) => node.regionalPlatforms.length === 0));
    expect(platformProvinces.length + withoutPlatform.length).toBe(2);
  });

  it('hides an expert’s direct line from anonymous callers, shows it to a Flemish network member, not a Walloon one', async () => {
    const query = `{ flanders { experts(first: 1) { nodes { name directLine { phone } } } } }`;
    const anonymous = await hub.query<{ flanders: { experts: { nodes: Array<{ name: string; directLine: unknown }> } } }>(query);
    expect(anonymous.body.data?.flanders.experts.nodes[0]).toEqual({ name: expect.stringContaining('SAMPLE'), directLine: null });
    expect(anonymous.body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);

    const token = (jurisdictions: string[]) => signDevelopmentToken({ subject: 'network-member', scopes: ['contacts:read'], jurisdictions });
    const flemish = await hub.query<{ flanders: { experts: { nodes: Array<{ directLine: { phone: string } | null }> } } }>(query, {
      headers: { authorization: `Bearer ${await token(['BE-VLG'])}` },
    });
    expect(flemish.body.errors).toBeUndefined();
    expect(flemish.body.data?.flanders.experts.nodes[0]?.directLine?.phone).toMatch(/^\+32 2 000 00 \d\d$/);
    const walloon = await hub.query<{ flanders: { experts: { nodes: Array<{ directLine: unknown }> } } }>(query, {
      headers: { authorization: `Bearer ${await token(['BE-WAL'])}` },
    });
    expect(walloon.body.data?.flanders.experts.nodes[0]?.directLine).toBeNull();
    expect(walloon.body.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
  });

  it('publishes the helpdesk totals to everyone and its detail only to regional coordinators', async () => {
    const query = `{ flanders { helpdeskYears { year questions localGovernments detail { value suppressed } } } }`;
    const anonymous = await hub.query<{ flanders: { helpdeskYears: Array<{ year: number; questions: number; localGovernments: number; detail: unknown }> } }>(query);
    expect(anonymous.body.data?.flanders.helpdeskYears).toEqual([{ year: 2023, questions: 133, localGovernments: 53, detail: null }]);
    const coordinator = await signDevelopmentToken({ subject: 'vvsg-coordinator', scopes: ['contacts:read', 'cells:read', 'regional:read'], jurisdictions: ['BE-VLG'] });
    const allowed = await hub.query<{ flanders: { helpdeskYears: Array<{ detail: Array<{ value: number | null; suppressed: boolean }> }> } }>(query, {
      headers: { authorization: `Bearer ${coordinator}` },
    });
    expect(allowed.body.errors).toBeUndefined();
    const detail = allowed.body.data!.flanders.helpdeskYears[0]!.detail;
    expect(detail.length).toBeGreaterThan(0);
    expect(detail.filter((figure) => figure.suppressed).every((figure) => figure.value === null)).toBe(true);
  });
});
