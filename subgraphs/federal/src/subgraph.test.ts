import { readFileSync } from 'node:fs';
import path from 'node:path';
import { seedSchemas } from '@cohesion/db/seed';
import { snapshotSchema } from '@cohesion/db/testing';
import { POLICE_ZONES, type Identity } from '@cohesion/kit';
import { startTestSubgraph, type TestOperationResult, type TestRequest, type TestSubgraph } from '@cohesion/kit/testing';
import { createSubgraphContext } from './context';
import { readPublishedPoliceZones } from './police-zone-reference';
import { createSubgraph } from './subgraph';

type Page<Node> = { totalCount: number; nodes: Node[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

const CONTENT = JSON.parse(readFileSync(path.resolve(__dirname, '../../../db/seed/content/federal.json'), 'utf8')) as {
  other: {
    mobileTeam: { fieldVisits: number };
    coverageObservations: Array<{ id: string; date: string; regions: Array<{ region: string; cells: number | null; municipalitiesWithCell: number | null }> }>;
  };
  organisations: Array<{ id: string }>;
};
const MUNICIPALITY_NIS = readFileSync(path.resolve(__dirname, '../../../db/reference/belgium/municipalities_2025.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0] ?? '');

function identity(scopes: string[], jurisdictions: string[]): Identity {
  return { subject: 'test-user', scopes: new Set(scopes), jurisdictions, organisation: null };
}

describe('federal subgraph', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph({ schemas: ['federal'], createSubgraph, createContext: createSubgraphContext });
  });
  afterAll(() => subgraph.stop());

  async function run(query: string, variables?: Record<string, unknown>, request: TestRequest = {}): Promise<TestOperationResult> {
    return subgraph.execute(query, variables, request);
  }

  async function data<Data>(query: string, variables?: Record<string, unknown>, request?: Parameters<typeof run>[2]): Promise<Data> {
    const result = await run(query, variables, request);
    expect(result.errors).toBeUndefined();
    return result.data as Data;
  }

  describe('batching (no N+1)', () => {
    const entitiesQuery = `query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Municipality {
          nis
          mobileTeamVisits { date topic offer { title } provenance { kind } }
          localInitiatives { name guide { title } }
          policeZone { id name municipalities { nis } }
        }
      }
    }`;

    it('resolves the federal fields of 50 municipalities through _entities with as many SQL statements as for 5', async () => {
      const representations = (count: number) => MUNICIPALITY_NIS.slice(0, count).map((nis) => ({ __typename: 'Municipality', nis }));
      const five = await run(entitiesQuery, { representations: representations(5) });
      const fifty = await run(entitiesQuery, { representations: representations(50) });
      expect(five.errors).toBeUndefined();
      expect(fifty.errors).toBeUndefined();
      expect((fifty.data?._entities as unknown[]).length).toBe(50);
      expect(five.statements).toBeGreaterThan(0);
      expect(fifty.statements).toBe(five.statements);
    });

    it('answers the municipalities that the data concerns: Aalst has the ABC project, and some municipality has visits', async () => {
      const all = MUNICIPALITY_NIS.map((nis) => ({ __typename: 'Municipality', nis }));
      const result = await data<{ _entities: Array<{ nis: string; mobileTeamVisits: unknown[]; localInitiatives: Array<{ name: string }>; policeZone: { municipalities: Array<{ nis: string }> } | null }> }>(
        entitiesQuery,
        { representations: all },
      );
      const aalst = result._entities.find((municipality) => municipality.nis === '41002');
      expect(aalst?.localInitiatives.map((initiative) => initiative.name)).toEqual(['ABC']);
      expect(result._entities.reduce((sum, municipality) => sum + municipality.mobileTeamVisits.length, 0)).toBe(CONTENT.other.mobileTeam.fieldVisits);
      for (const municipality of result._entities) {
        expect(municipality.policeZone?.municipalities.map((member) => member.nis)).toContain(municipality.nis);
      }
    });

    it('reads a page of 81 visits with their offers and organisations in as many statements as a page of 5', async () => {
      const query = `query ($first: Int) { federal { mobileTeamVisits(first: $first) { nodes { id offer { title organisation { name parent { name } } } } } } }`;
      const small = await run(query, { first: 5 });
      const large = await run(query, { first: 81 });
      expect(large.errors).toBeUndefined();
      expect((large.data as { federal: { mobileTeamVisits: { nodes: unknown[] } } }).federal.mobileTeamVisits.nodes).toHaveLength(81);
      expect(large.statements).toBe(small.statements);
    });
  });

  describe('directory and framework', () => {
    it('lists every organisation of federal.json, with the Mobile Team under DG Security & Prevention under the FOD', async () => {
      const result = await data<{ federal: { organisations: Page<{ id: string }>; organisation: { name: string; alsoKnownAs: string[]; parent: { id: string; parent: { id: string } } } } }>(`{
        federal {
          organisations(first: 200) { totalCount nodes { id } }
          organisation(id: "mobile-team") { name alsoKnownAs parent { id parent { id } } }
        }
      }`);
      expect(result.federal.organisations.totalCount).toBe(CONTENT.organisations.length);
      expect(result.federal.organisations.nodes.map((node) => node.id).sort()).toEqual(CONTENT.organisations.map((o) => o.id).sort());
      expect(result.federal.organisation).toMatchObject({ alsoKnownAs: expect.arrayContaining(['Radix Team']), parent: { id: 'dg-security-prevention', parent: { id: 'fod-binnenlandse-zaken' } } });
    });

    it('gives the Mobile Team its offers, its EU funder as an EU-level entity, the guide and the colloquium', async () => {
      const { federal } = await data<{ federal: { mobileTeam: Record<string, unknown> & { offers: Array<{ kind: string }>; guide: { localInitiatives: unknown[]; initiativesMoreThan: number } } } }>(`{
        federal { mobileTeam {
          renamedTo renamedYear activeSince activeSincePrecision euCoFunded publishedFieldVisits
          funder { id } offers { kind } guide { initiativesMoreThan localInitiatives { id } presentedAt { date } } colloquium { date }
        } }
      }`);
      expect(federal.mobileTeam).toMatchObject({
        renamedTo: 'Radix Team',
        renamedYear: 2019,
        activeSince: '2016-05-01',
        activeSincePrecision: 'MONTH',
        euCoFunded: true,
        publishedFieldVisits: 81,
        funder: { id: 'european-commission' },
        colloquium: { date: '2018-10-15' },
      });
      expect(federal.mobileTeam.offers.map((offer) => offer.kind).sort()).toEqual(['OTHER', 'POLICY_SUPPORT', 'POLICY_SUPPORT', 'TRAINING']);
      expect(federal.mobileTeam.guide).toMatchObject({ initiativesMoreThan: 75, localInitiatives: expect.any(Array) });
      expect(federal.mobileTeam.guide.localInitiatives).toHaveLength(3);
    });

    it('orders the legal framework by date with undated documents last, and links Strategy T.E.R. to Plan R', async () => {
      const { federal } = await data<{
        federal: { documents: Page<{ id: string; date: { from: string } | null; replaces: { id: string } | null; replacedBy: Array<{ id: string }> }> };
      }>(`{
        federal { documents(first: 200) { totalCount nodes { id date { from } replaces { id } replacedBy { id } } } }
      }`);
      const dates = federal.documents.nodes.map((document) => document.date?.from ?? null);
      const dated = dates.filter((date): date is string => date !== null);
      expect(dates.slice(0, dated.length)).toEqual([...dated].sort());
      expect(dates.slice(dated.length).every((date) => date === null)).toBe(true);
      const ter = federal.documents.nodes.find((document) => document.id === 'strategie-ter');
      const planR = federal.documents.nodes.find((document) => document.id === 'plan-r');
      expect(ter?.replaces?.id).toBe('plan-r');
      expect(planR?.replacedBy.map((document) => document.id)).toEqual(['strategie-ter']);
    });

    it('filters documents by type and date range, offers by kind, events by date', async () => {
      const { federal } = await data<{ federal: Record<string, Page<{ id: string }>> }>(`{
        federal {
          circulars: documents(filter: { types: [CIRCULAR] }) { totalCount nodes { id } }
          from2018: documents(filter: { from: "2018-01-01", to: "2018-12-31" }) { totalCount nodes { id } }
          trainings: offers(filter: { kinds: [TRAINING] }) { totalCount nodes { id } }
          before2018: events(to: "2017-12-31") { totalCount nodes { id } }
          in2018: events(from: "2018-10-15", to: "2018-10-15") { totalCount nodes { id } }
          byOrganiser: events(filter: { organiser: "fod-binnenlandse-zaken" }) { totalCount nodes { id } }
        }
      }`);
      expect(federal.circulars?.nodes.map((node) => node.id).sort()).toEqual(['nieuwe-omzendbrief-livc-r', 'omzendbrief-gpi-78']);
      expect(federal.from2018?.nodes.map((node) => node.id).sort()).toEqual(['gids-lokale-tools-initiatieven', 'wet-2018-07-30-livc-r']);
      expect(federal.trainings?.nodes.map((node) => node.id)).toEqual(['mobile-team-sensibiliseringsopleidingen']);
      expect(federal.before2018?.totalCount).toBe(0);
      expect(federal.in2018?.nodes.map((node) => node.id)).toEqual(['colloquium-2018-10-15-gids-lokale-initiatieven']);
      expect(federal.byOrganiser?.totalCount).toBe(1);
    });

    it('filters projects by the period they run in with from/to, and still with the deprecated activeFrom/activeTo', async () => {
      const ids = async (filter: string) => {
        const { federal } = await data<{ federal: { projects: Page<{ id: string }> } }>(`{ federal { projects(first: 200, filter: { ${filter} }) { nodes { id } } } }`);
        return federal.projects.nodes.map((node) => node.id);
      };
      const all = await ids('');
      expect(all.length).toBeGreaterThan(0);
      expect(await ids('to: "1900-01-01"')).toEqual([]);
      expect(await ids('activeTo: "1900-01-01"')).toEqual([]);
      expect(await ids('from: "1900-01-01"')).toEqual(all);
      expect(await ids('activeFrom: "1900-01-01"')).toEqual(all);
      expect(await ids('activeFrom: "1900-01-01", activeTo: "2999-12-31"')).toEqual(await ids('from: "1900-01-01", to: "2999-12-31"'));
    });

    it('finds local initiatives by region, province, municipality and name', async () => {
      const { federal } = await data<{ federal: Record<string, Page<{ id: string; municipality: { nis: string } }>> }>(`{
        federal {
          brussels: localInitiatives(filter: { region: BRUSSELS }) { nodes { id municipality { nis } } }
          eastFlanders: localInitiatives(filter: { province: "40000" }) { nodes { id municipality { nis } } }
          dison: localInitiatives(filter: { municipality: "63020" }) { nodes { id municipality { nis } } }
          search: localInitiatives(filter: { search: "filosofieen" }) { nodes { id municipality { nis } } }
          byMunicipality: localInitiatives(orderBy: MUNICIPALITY_ASC) { nodes { id municipality { nis } } }
        }
      }`);
      expect(federal.brussels?.nodes.map((node) => node.municipality.nis)).toEqual(['21001']);
      expect(federal.eastFlanders?.nodes.map((node) => node.municipality.nis)).toEqual(['41002']);
      expect(federal.dison?.nodes.map((node) => node.id)).toEqual(['li-dison-educatief-project-media']);
      expect(federal.search?.nodes.map((node) => node.id)).toEqual(['li-anderlecht-diversiteit-overtuigingen-filosofieen']);
      expect(federal.byMunicipality?.nodes.map((node) => node.municipality.nis)).toEqual(['21001', '41002', '63020']);
    });

    it('picks a name in the asked language, then Accept-Language, then any language the source gives', async () => {
      const query = `{ federal { fod: organisation(id: "fod-binnenlandse-zaken") { name nl: name(lang: NL) fr: name(lang: FR) }
        dg: organisation(id: "dg-security-prevention") { name(lang: NL) } } }`;
      const dutch = await data<{ federal: { fod: Record<string, string>; dg: { name: string } } }>(query);
      const french = await data<{ federal: { fod: Record<string, string> } }>(query, undefined, { acceptLanguage: 'fr-BE,fr;q=0.9' });
      expect(dutch.federal.fod).toEqual({ name: 'FOD Binnenlandse Zaken', nl: 'FOD Binnenlandse Zaken', fr: 'SPF Intérieur' });
      expect(french.federal.fod.name).toBe('SPF Intérieur');
      expect(dutch.federal.dg.name).toBe('DG Security & Prevention');
    });
  });

  describe('Mobile Team visits (SAMPLE)', () => {
    it('holds exactly the published number of visits, in the team period, to real 2025 municipalities, each marked SAMPLE', async () => {
      const { federal } = await data<{ federal: { mobileTeamVisits: Page<{ date: string; municipality: { nis: string }; provenance: { kind: string; source: string } }> } }>(`{
        federal { mobileTeamVisits(first: 200) { totalCount nodes { date municipality { nis } provenance { kind source } } } }
      }`);
      const nodes = federal.mobileTeamVisits.nodes;
      expect(federal.mobileTeamVisits.totalCount).toBe(CONTENT.other.mobileTeam.fieldVisits);
      expect(nodes).toHaveLength(CONTENT.other.mobileTeam.fieldVisits);
      expect(nodes.map((node) => node.date)).toEqual(nodes.map((node) => node.date).sort());
      expect(nodes[0]!.date >= '2016-05-01' && nodes.at(-1)!.date <= '2018-10-15').toBe(true);
      const known = new Set(MUNICIPALITY_NIS);
      expect(nodes.every((node) => known.has(node.municipality.nis))).toBe(true);
      expect(new Set(nodes.map((node) => node.provenance.kind))).toEqual(new Set(['SAMPLE']));
      expect(nodes[0]!.provenance.source).toMatch(/generated illustration data/i);
    });

    it('pages through all visits with cursors, each exactly once', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const result: { federal: { mobileTeamVisits: Page<{ id: string }> } } = await data(
          `query ($after: String) { federal { mobileTeamVisits(first: 20, after: $after, orderBy: DATE_DESC) { nodes { id } pageInfo { hasNextPage endCursor } } } }`,
          { after },
        );
        seen.push(...result.federal.mobileTeamVisits.nodes.map((node) => node.id));
        pages += 1;
        if (!result.federal.mobileTeamVisits.pageInfo.hasNextPage) break;
        after = result.federal.mobileTeamVisits.pageInfo.endCursor;
      }
      expect(pages).toBe(Math.ceil(CONTENT.other.mobileTeam.fieldVisits / 20));
      expect(new Set(seen).size).toBe(CONTENT.other.mobileTeam.fieldVisits);
    });

    it('filters visits by region, province and date, consistently with the per-year-and-region figures', async () => {
      const { federal } = await data<{
        federal: {
          flanders: { totalCount: number };
          flanders2017: { totalCount: number };
          eastFlanders: { nodes: Array<{ municipality: { nis: string } }> };
          figures: Array<{ keys: Array<{ name: string; value: string }>; value: number; suppressed: boolean }>;
        };
      }>(`{
        federal {
          flanders: mobileTeamVisits(filter: { region: FLANDERS }) { totalCount }
          flanders2017: mobileTeamVisits(from: "2017-01-01", to: "2017-12-31", filter: { region: FLANDERS }) { totalCount }
          eastFlanders: mobileTeamVisits(first: 200, filter: { province: "40000" }) { nodes { municipality { nis } } }
          figures(kinds: [MOBILE_TEAM_VISITS_PER_YEAR_AND_REGION]) { keys { name value } value suppressed }
        }
      }`);
      const figure = (year: string, region: string) =>
        federal.figures.find((f) => f.keys.some((k) => k.name === 'year' && k.value === year) && f.keys.some((k) => k.name === 'region' && k.value === region))?.value ?? 0;
      expect(federal.figures.reduce((sum, f) => sum + f.value, 0)).toBe(CONTENT.other.mobileTeam.fieldVisits);
      expect(federal.flanders.totalCount).toBe(['2016', '2017', '2018'].reduce((sum, year) => sum + figure(year, 'FLANDERS'), 0));
      expect(federal.flanders2017.totalCount).toBe(figure('2017', 'FLANDERS'));
      expect(federal.eastFlanders.nodes.every((node) => /^4[0-6]/.test(node.municipality.nis))).toBe(true);
      expect(federal.figures.every((f) => !f.suppressed)).toBe(true);
    });

    it('shows the sectors of a visit only to a cells:read holder whose jurisdiction covers the municipality', async () => {
      const query = `{ federal { mobileTeamVisits(first: 1) { nodes { municipality { nis } participantSectors } } } }`;
      const anonymous = await run(query);
      const nis = (anonymous.data as { federal: { mobileTeamVisits: { nodes: Array<{ municipality: { nis: string } }> } } }).federal.mobileTeamVisits.nodes[0]!.municipality.nis;
      const otherNis = MUNICIPALITY_NIS.find((candidate) => candidate !== nis)!;
      const own = await run(query, undefined, { identity: identity(['cells:read'], [`nis:${nis}`]) });
      const federalStaff = await run(query, undefined, { identity: identity(['cells:read', 'national:read'], ['BE']) });
      const elsewhere = await run(query, undefined, { identity: identity(['cells:read'], [`nis:${otherNis}`]) });
      const withoutScope = await run(query, undefined, { identity: identity(['contacts:read'], [`nis:${nis}`]) });

      const sectors = (result: TestOperationResult) => (result.data as { federal: { mobileTeamVisits: { nodes: Array<{ participantSectors: string[] | null }> } } }).federal.mobileTeamVisits.nodes[0]!.participantSectors;
      for (const refused of [anonymous, elsewhere, withoutScope]) {
        expect(sectors(refused)).toBeNull();
        expect(refused.errors?.map((error) => [error.extensions?.code, error.path?.join('.')])).toEqual([
          ['UNAUTHORIZED_FIELD_OR_TYPE', 'federal.mobileTeamVisits.nodes.0.participantSectors'],
        ]);
      }
      expect(own.errors).toBeUndefined();
      expect(sectors(own)).toEqual(expect.arrayContaining(['LOCAL_GOVERNMENT']));
      expect(federalStaff.errors).toBeUndefined();
      expect(sectors(federalStaff)).toEqual(sectors(own));
    });
  });

  describe('LIVC-R coverage observations', () => {
    it('returns the dated observations of a region as published, oldest first, each with its source', async () => {
      const { federal } = await data<{ federal: { coverageObservations: Array<{ date: string; region: string; cells: number | null; municipalitiesCovered: number | null; provenance: { source: string; referenceDate: string } }> } }>(`{
        federal { coverageObservations(region: FLANDERS) { date region cells municipalitiesCovered provenance { source referenceDate } } }
      }`);
      const expected = CONTENT.other.coverageObservations.flatMap((observation) =>
        observation.regions.filter((region) => region.region === 'FLANDERS').map((region) => ({ cells: region.cells, municipalitiesCovered: region.municipalitiesWithCell })),
      );
      expect(expected.length).toBeGreaterThan(1);
      expect(federal.coverageObservations.map(({ cells, municipalitiesCovered }) => ({ cells, municipalitiesCovered }))).toEqual(expected);
      const dates = federal.coverageObservations.map((observation) => observation.date);
      expect(dates).toEqual([...dates].sort());
      expect(federal.coverageObservations.every((observation) => observation.region === 'FLANDERS' && observation.provenance.source.length > 0)).toBe(true);
    });

    it('gives the national series with totals where the source counts against one', async () => {
      const { federal } = await data<{ federal: { coverageObservations: Array<{ date: string; datePrecision: string; municipalitiesCovered: number | null; total: number | null; provenance: { source: string } }> } }>(`{
        federal { coverageObservations(region: BELGIUM, from: "2019-01-01") { date datePrecision municipalitiesCovered total provenance { source } } }
      }`);
      expect(federal.coverageObservations.map((o) => [o.date, o.datePrecision, o.municipalitiesCovered, o.total])).toEqual([
        ['2019-06-15', 'DAY', 382, null],
        ['2019-11-01', 'MONTH', 388, 581],
      ]);
      expect(federal.coverageObservations[1]!.provenance.source).toContain('mrsenat.be');
    });
  });

  describe('police zones (SAMPLE)', () => {
    it('puts every one of the 565 municipalities in exactly one zone, within about 176–182 zones', async () => {
      const { federal } = await data<{ federal: { policeZones: Page<{ id: string; municipalities: Array<{ nis: string }>; provenance: { kind: string } }> } }>(`{
        federal { policeZones(first: 200) { totalCount nodes { id municipalities { nis } provenance { kind } } } }
      }`);
      const members = federal.policeZones.nodes.flatMap((zone) => zone.municipalities.map((municipality) => municipality.nis));
      expect(federal.policeZones.totalCount).toBeGreaterThanOrEqual(176);
      expect(federal.policeZones.totalCount).toBeLessThanOrEqual(182);
      expect(members.sort()).toEqual([...MUNICIPALITY_NIS].sort());
      expect(federal.policeZones.nodes.every((zone) => zone.provenance.kind === 'SAMPLE' && zone.id.startsWith('SAMPLE-'))).toBe(true);
    });

    it('filters zones by province and counts them per province in the figures', async () => {
      const { federal } = await data<{ federal: { limburg: { totalCount: number; nodes: Array<{ province: { nis: string } }> }; figures: Array<{ keys: Array<{ name: string; value: string }>; value: number }> } }>(`{
        federal {
          limburg: policeZones(filter: { province: "70000" }, first: 200) { totalCount nodes { province { nis } } }
          figures(kinds: [POLICE_ZONES_PER_PROVINCE]) { keys { name value } value }
        }
      }`);
      expect(federal.limburg.nodes.every((zone) => zone.province.nis === '70000')).toBe(true);
      expect(federal.figures.find((f) => f.keys[0]?.value === '70000')?.value).toBe(federal.limburg.totalCount);
      expect(federal.figures.find((f) => f.keys[0]?.name === 'region')?.keys[0]?.value).toBe('BRUSSELS');
    });

    it('publishes exactly the zone composition kit reads zone: jurisdictions with (else: npm run police-zones -w federal)', async () => {
      const published = await readPublishedPoliceZones(subgraph);
      expect(new Map(Object.entries(published.zones))).toEqual(POLICE_ZONES);
    });
  });

  describe('bad input', () => {
    it.each([
      ['a page size of 0', `{ federal { offers(first: 0) { totalCount } } }`, 'first 0'],
      ['a page size of 201', `{ federal { events(first: 201) { totalCount } } }`, 'first 201'],
      ['an unknown province', `{ federal { localInitiatives(filter: { province: "12345" }) { totalCount } } }`, '"12345"'],
      ['a malformed NIS code', `{ federal { mobileTeamVisits(filter: { municipality: "Aalst" }) { totalCount } } }`, '"Aalst"'],
      ['a range that ends before it starts', `{ federal { events(from: "2019-01-01", to: "2018-01-01") { totalCount } } }`, '"2018-01-01"'],
      ['a forged cursor', `{ federal { documents(after: "bm90LWEtY3Vyc29y") { totalCount } } }`, '"bm90LWEtY3Vyc29y"'],
      ['an empty cursor', `{ federal { documents(after: "") { totalCount } } }`, 'after ""'],
      ['a deprecated bound that contradicts its new name', `{ federal { projects(filter: { from: "2020-01-01", activeFrom: "2019-01-01" }) { totalCount } } }`, '"2019-01-01"'],
    ])('rejects %s with BAD_USER_INPUT naming the value', async (_case, query, value) => {
      const result = await run(query);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain(value);
    });

    it('refuses a cursor of another order of the same list', async () => {
      const first = await data<{ federal: { documents: { pageInfo: { endCursor: string } } } }>(`{ federal { documents(first: 2) { pageInfo { endCursor } } } }`);
      const result = await run(`query ($after: String) { federal { documents(after: $after, orderBy: TITLE_ASC) { totalCount } } }`, {
        after: first.federal.documents.pageInfo.endCursor,
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('refuses a day that does not exist', async () => {
      const result = await run(`query ($from: Date) { federal { events(from: $from) { totalCount } } }`, { from: '2021-02-30' });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain('2021-02-30');
    });
  });

  it('seeds idempotently: seeding again with the checksum bypassed changes no row of any table', async () => {
    const before = await snapshotSchema(subgraph.database, 'federal');
    await seedSchemas(subgraph.database, ['federal'], { force: true });
    expect(await snapshotSchema(subgraph.database, 'federal')).toEqual(before);
  });
});
