import { seedSchemas } from '@cohesion/db/seed';
import { snapshotSchema } from '@cohesion/db/testing';
import { type Identity } from '@cohesion/kit';
import { startTestSubgraph, type TestOperationResult, type TestRequest, type TestSubgraph } from '@cohesion/kit/testing';
import { createSubgraphContext } from './context';
import { createSubgraph } from './subgraph';

function identity(scopes: string[], jurisdictions: string[]): Identity {
  return { subject: 'test-user', scopes: new Set(scopes), jurisdictions, organisation: null };
}

describe('wallonia-brussels subgraph', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph({ schemas: ['wallonia_brussels'], createSubgraph, createContext: createSubgraphContext });
  });
  afterAll(() => subgraph.stop());

  async function execute(query: string, variables?: Record<string, unknown>, options: TestRequest = {}): Promise<TestOperationResult> {
    return subgraph.execute(query, variables, options);
  }

  async function data<Data>(query: string, variables?: Record<string, unknown>, options?: TestRequest) {
    const result = await execute(query, variables, options);
    expect(result.errors).toBeUndefined();
    return { data: result.data as Data, statements: result.statements };
  }

  type Level<T> = { walloniaBrussels: T };

  it('pages through every organisation by name with cursors, each exactly once, and backwards with NAME_DESC', async () => {
    const query = `query ($after: String, $orderBy: WalloniaBrusselsOrganisationOrder) {
      walloniaBrussels { organisations(first: 4, after: $after, orderBy: $orderBy) {
        totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`;
    type Page = Level<{ organisations: { totalCount: number; nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string } } }>;
    const collect = async (orderBy: string) => {
      const ids: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const response: { data: Page } = await data<Page>(query, { after, orderBy });
        const connection: Page['walloniaBrussels']['organisations'] = response.data.walloniaBrussels.organisations;
        expect(connection.totalCount).toBe(13);
        expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
        ids.push(...connection.nodes.map((node) => node.id));
        pages += 1;
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      return { ids, pages };
    };
    const ascending = await collect('NAME_ASC');
    const descending = await collect('NAME_DESC');
    expect(ascending.pages).toBe(4);
    expect(new Set(ascending.ids).size).toBe(13);
    expect(descending.ids).toEqual([...ascending.ids].reverse());
    expect(ascending.ids.slice(0, 3)).toEqual(['bfpvs', 'bravvo', 'bpv']);
  });

  it('filters organisations by region, level, type and accent-insensitive search', async () => {
    const { data: result } = await data<Level<Record<string, { nodes: Array<{ id: string }> }>>>(`{ walloniaBrussels {
      brussels: organisations(filter: { region: BRUSSELS, level: REGIONAL }) { nodes { id } }
      national: organisations(filter: { level: NATIONAL }) { nodes { id } }
      parliaments: organisations(filter: { type: PARLIAMENT }) { nodes { id } }
      search: organisations(filter: { search: "prevention securite" }) { nodes { id } }
    } }`);
    const ids = (key: string) => result.walloniaBrussels[key]?.nodes.map((node) => node.id);
    expect(ids('brussels')).toEqual(['bpv', 'regering-brussels-hoofdstedelijk-gewest']);
    expect(ids('national')).toEqual(['bfpvs']);
    expect(ids('parliaments')).toEqual(['parlement-de-wallonie']);
    expect(ids('search')).toEqual(['bpv']);
  });

  it('lists events between two dates in date order, newest first on request, with their organisers', async () => {
    type Events = Level<{ events: { totalCount: number; nodes: Array<{ id: string; date: string; organisers: Array<{ id: string }> }> } }>;
    const query = `query ($from: Date, $to: Date, $orderBy: WalloniaBrusselsEventOrder) { walloniaBrussels {
      events(from: $from, to: $to, orderBy: $orderBy) { totalCount nodes { id date organisers { id } } } } }`;
    const spring2015 = await data<Events>(query, { from: '2015-02-01', to: '2015-03-31' });
    expect(spring2015.data.walloniaBrussels.events.nodes.map((event) => event.date)).toEqual(['2015-02-27', '2015-03-20']);
    expect(spring2015.data.walloniaBrussels.events.nodes[0]?.organisers.map((o) => o.id)).toEqual(['federatie-wallonie-brussel', 'fwb-dg-personeelszaken-opleiding']);
    const all = await data<Events>(query, { orderBy: 'DATE_DESC' });
    expect(all.data.walloniaBrussels.events.nodes.map((event) => event.date)).toEqual(['2020-10-06', '2015-03-20', '2015-02-27']);
    const narrow = await data<Events>(query, { from: '2015-02-28', to: '2015-03-20' });
    expect(narrow.data.walloniaBrussels.events.totalCount).toBe(1);
  });

  it("filters events by organiser, and lists an organisation's events, from the organisers join table", async () => {
    type Events = { totalCount: number; nodes: Array<{ id: string }> };
    const { data: found } = await data<Level<{ second: Events; nobody: Events; organisation: { events: Array<{ id: string }> } }>>(`{ walloniaBrussels {
      second: events(filter: { organiser: "fwb-dg-personeelszaken-opleiding" }) { totalCount nodes { id } }
      nobody: events(filter: { organiser: "no-such-organisation" }) { totalCount nodes { id } }
      organisation(id: "fwb-dg-personeelszaken-opleiding") { events { id } }
    } }`);
    expect(found.walloniaBrussels.second.totalCount).toBeGreaterThan(0);
    expect(found.walloniaBrussels.second.nodes).toHaveLength(found.walloniaBrussels.second.totalCount);
    expect(found.walloniaBrussels.organisation.events).toEqual(found.walloniaBrussels.second.nodes);
    expect(found.walloniaBrussels.nobody).toEqual({ totalCount: 0, nodes: [] });
  });

  it('filters projects running in a period with from/to, and still with the deprecated activeFrom/activeTo', async () => {
    type Projects = Level<{ projects: { nodes: Array<{ id: string }> } }>;
    const ids = async (filter: string) => {
      const { data: result } = await data<Projects>(`{ walloniaBrussels { projects(first: 200, filter: { ${filter} }) { nodes { id } } } }`);
      return result.walloniaBrussels.projects.nodes.map((node) => node.id);
    };
    const all = await ids('');
    expect(all.length).toBeGreaterThan(0);
    expect(await ids('to: "1900-01-01"')).toEqual([]);
    expect(await ids('activeTo: "1900-01-01"')).toEqual([]);
    expect(await ids('from: "1900-01-01"')).toEqual(all);
    expect(await ids('activeFrom: "1900-01-01"')).toEqual(all);
  });

  it('matches documents dated to a month or year when that period overlaps the range, and keeps undated ones last', async () => {
    type Documents = Level<{ documents: { nodes: Array<{ id: string; date: { text: string } | null }> } }>;
    const { data: inRange } = await data<Documents>(`{ walloniaBrussels { documents(filter: { from: "2015-01-10", to: "2015-01-20" }) { nodes { id date { text } } } } }`);
    expect(inRange.walloniaBrussels.documents.nodes).toEqual([{ id: 'preventieplan-radicalisme-brussel-2015', date: { text: '2015-01' } }]);
    // The names before `from`/`to`, deprecated, still work for released clients.
    const { data: deprecated } = await data<Documents>(`{ walloniaBrussels { documents(filter: { issuedFrom: "2015-01-10", issuedTo: "2015-01-20" }) { nodes { id date { text } } } } }`);
    expect(deprecated.walloniaBrussels.documents.nodes).toEqual(inRange.walloniaBrussels.documents.nodes);
    const { data: all } = await data<Documents>(`{ walloniaBrussels { documents(orderBy: DATE_DESC) { nodes { id date { text } } } } }`);
    const dated = all.walloniaBrussels.documents.nodes.map((node) => node.date?.text ?? null);
    expect(dated.slice(0, 2)).toEqual(['2021-09-15', '2019']);
    expect(dated.indexOf(null)).toBe(dated.filter((text) => text !== null).length);
    const { data: plans } = await data<Documents>(`{ walloniaBrussels { documents(filter: { types: [CIRCULAR], search: "cohesion" }) { nodes { id } } } }`);
    expect(plans.walloniaBrussels.documents.nodes.map((node) => node.id)).toEqual(['circular-2021-09-15-csil-r-social-cohesion-plans']);
  });

  it("exposes CAPREV's helpline as a public functional contact and filters offers by kind and region", async () => {
    const { data: result } = await data<Level<Record<string, { nodes: Array<{ id: string; contact?: { phone: string | null }; organisation?: { id: string } }> }>>>(`{ walloniaBrussels {
      helpdesks: offers(filter: { kinds: [HELPDESK] }) { nodes { id contact { phone } organisation { id } } }
      flanders: offers(filter: { region: FLANDERS }) { nodes { id } }
    } }`);
    expect(result.walloniaBrussels.helpdesks?.nodes).toEqual([{ id: 'caprev-support', contact: { phone: '0800 111 72' }, organisation: { id: 'caprev' } }]);
    expect(result.walloniaBrussels.flanders?.nodes.map((node) => node.id).sort()).toEqual(['bfpvs-leden-gebied', 'bpv-handvatten-sectoren']);
  });

  it('picks the name in the asked language, else the Accept-Language, else any language the source gives', async () => {
    const query = `{ walloniaBrussels { bpv: organisation(id: "bpv") { name nl: name(lang: NL) } parliament: organisation(id: "parlement-de-wallonie") { name(lang: NL) } } }`;
    const french = await data<Level<{ bpv: { name: string; nl: string }; parliament: { name: string } }>>(query, undefined, { acceptLanguage: 'fr-BE,fr;q=0.9' });
    expect(french.data.walloniaBrussels.bpv).toEqual({ name: 'Bruxelles Prévention & Sécurité', nl: 'Brussel Preventie en Veiligheid' });
    expect(french.data.walloniaBrussels.parliament.name).toBe('Parlement de Wallonie');
  });

  it('tells a French request which language each name answers in: French where the source gives it, else Dutch as a fallback', async () => {
    const query = `{ walloniaBrussels {
      bpv: organisation(id: "bpv") { name names { text { value language requestedLanguage isFallback } } }
      bravvo: organisation(id: "bravvo") { name names { text { value language requestedLanguage isFallback } dutch: text(lang: NL) { language isFallback } } }
    } }`;
    type Named = { name: string; names: { text: { value: string; language: string; requestedLanguage: string; isFallback: boolean }; dutch?: { language: string; isFallback: boolean } } };
    const { data: result } = await data<Level<{ bpv: Named; bravvo: Named }>>(query, undefined, { acceptLanguage: 'fr-BE,fr;q=0.9' });
    expect(result.walloniaBrussels.bpv).toEqual({
      name: 'Bruxelles Prévention & Sécurité',
      names: { text: { value: 'Bruxelles Prévention & Sécurité', language: 'FR', requestedLanguage: 'FR', isFallback: false } },
    });
    expect(result.walloniaBrussels.bravvo).toEqual({
      name: 'Bravvo vzw',
      names: { text: { value: 'Bravvo vzw', language: 'NL', requestedLanguage: 'FR', isFallback: true }, dutch: { language: 'NL', isFallback: false } },
    });
  });

  it('rejects bad page sizes, forged cursors, cursors of another order and impossible dates with BAD_USER_INPUT naming the value', async () => {
    const { data: first } = await data<Level<{ organisations: { pageInfo: { endCursor: string } } }>>(`{ walloniaBrussels { organisations(first: 2) { pageInfo { endCursor } } } }`);
    const cursor = first.walloniaBrussels.organisations.pageInfo.endCursor;
    const cases = [
      { query: `{ walloniaBrussels { organisations(first: 201) { totalCount } } }`, value: '201' },
      { query: `{ walloniaBrussels { events(first: 0) { totalCount } } }`, value: '0' },
      { query: `{ walloniaBrussels { offers(after: "Zm9yZ2Vk") { totalCount } } }`, value: 'Zm9yZ2Vk' },
      { query: `{ walloniaBrussels { organisations(orderBy: NAME_DESC, after: "${cursor}") { totalCount } } }`, value: cursor },
      { query: `{ walloniaBrussels { events(from: "2020-01-01", to: "2019-01-01") { totalCount } } }`, value: '2019-01-01' },
      { query: `{ walloniaBrussels { csilrSupport(filter: { province: "Hainaut" }) { totalCount } } }`, value: 'Hainaut' },
    ];
    for (const { query, value } of cases) {
      const result = await execute(query);
      expect({ query, code: result.errors?.[0]?.extensions?.code }).toEqual({ query, code: 'BAD_USER_INPUT' });
      expect(result.errors?.[0]?.message).toContain(value);
    }
    const impossible = await execute(`query ($from: Date) { walloniaBrussels { events(from: $from) { totalCount } } }`, { from: '2021-02-30' });
    expect(impossible.errors?.[0]?.message).toContain('2021-02-30');
  });

  it('loads all organisations with their offers, events, units and sources in one SQL statement per relation, not per organisation', async () => {
    const query = `{ walloniaBrussels { organisations { nodes {
      id parentOrganisation { id } units { id } offers { id document { id } } events { id organisers { id } } sources { source } } } } }`;
    const all = await data<Level<{ organisations: { nodes: unknown[] } }>>(query);
    expect(all.data.walloniaBrussels.organisations.nodes).toHaveLength(13);
    // The page, then one batch each: parents, units, offers, offer documents, events, event organisers (join table),
    // organisers, sources.
    expect(all.statements).toBeLessThanOrEqual(9);
  });

  it('resolves csilrSupport and preventionGuidance for 50 municipalities (_entities) with as many SQL statements as for 5', async () => {
    const { data: covered } = await data<Level<{ csilrSupport: { nodes: Array<{ municipality: { nis: string } }> } }>>(
      `{ walloniaBrussels { csilrSupport(first: 45, filter: { hasCell: true }) { nodes { municipality { nis } } } } }`,
    );
    const walloon = covered.walloniaBrussels.csilrSupport.nodes.map((node) => node.municipality.nis);
    const brussels = ['21001', '21004', '21009', '21015', '23088'];
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Municipality {
      nis csilrSupport { hasCell cellMunicipalities { nis } offer { id } legalBasis { id } provenance { kind } }
      preventionGuidance { territory sectors { nl } document { id } } } } }`;
    const run = (nis: string[]) => data<{ _entities: Array<{ nis: string; csilrSupport: { hasCell: boolean } | null; preventionGuidance: { territory: string } | null }> }>(query, {
      representations: nis.map((code) => ({ __typename: 'Municipality', nis: code })),
    });
    const five = await run([...walloon.slice(0, 3), ...brussels.slice(0, 2)]);
    const fifty = await run([...walloon, ...brussels]);
    expect(fifty.data._entities).toHaveLength(50);
    expect(fifty.data._entities.filter((entity) => entity.csilrSupport?.hasCell)).toHaveLength(45);
    expect(fifty.data._entities.at(-1)).toMatchObject({ nis: '23088', csilrSupport: null, preventionGuidance: { territory: 'VLAAMSE_RAND' } });
    expect(five.statements).toBeGreaterThan(0);
    expect(fifty.statements).toBe(five.statements);
  });

  // The published 106 CSIL-R covering 191 communes count all of Wallonia: on that date the shared LIVC-R sample gives the
  // German-speaking Community (no record here) 2 cells and 9 communes, and one covered 2025 municipality (Bastogne)
  // stands for two 2019–2024 communes. test/e2e/wallonia-brussels.e2e.test.ts checks the published totals across both levels.
  it('takes its 5 May 2021 cells from the shared LIVC-R sample: 181 of 252 municipalities in 104 cells, marked SAMPLE', async () => {
    type Support = { municipality: { nis: string }; province: { nis: string }; hasCell: boolean; cellMunicipalities: Array<{ nis: string }>; provenance: { kind: string; referenceDate: string } };
    const nodes: Support[] = [];
    let after: string | null = null;
    for (;;) {
      const { data: page }: { data: Level<{ csilrSupport: { totalCount: number; nodes: Support[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }> } = await data(
        `query ($after: String) { walloniaBrussels { csilrSupport(first: 200, after: $after) { totalCount
          nodes { municipality { nis } province { nis } hasCell cellMunicipalities { nis } provenance { kind referenceDate } }
          pageInfo { hasNextPage endCursor } } } }`,
        { after },
      );
      nodes.push(...page.walloniaBrussels.csilrSupport.nodes);
      if (!page.walloniaBrussels.csilrSupport.pageInfo.hasNextPage) break;
      after = page.walloniaBrussels.csilrSupport.pageInfo.endCursor;
    }
    expect(nodes).toHaveLength(252);
    const withCell = nodes.filter((node) => node.hasCell);
    expect(withCell).toHaveLength(181);
    const cells = new Set(withCell.map((node) => node.cellMunicipalities.map((member) => member.nis).join(',')));
    expect(cells.size).toBe(104);
    const provinceOf = new Map(nodes.map((node) => [node.municipality.nis, node.province.nis]));
    for (const node of withCell) {
      expect(node.cellMunicipalities.map((member) => member.nis)).toContain(node.municipality.nis);
      expect(new Set(node.cellMunicipalities.map((member) => provinceOf.get(member.nis))).size).toBe(1);
    }
    expect(nodes.filter((node) => !node.hasCell).every((node) => node.cellMunicipalities.length === 0)).toBe(true);
    expect(new Set(nodes.map((node) => `${node.provenance.kind} ${node.provenance.referenceDate}`))).toEqual(new Set(['SAMPLE 2021-05-05']));
    // The German-speaking municipalities have no social cohesion plan, so no record.
    expect(nodes.some((node) => node.municipality.nis === '63023')).toBe(false);

    const { data: figures } = await data<Level<{ figures: Array<{ keys: Array<{ name: string; value: string }>; value: number; provenance: { kind: string } }> }>>(
      `{ walloniaBrussels { figures(kinds: [CSILR_SUPPORT_PER_PROVINCE]) { keys { name value } value provenance { kind } } } }`,
    );
    const total = (measure: string) =>
      figures.walloniaBrussels.figures
        .filter((figure) => figure.keys.some((key) => key.name === 'measure' && key.value === measure))
        .reduce((sum, figure) => sum + figure.value, 0);
    expect([total('MUNICIPALITIES'), total('WITH_CELL'), total('CELLS')]).toEqual([252, withCell.length, cells.size]);
    expect(figures.walloniaBrussels.figures.every((figure) => figure.provenance.kind === 'SAMPLE')).toBe(true);
  });

  it('applies BPV guidance to the 19 Brussels municipalities and the 19 of the Vlaamse Rand', async () => {
    const { data: result } = await data<Level<Record<string, { totalCount: number }> & { figures: Array<{ label: string; value: number }> }>>(`{ walloniaBrussels {
      all: preventionGuidance { totalCount }
      brussels: preventionGuidance(territory: BRUSSELS_REGION) { totalCount }
      rand: preventionGuidance(territory: VLAAMSE_RAND) { totalCount }
      figures(kinds: [GUIDANCE_PER_SECTOR]) { label value }
    } }`);
    expect([result.walloniaBrussels.all?.totalCount, result.walloniaBrussels.brussels?.totalCount, result.walloniaBrussels.rand?.totalCount]).toEqual([38, 19, 19]);
    expect(result.walloniaBrussels.figures).toHaveLength(8);
    expect(result.walloniaBrussels.figures.every((figure) => figure.value === 19)).toBe(true);
  });

  describe('coordinationTime, regional detail within jurisdiction', () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Municipality { nis csilrSupport { coordinationTime } } } }`;
    let hainaut: string;
    let liege: string;

    beforeAll(async () => {
      const { data: result } = await data<Level<Record<string, { nodes: Array<{ municipality: { nis: string } }> }>>>(`{ walloniaBrussels {
        hainaut: csilrSupport(first: 1, filter: { province: "50000", throughSocialCohesionPlan: true }) { nodes { municipality { nis } } }
        liege: csilrSupport(first: 1, filter: { province: "60000", throughSocialCohesionPlan: true }) { nodes { municipality { nis } } }
      } }`);
      hainaut = result.walloniaBrussels.hainaut?.nodes[0]?.municipality.nis ?? '';
      liege = result.walloniaBrussels.liege?.nodes[0]?.municipality.nis ?? '';
    });

    const ask = (caller: Identity | undefined) =>
      execute(query, { representations: [hainaut, liege].map((nis) => ({ __typename: 'Municipality', nis })) }, caller ? { identity: caller } : {});
    const times = (result: TestOperationResult) => (result.data?._entities as Array<{ csilrSupport: { coordinationTime: string | null } }>).map((entity) => entity.csilrSupport.coordinationTime);

    it('hides it from anonymous callers with UNAUTHORIZED_FIELD_OR_TYPE at its path', async () => {
      const result = await ask(undefined);
      expect(times(result)).toEqual([null, null]);
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE', 'UNAUTHORIZED_FIELD_OR_TYPE']);
      expect(result.errors?.[0]?.path).toEqual(['_entities', 0, 'csilrSupport', 'coordinationTime']);
    });

    it('shows it to a Walloon regional coordinator for every Walloon municipality', async () => {
      const result = await ask(identity(['regional:read'], ['BE-WAL']));
      expect(result.errors).toBeUndefined();
      expect(times(result).every((time) => ['QUARTER_TIME', 'HALF_TIME', 'FULL_TIME'].includes(time ?? ''))).toBe(true);
    });

    it("shows a province's analyst its own municipalities only, and a Brussels coordinator none", async () => {
      const province = await ask(identity(['regional:read'], ['prov:50000']));
      expect(times(province)[0]).not.toBeNull();
      expect(times(province)[1]).toBeNull();
      expect(province.errors?.map((error) => error.path?.[1])).toEqual([1]);
      const brussels = await ask(identity(['regional:read'], ['BE-BRU']));
      expect(times(brussels)).toEqual([null, null]);
    });

    it('refuses a caller of the right jurisdiction without the regional:read scope', async () => {
      const result = await ask(identity(['contacts:read'], ['BE-WAL']));
      expect(times(result)).toEqual([null, null]);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
    });
  });

  it('gives every record its provenance, citing the source document, and lists all its sources', async () => {
    const { data: result } = await data<Level<{ organisation: { provenance: { source: string; kind: string }; sources: Array<{ source: string }> }; sources: Array<{ id: string }> }>>(
      `{ walloniaBrussels { organisation(id: "bpv") { provenance { source kind } sources { source } } sources { id } } }`,
    );
    expect(result.walloniaBrussels.organisation.provenance).toEqual({
      source: 'Preventie van gewelddadig extremisme — Belgisch Forum voor Preventie en Veiligheid in de Steden vzw (BFPVS)',
      kind: 'PUBLICATION',
    });
    expect(result.walloniaBrussels.organisation.sources.map((source) => source.source)[1]).toMatch(/^The domain: Belgium/);
    expect(result.walloniaBrussels.sources.map((source) => source.id)).toEqual(['domain-brief', 'seed-000', 'seed-002']);
  });

  it('seeds idempotently: seeding again with the checksum bypassed changes no row of any table', async () => {
    const before = await snapshotSchema(subgraph.database, 'wallonia_brussels');
    expect(before.organisations).toHaveLength(13);
    expect(before.prevention_guidance).toHaveLength(38);
    await seedSchemas(subgraph.database, ['wallonia_brussels'], { force: true });
    expect(await snapshotSchema(subgraph.database, 'wallonia_brussels')).toEqual(before);
  });
});
