import { startTestHub, type TestHub } from '../support/start-test-hub';

type Node = {
  nis: string;
  livcrCell: { id: string; scope: string } | null;
  coachingTrajectories: Array<{ track: string }>;
  mobileTeamVisits: Array<{ date: string }>;
  euProjects: Array<{ project: { name: string } }>;
  csilrSupport: unknown;
};
type Province = { municipalities: { totalCount: number; nodes: Node[] } };

/** One operation, four levels: the municipalities of a province with what each level knows about them. */
const PROVINCE_ACROSS_LEVELS = `query ($province: ID, $region: RegionCode, $first: Int = 600) {
  municipalities(filter: { province: $province, region: $region }, first: $first) {
    totalCount
    nodes {
      nis
      names { nl }
      livcrCell { id scope status }
      coachingTrajectories { track startedOn }
      mobileTeamVisits { date topic }
      euProjects { project { name } role }
    }
  }
}`;

async function subgraphFetches(hub: TestHub): Promise<Record<string, number>> {
  const text = await (await fetch(hub.url.replace(/\/graphql$/, '/metrics'))).text();
  const counts: Record<string, number> = {};
  for (const match of text.matchAll(/^cohesion_gateway_subgraph_fetches_total\{subgraph="([^"]+)"\} (\d+)$/gm)) {
    counts[match[1]!] = Number(match[2]);
  }
  return counts;
}

function difference(after: Record<string, number>, before: Record<string, number>) {
  return Object.fromEntries(Object.entries(after).map(([name, count]) => [name, count - (before[name] ?? 0)]).filter(([, count]) => count !== 0));
}

describe('one operation across jurisdictions', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  async function measure(variables: Record<string, unknown>) {
    const fetchesBefore = await subgraphFetches(hub);
    const statementsBefore = hub.database.statementCount();
    // The plan's own fetches and statements, not an answer from the gateway's response cache.
    const response = await hub.query<Province>(PROVINCE_ACROSS_LEVELS, { variables, headers: { 'cache-control': 'no-cache' } });
    const statements = hub.database.statementCount() - statementsBefore;
    const fetches = difference(await subgraphFetches(hub), fetchesBefore);
    return { response, statements, fetches };
  }

  it('returns every municipality of East Flanders with its LIVC-R cell, coaching, Mobile Team visits and EU projects', async () => {
    const { response } = await measure({ province: '40000' });
    expect(response.body.errors).toBeUndefined();
    const { totalCount, nodes } = response.body.data!.municipalities;
    expect(totalCount).toBe(55);
    expect(nodes).toHaveLength(55);
    // Each level contributes real rows for East Flanders, not just empty lists.
    expect(nodes.filter((n) => n.livcrCell !== null).length).toBeGreaterThan(0);
    expect(nodes.filter((n) => n.coachingTrajectories.length > 0).length).toBeGreaterThan(0);
    expect(nodes.filter((n) => n.mobileTeamVisits.length > 0).length).toBeGreaterThan(0);
    expect(nodes.every((n) => Array.isArray(n.euProjects))).toBe(true);
  });

  it('asks each subgraph once per level of the query plan, not once per municipality', async () => {
    const eastFlanders = await measure({ province: '40000' });
    expect(eastFlanders.fetches).toEqual({ municipalities: 1, flanders: 1, federal: 1, 'eu-partners': 1 });

    const flanders = await measure({ region: 'FLANDERS' });
    expect(flanders.response.body.data!.municipalities.nodes).toHaveLength(285);
    expect(flanders.fetches).toEqual(eastFlanders.fetches);
  });

  // Flemish Brabant is compared rather than East Flanders because its municipalities, like Flanders as a whole,
  // take part in EU projects (Leuven, Vilvoorde): the plan then reads one more level, whatever the number of rows.
  it('issues as many SQL statements for the 285 Flemish municipalities as for the 63 of Flemish Brabant', async () => {
    const flemishBrabant = await measure({ province: '20001' });
    const flanders = await measure({ region: 'FLANDERS' });
    expect(flemishBrabant.response.body.data!.municipalities.nodes.some((n) => n.euProjects.length > 0)).toBe(true);
    expect(flemishBrabant.statements).toBeGreaterThan(0);
    expect(flanders.statements).toBe(flemishBrabant.statements);
  });

  // The benchmark's cross-level operation (hub/src/bench/operations.ts) paged: each level answers one batch of keys.
  it('issues as many SQL statements for a page of 50 municipalities across levels as for a page of 5', async () => {
    const five = await measure({ region: 'FLANDERS', first: 5 });
    const fifty = await measure({ region: 'FLANDERS', first: 50 });
    expect(five.response.body.errors).toBeUndefined();
    expect(fifty.response.body.errors).toBeUndefined();
    expect(five.response.body.data!.municipalities.nodes).toHaveLength(5);
    const nodes = fifty.response.body.data!.municipalities.nodes;
    expect(nodes).toHaveLength(50);
    // Rows from the other levels too, so that a query per municipality anywhere would show in the count.
    expect(nodes.filter((n) => n.livcrCell !== null).length).toBeGreaterThan(5);
    expect(nodes.filter((n) => n.coachingTrajectories.length > 0).length).toBeGreaterThan(5);
    expect(nodes.filter((n) => n.mobileTeamVisits.length > 0).length).toBeGreaterThan(0);
    expect(fifty.fetches).toEqual(five.fetches);
    expect(five.statements).toBeGreaterThan(0);
    expect(fifty.statements).toBe(five.statements);
  });

  it('lists the agenda between two dates across every level that has events, with organisers and venues', async () => {
    const window = { from: '2017-01-01', to: '2020-12-31' };
    const levelEvents = (level: string, organiser: string) => `${level} {
      events(from: $from, to: $to, first: 50) { totalCount nodes { date title venue { name city municipality { nis } } ${organiser} } }
    }`;
    const { body } = await hub.query<Record<string, { events: { totalCount: number; nodes: Array<{ date: string | null; title: string; organisers: unknown[] }> } }>>(
      `query ($from: Date, $to: Date) {
        ${levelEvents('federal', 'organisers { id name }')}
        ${levelEvents('flanders', 'organisers { id name }')}
        ${levelEvents('walloniaBrussels', 'organisers { id name }')}
        ${levelEvents('euPartners', 'organisers { ... on EuOrganisation { id name } ... on WalloniaBrusselsOrganisation { id name } }')}
      }`,
      { variables: window },
    );
    expect(body.errors).toBeUndefined();
    const levels = Object.entries(body.data!);
    expect(levels.map(([level]) => level)).toEqual(['federal', 'flanders', 'walloniaBrussels', 'euPartners']);
    const events = levels.flatMap(([, level]) => level.events.nodes);
    expect(events.length).toBeGreaterThanOrEqual(10);
    for (const event of events) {
      expect(event.date! >= window.from && event.date! <= window.to).toBe(true);
      expect(event.title.length).toBeGreaterThan(0);
    }
    // The federal colloquium of 15 October 2018 and the VOX-Pol lunch briefings of autumn 2019 are on the agenda.
    expect(body.data!.federal!.events.nodes.map((e) => e.date)).toContain('2018-10-15');
    expect(body.data!.euPartners!.events.nodes.filter((e) => e.date?.startsWith('2019-')).length).toBeGreaterThanOrEqual(6);
    expect(events.filter((e) => e.organisers.length > 0).length).toBeGreaterThan(events.length / 2);
  });
});
