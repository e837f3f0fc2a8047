import { readFileSync } from 'node:fs';
import path from 'node:path';
import { seedEuPartners, seedSchemas } from '@cohesion/db/seed';
import { snapshotSchema } from '@cohesion/db/testing';
import { startTestSubgraph, type TestSubgraph } from '@cohesion/kit/testing';
import { createSubgraphContext } from './context';
import { createSubgraph } from './subgraph';

type Result<Data> = { data: Data; errors: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }> | undefined };
type Connection<Node> = { totalCount: number; nodes: Node[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null } };

const content = JSON.parse(readFileSync(path.resolve(__dirname, '../../../db/seed/content/eu-partners.json'), 'utf8')) as {
  events: Array<{ id: string; date: string; organiserIds: string[] }>;
};
const allNis = readFileSync(path.resolve(__dirname, '../../../db/reference/belgium/municipalities_2025.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0] as string);

describe('eu-partners subgraph', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph({ schemas: ['eu_partners'], createSubgraph, createContext: createSubgraphContext });
  });
  afterAll(() => subgraph.stop());

  async function run<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, acceptLanguage?: string) {
    const { statements, data, errors } = await subgraph.execute<Data>(query, variables, { acceptLanguage });
    return { statements, result: { data, errors } as Result<Data> };
  }

  async function ok<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, acceptLanguage?: string) {
    const { statements, result } = await run<Data>(query, variables, acceptLanguage);
    expect(result.errors).toBeUndefined();
    return { statements, data: result.data };
  }

  describe('Municipality extension', () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Municipality {
      nis
      euProjects { role name project { id acronym lead { id } start { text } } partner { __typename ... on Municipality { nis } } provenance { source } }
      efusMemberships { evidence statement organisation { acronym } projects { id } member { __typename } }
    } } }`;
    const partners = ['21004', '62063', '23088', '52011', '24062'];
    const representationsOf = (nis: string[]) => nis.map((code) => ({ __typename: 'Municipality', nis: code }));
    type Entities = { _entities: Array<{ nis: string; euProjects: Array<{ role: string; project: { id: string } }>; efusMemberships: Array<{ evidence: string; projects: Array<{ id: string }> }> }> };

    it('costs the same SQL statements for 5 and for 50 municipalities (batched, no query per municipality)', async () => {
      const fifty = [...partners, ...allNis.filter((nis) => !partners.includes(nis)).slice(0, 45)];
      const five = await ok<Entities>(query, { representations: representationsOf(partners) });
      const many = await ok<Entities>(query, { representations: representationsOf(fifty) });
      expect(many.data._entities).toHaveLength(50);
      expect(five.statements).toBeGreaterThan(0);
      expect(many.statements).toBe(five.statements);
    });

    it("gives Leuven its LIAISE 2 and LOUD partnerships and Vilvoorde its LIAISE one, as the sources list them", async () => {
      const { data } = await ok<Entities>(query, { representations: representationsOf(['24062', '23088', '44021']) });
      const byNis = new Map(data._entities.map((entity) => [entity.nis, entity]));
      expect(byNis.get('24062')?.euProjects.map((p) => [p.project.id, p.role])).toEqual([
        ['liaise-2', 'PARTNER'],
        ['loud', 'PARTNER'],
      ]);
      expect(byNis.get('23088')?.euProjects.map((p) => p.project.id)).toEqual(['liaise']);
      expect(byNis.get('44021')?.euProjects).toEqual([]);
    });

    it('links Efus project partners to Efus with that evidence only, never as stated members', async () => {
      const { data } = await ok<Entities>(query, { representations: representationsOf(['62063', '44021']) });
      const [liege, ghent] = data._entities;
      expect(liege?.efusMemberships).toEqual([
        expect.objectContaining({ evidence: 'EFUS_PROJECT_PARTNER', projects: [{ id: 'liaise' }, { id: 'liaise-2' }] }),
      ]);
      expect(ghent?.efusMemberships).toEqual([]);
      const all = await ok<{ euPartners: { stated: { totalCount: number }; partners: Connection<{ name: string; member: { __typename: string } }> } }>(
        `{ euPartners { stated: efusMemberships(evidence: STATED_MEMBER) { totalCount } partners: efusMemberships(evidence: EFUS_PROJECT_PARTNER) { totalCount nodes { name member { __typename } } } } }`,
      );
      expect(all.data.euPartners.stated.totalCount).toBe(0);
      expect(all.data.euPartners.partners.nodes.map((n) => n.member.__typename).sort()).toEqual([
        'Municipality',
        'Municipality',
        'Municipality',
        'Municipality',
        'Municipality',
        'WalloniaBrusselsOrganisation',
      ]);
    });
  });

  describe('events', () => {
    const eventsQuery = `query ($first: Int, $after: String, $orderBy: EuEventOrder) { euPartners { events(first: $first, after: $after, orderBy: $orderBy) {
      totalCount nodes { id date title venue { name municipality { nis } } organisers { __typename ... on EuOrganisation { id name } ... on WalloniaBrusselsOrganisation { id } }
        series { id name } project { acronym } speakers { name affiliation } sources { source } }
      pageInfo { hasNextPage hasPreviousPage endCursor } } } }`;
    type Events = { euPartners: { events: Connection<{ id: string; date: string }> } };

    it('pages through every event with cursors, each once, oldest first, newest first on demand', async () => {
      for (const orderBy of ['DATE_ASC', 'DATE_DESC']) {
        const seen: Array<{ id: string; date: string }> = [];
        let after: string | null = null;
        for (let page = 0; page < 10; page += 1) {
          const { data }: { data: Events } = await ok<Events>(eventsQuery, { first: 4, after, orderBy });
          expect(data.euPartners.events.totalCount).toBe(content.events.length);
          expect(data.euPartners.events.pageInfo.hasPreviousPage).toBe(after !== null);
          seen.push(...data.euPartners.events.nodes);
          if (!data.euPartners.events.pageInfo.hasNextPage) break;
          after = data.euPartners.events.pageInfo.endCursor;
        }
        expect(seen.map((event) => event.id).sort()).toEqual(content.events.map((event) => event.id).sort());
        const dates = seen.map((event) => event.date);
        expect(dates).toEqual([...dates].sort((a, b) => (orderBy === 'DATE_ASC' ? a.localeCompare(b) : b.localeCompare(a))));
      }
    });

    it('issues no more SQL statements for every event with its organisers, series, project and sources than for two', async () => {
      const two = await ok<Events>(eventsQuery, { first: 2 });
      const all = await ok<Events>(eventsQuery, { first: 50 });
      expect(all.data.euPartners.events.nodes).toHaveLength(content.events.length);
      expect(all.statements).toBeLessThanOrEqual(two.statements);
    });

    it('filters by date range, kind, organiser of another level, venue municipality, language and search', async () => {
      const ids = async (args: string) => {
        const { data } = await ok<{ euPartners: { events: Connection<{ id: string }> } }>(`{ euPartners { events(${args}) { totalCount nodes { id } } } }`);
        expect(data.euPartners.events.totalCount).toBe(data.euPartners.events.nodes.length);
        return data.euPartners.events.nodes.map((event) => event.id);
      };
      const autumn2019 = content.events.filter((event) => event.date >= '2019-09-01' && event.date <= '2019-12-31').map((event) => event.id);
      expect(await ids('from: "2019-09-01", to: "2019-12-31"')).toEqual(autumn2019);
      expect(autumn2019).toHaveLength(6);
      expect(await ids('filter: { kinds: [STUDY_MORNING] }')).toEqual(['bfpvs-efus-studievoormiddag-2017-12-11']);
      expect(await ids('filter: { organiser: "bravvo" }')).toEqual(['bfpvs-efus-studievoormiddag-2017-12-11']);
      expect(await ids('filter: { organiser: "vox-pol" }')).toEqual(content.events.filter((e) => e.organiserIds.includes('vox-pol')).map((e) => e.id));
      expect(await ids('filter: { municipality: "21005" }')).toHaveLength(5);
      expect(await ids('filter: { online: false, municipality: "21004" }')).toEqual([
        'bfpvs-efus-studievoormiddag-2017-12-11',
        'vox-pol-2019-10-01-preventing-online-radicalisation',
      ]);
      expect(await ids('filter: { language: FR }')).toEqual(expect.arrayContaining(['efus-webinar-2020-04-14-domestic-violence']));
      expect(await ids('filter: { language: FR }')).not.toContain('vox-pol-2019-10-08-radical-right-extremism-disinformation');
      expect(await ids('filter: { search: "maura conway" }')).toEqual(['vox-pol-2019-10-22-syrian-jihadi-online-ecology']);
      expect(await ids('filter: { series: "efus-webconference-series-spring-2020" }')).toHaveLength(7);
    });

    it('names the 1 October 2019 briefing, its speaker, venue and organisers from the source', async () => {
      const { data } = await ok<{ euPartners: { event: Record<string, unknown> } }>(`{ euPartners { event(id: "vox-pol-2019-10-01-preventing-online-radicalisation") {
        title kind date startTime endTime language venue { online name address postalCode municipality { nis } }
        speakers { name affiliation role } registration { instructions free }
        organisers { ... on EuOrganisation { id } } provenance { source kind referenceDate } } } }`);
      expect(data.euPartners.event).toMatchObject({
        title: 'Preventing online radicalisation – A state of play at EU-level',
        kind: 'LUNCH_BRIEFING',
        date: '2019-10-01',
        startTime: '12:00',
        endTime: '14:00',
        language: 'EN',
        venue: { online: false, name: 'Berlaymont', address: 'Rue de la Loi 200, 1000 Brussels', postalCode: '1000', municipality: { nis: '21004' } },
        speakers: [{ name: 'Hans Das', affiliation: expect.stringContaining('Migration and Home Affairs'), role: 'SPEAKER' }],
        organisers: [{ id: 'vox-pol' }, { id: 'ec-representation-belgium' }],
        provenance: { source: expect.stringContaining('Preventie van gewelddadig extremisme'), kind: 'PUBLICATION', referenceDate: '2019-10-01' },
      });
    });
  });

  describe('projects, documents and organisations', () => {
    it('filters projects by partner province and region, organisation, activity window and programme', async () => {
      const ids = async (filter: string) => {
        const { data } = await ok<{ euPartners: { projects: Connection<{ id: string }> } }>(`{ euPartners { projects(filter: { ${filter} }) { totalCount nodes { id } } } }`);
        return data.euPartners.projects.nodes.map((project) => project.id);
      };
      expect(await ids('partnerProvince: "20001"')).toEqual(['liaise', 'loud', 'liaise-2']);
      expect(await ids('partnerRegion: "04000"')).toEqual(['liaise', 'liaise-2']);
      expect(await ids('partnerMunicipality: "52011"')).toEqual(['liaise-2']);
      expect(await ids('organisation: "bfpvs"')).toEqual(['liaise-2']);
      expect(await ids('organisation: "european-commission"')).toEqual(['liaise']);
      expect(await ids('from: "2019-06-01"')).toEqual(['practicies', 'bridge', 'loud']);
      expect(await ids('to: "2015-01-01"')).toEqual(['liaise']);
      // The names before `from`/`to`, deprecated, still work for released clients.
      expect(await ids('activeFrom: "2019-06-01"')).toEqual(['practicies', 'bridge', 'loud']);
      expect(await ids('activeTo: "2015-01-01"')).toEqual(['liaise']);
      expect(await ids('fundingProgramme: "Horizon 2020"')).toEqual(['practicies']);
    });

    it('gives partial dates as precise as the sources, and orders projects with an unknown start last', async () => {
      const { data } = await ok<{ euPartners: { projects: { nodes: Array<{ id: string; start: { text: string; from: string; to: string; precision: string } | null; end: { to: string } }> } } }>(
        `{ euPartners { projects(orderBy: START_DESC) { nodes { id start { text from to precision } end { to } } } } }`,
      );
      const nodes = data.euPartners.projects.nodes;
      expect(nodes.at(-1)).toMatchObject({ id: 'liaise-2', start: null, end: { to: '2017-12-31' } });
      expect(nodes.find((n) => n.id === 'bridge')?.start).toEqual({ text: '2019', from: '2019-01-01', to: '2019-12-31', precision: 'YEAR' });
      expect(nodes.find((n) => n.id === 'practicies')?.start).toEqual({ text: '2017-05', from: '2017-05-01', to: '2017-05-31', precision: 'MONTH' });
    });

    it('filters documents by an overlapping date range and type, undated ones last', async () => {
      const { data } = await ok<{ euPartners: { in2015: { nodes: Array<{ id: string }> }; all: { nodes: Array<{ id: string; date: unknown }> }; calls: { totalCount: number } } }>(
        `{ euPartners {
          in2015: documents(filter: { from: "2015-01-01", to: "2015-12-31" }) { nodes { id } }
          all: documents(orderBy: DATE_DESC) { nodes { id date { text } } }
          calls: documents(filter: { types: [CALL] }) { totalCount }
        } }`,
      );
      expect(data.euPartners.in2015.nodes.map((d) => d.id)).toEqual(['coe-congres-strategie-radicalisering-2015', 'coe-cm-actieplan-2015-05-19']);
      expect(data.euPartners.all.nodes.slice(-2).map((d) => d.date)).toEqual([null, null]);
      expect(data.euPartners.calls.totalCount).toBe(1);
    });

    it('follows RAN to its successor, EUCPN to its legal basis and Efus to its Belgian relay of another level', async () => {
      const { data } = await ok<{ euPartners: Record<string, Record<string, unknown>> }>(`{ euPartners {
        ran: organisation(id: "ran") { foundedYear successor { id } successionYear workingGroups { code } }
        eucpn: organisation(id: "eucpn") { legalBasis { reference date { text } } documents { id } }
        efus: organisation(id: "efus") { memberCount { value approximate unit } belgianRelay { __typename ... on WalloniaBrusselsOrganisation { id } } projects { id } }
        coe: organisation(id: "raad-van-europa") { level units { id } }
      } }`);
      expect(data.euPartners.ran).toMatchObject({ foundedYear: 2011, successor: { id: 'eu-knowledge-hub-prevention-radicalisation' }, successionYear: 2024 });
      expect((data.euPartners.ran?.workingGroups as unknown[]).length).toBe(10);
      expect(data.euPartners.eucpn).toEqual({
        legalBasis: { reference: '2009/902/JHA', date: { text: '2009' } },
        documents: [{ id: 'eucpn-monitor-radicalisation-violent-extremism' }],
      });
      expect(data.euPartners.efus).toMatchObject({
        memberCount: { value: 250, approximate: true, unit: 'member authorities' },
        belgianRelay: { __typename: 'WalloniaBrusselsOrganisation', id: 'bfpvs' },
      });
      expect((data.euPartners.efus?.projects as Array<{ id: string }>).map((p) => p.id).sort()).toEqual(['bridge', 'liaise', 'liaise-2', 'loud', 'practicies']);
      expect(data.euPartners.coe).toEqual({ level: 'COUNCIL_OF_EUROPE', units: [{ id: 'coe-comite-van-ministers' }, { id: 'coe-congres-lokale-regionale-overheden' }] });
    });

    it('chooses names by argument, then Accept-Language, then any language given', async () => {
      const query = `{ euPartners { organisation(id: "efus") { name nl: name(lang: NL) de: name(lang: DE) } } }`;
      const english = await ok<{ euPartners: { organisation: Record<string, string> } }>(query, undefined, 'en-GB,en;q=0.9');
      const dutch = await ok<{ euPartners: { organisation: Record<string, string> } }>(query, undefined, 'nl-BE');
      expect(english.data.euPartners.organisation).toEqual({
        name: 'European Forum for Urban Security',
        nl: 'Europees Forum voor Veiligheid in de Steden',
        de: 'European Forum for Urban Security',
      });
      expect(dutch.data.euPartners.organisation.name).toBe('Europees Forum voor Veiligheid in de Steden');
    });
  });

  describe('figures', () => {
    it('counts events per month over all events, and municipal partnerships per province', async () => {
      type Row = { kind: string; label: string; keys: Array<{ name: string; value: string }>; value: number; suppressed: boolean; provenance: { kind: string } };
      const { data } = await ok<{ euPartners: { all: Row[]; autumn: Row[] } }>(
        `{ euPartners {
          all: figures(kinds: [EVENTS_PER_MONTH, MUNICIPAL_PARTNERSHIPS_PER_PROVINCE, PROJECTS_PER_FUNDING_PROGRAMME]) {
            kind label keys { name value } value suppressed provenance { kind } }
          autumn: figures(kinds: [EVENTS_PER_MONTH], from: "2019-09-01", to: "2019-12-31") { kind label value suppressed keys { name value } provenance { kind } }
        } }`,
      );
      const ofKind = (kind: string) => data.euPartners.all.filter((figure) => figure.kind === kind);
      const figures = {
        eventsPerMonth: ofKind('EVENTS_PER_MONTH'),
        autumn: data.euPartners.autumn,
        municipalPartnershipsPerProvince: ofKind('MUNICIPAL_PARTNERSHIPS_PER_PROVINCE'),
        projectsPerFundingProgramme: ofKind('PROJECTS_PER_FUNDING_PROGRAMME'),
      };
      expect(figures.eventsPerMonth?.reduce((sum, figure) => sum + figure.value, 0)).toBe(content.events.length);
      expect(figures.autumn?.map((figure) => [figure.label, figure.value])).toEqual([
        ['2019-10', 4],
        ['2019-11', 2],
      ]);
      const perPlace = Object.fromEntries(figures.municipalPartnershipsPerProvince!.map((f) => [`${f.keys[0]?.name}:${f.keys[0]?.value}`, f.value]));
      expect(perPlace).toEqual({ 'province:20001': 3, 'province:50000': 1, 'province:60000': 2, 'region:04000': 2 });
      expect(figures.projectsPerFundingProgramme?.find((f) => f.label === 'Horizon 2020')?.value).toBe(1);
      expect(Object.values(figures).flat().every((figure) => figure.suppressed === false)).toBe(true);
      // None of this level's records is generated illustration data.
      expect(Object.values(figures).flat().every((figure) => figure.provenance.kind === 'PUBLICATION')).toBe(true);
    });
  });

  describe('bad input', () => {
    it.each([
      ['a page size out of range', '{ euPartners { events(first: 201) { totalCount } } }', '201'],
      ['a forged cursor', '{ euPartners { events(after: "bm90LWEtY3Vyc29y") { totalCount } } }', 'bm90LWEtY3Vyc29y'],
      ['a cursor of another order', null, 'eu-event'],
      ['an end before the start', '{ euPartners { events(from: "2020-01-01", to: "2019-01-01") { totalCount } } }', '2019-01-01'],
      ['a malformed NIS code', '{ euPartners { projects(filter: { partnerProvince: "Leuven" }) { totalCount } } }', 'Leuven'],
    ])('refuses %s with BAD_USER_INPUT naming the value', async (_case, query, named) => {
      let operation = query;
      if (operation === null) {
        const { data } = await ok<{ euPartners: { events: { pageInfo: { endCursor: string } } } }>(
          '{ euPartners { events(first: 1, orderBy: DATE_ASC) { pageInfo { endCursor } } } }',
        );
        operation = `{ euPartners { events(orderBy: DATE_DESC, after: "${data.euPartners.events.pageInfo.endCursor}") { totalCount } } }`;
      }
      const { result } = await run(operation);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain(named === 'eu-event' ? 'cursor' : named);
    });

    it('refuses an impossible date with BAD_USER_INPUT naming the value', async () => {
      const { result } = await run('query ($from: Date) { euPartners { events(from: $from) { totalCount } } }', { from: '2019-02-30' });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain('2019-02-30');
    });

    it('answers null, without an error, for an unknown id', async () => {
      const { data } = await ok('{ euPartners { organisation(id: "nope") { id } event(id: "nope") { id } project(id: "nope") { id } document(id: "nope") { id } } }');
      expect(data).toEqual({ euPartners: { organisation: null, event: null, project: null, document: null } });
    });
  });

  it('seeds idempotently: seeding again with the checksum bypassed changes no row of any table', async () => {
    const before = await snapshotSchema(subgraph.database, 'eu_partners');
    expect(before.events).toHaveLength(content.events.length);
    expect(await seedEuPartners(subgraph.database.db)).toBe('unchanged');
    await seedSchemas(subgraph.database, ['eu_partners'], { force: true });
    expect(await snapshotSchema(subgraph.database, 'eu_partners')).toEqual(before);
  });
});
