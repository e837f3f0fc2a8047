import { seedSchemas } from '@cohesion/db/seed';
import { snapshotSchema } from '@cohesion/db/testing';
import { territoryOfNis, type Identity } from '@cohesion/kit';
import { startTestSubgraph, type TestOperationResult, type TestRequest, type TestSubgraph } from '@cohesion/kit/testing';
import { createSubgraphContext } from './context';
import { createSubgraph } from './subgraph';

function identity(scopes: string[], jurisdictions: string[]): Identity {
  return { subject: 'test-user', scopes: new Set(scopes), jurisdictions, organisation: null };
}

describe('flanders subgraph', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph({ schemas: ['flanders'], createSubgraph, createContext: createSubgraphContext });
  });
  afterAll(() => subgraph.stop());

  async function run(query: string, variables?: Record<string, unknown>, options: TestRequest = {}): Promise<TestOperationResult> {
    return subgraph.execute(query, variables, options);
  }

  async function data<T>(query: string, variables?: Record<string, unknown>, options?: TestRequest) {
    const result = await run(query, variables, options);
    expect(result.errors).toBeUndefined();
    return result.data as T;
  }

  describe('the expert pool', () => {
    it('lists all five member organisations with each of their offers', async () => {
      const { flanders } = await data<{
        flanders: { expertPool: { members: Array<{ id: string; expertPoolListedAs: string; offers: Array<{ id: string; kind: string; sessions: number | null }> }> } };
      }>(`{ flanders { expertPool { members { id expertPoolListedAs offers { id kind sessions } } } } }`);
      const members = flanders.expertPool.members;
      expect(members.map((member) => member.id).sort()).toEqual(['caw-limburg-team-extremisme', 'ceapire', 'netwerk-islamexperten', 'solentra', 'textgain']);
      expect(Object.fromEntries(members.map((member) => [member.id, member.offers.length]))).toEqual({
        ceapire: 3,
        textgain: 2,
        solentra: 6,
        'caw-limburg-team-extremisme': 7,
        'netwerk-islamexperten': 6,
      });
      const trajectories = members.flatMap((member) => member.offers).filter((offer) => offer.kind === 'TRAJECTORY' && offer.sessions !== null);
      expect(Object.fromEntries(trajectories.map((offer) => [offer.id, offer.sessions]))).toEqual({
        'ceapire-risico-taxatie-traject': 5,
        'nie-anti-radicaliseringstraject': 6,
      });
    });

    it('gives each offer how to request it, its audience and the organisation’s functional contact', async () => {
      const { flanders } = await data<{ flanders: { offer: { howToRequest: { nl: string }; audience: string[]; durationHours: number | null; contact: { email: string }; organisation: { name: string } } } }>(
        `{ flanders { offer(id: "nie-vormingen-lezingen") { howToRequest { nl } audience durationHours contact { email } organisation { name } } } }`,
      );
      expect(flanders.offer).toEqual({
        howToRequest: { nl: expect.stringContaining('e-mail') },
        audience: ['lokale besturen'],
        durationHours: 2,
        contact: { email: 'lokalebesturen@netwerkislamexperten.be' },
        organisation: { name: 'Netwerk Islamexperten' },
      });
    });
  });

  describe('municipality fields (_entities)', () => {
    const entitiesQuery = `query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Municipality {
          nis
          coachingTrajectories { id track startedOn shared municipalities { nis } offer { id } provenance { kind } }
          emmascanEvaluations { id evaluatedOn municipalities { nis } offer { id } }
          regionalPlatforms { id provinces { province { nis } provenance { kind } } organisation { acronym } }
        }
      }
    }`;
    type Entity = {
      nis: string;
      coachingTrajectories: Array<{ id: string; track: string; startedOn: string; shared: boolean; municipalities: Array<{ nis: string }>; provenance: { kind: string } }>;
      emmascanEvaluations: Array<{ id: string; municipalities: Array<{ nis: string }> }>;
      regionalPlatforms: Array<{ id: string; provinces: Array<{ province: { nis: string } }> }>;
    };

    async function coachedMunicipalities(): Promise<string[]> {
      const { flanders } = await data<{ flanders: { coachingTrajectories: { nodes: Array<{ municipalities: Array<{ nis: string }> }> } } }>(
        `{ flanders { coachingTrajectories(first: 200) { nodes { municipalities { nis } } } } }`,
      );
      return [...new Set(flanders.coachingTrajectories.nodes.flatMap((node) => node.municipalities.map((m) => m.nis)))].sort();
    }

    it('costs the same number of SQL statements for 50 municipalities as for 5', async () => {
      const coached = await coachedMunicipalities();
      const others = ['11001', '21004', '44088', '62063', '71016', '11002', '24062', '31005', '35013', '46021', '73109', '63040', '11004', '11005', '11007', '11008', '11009', '12002', '12005', '12007'];
      const fifty = [...new Set([...coached, ...others])].slice(0, 50);
      expect(fifty).toHaveLength(50);
      const representations = (nis: string[]) => nis.map((code) => ({ __typename: 'Municipality', nis: code }));
      const five = await run(entitiesQuery, { representations: representations(fifty.slice(0, 5)) });
      const many = await run(entitiesQuery, { representations: representations(fifty) });
      expect(five.errors).toBeUndefined();
      expect(many.errors).toBeUndefined();
      const entities = (many.data as { _entities: Entity[] })._entities;
      expect(entities.map((entity) => entity.nis)).toEqual(fifty);
      expect(entities.filter((entity) => entity.coachingTrajectories.length > 0).length).toBeGreaterThanOrEqual(38);
      expect(five.statements).toBeGreaterThan(0);
      expect(many.statements).toBe(five.statements);
    });

    it('answers empty lists outside Flanders and the platforms of the municipality’s province inside it', async () => {
      const { flanders } = await data<{ flanders: { regionalPlatforms: { nodes: Array<{ provinces: Array<{ province: { nis: string } }> }> } } }>(
        `{ flanders { regionalPlatforms { nodes { provinces { province { nis } } } } } }`,
      );
      const provinces = flanders.regionalPlatforms.nodes.flatMap((node) => node.provinces.map((p) => p.province.nis));
      const served = { '10000': '11001', '20001': '24062', '30000': '31005', '40000': '44088', '70000': '71016' } as Record<string, string>;
      const inside = provinces.map((province) => served[province] as string);
      const outside = Object.entries(served).find(([province]) => !provinces.includes(province))?.[1] as string;
      const result = await data<{ _entities: Entity[] }>(entitiesQuery, {
        representations: [...inside, outside, '21004', '62063'].map((nis) => ({ __typename: 'Municipality', nis })),
      });
      const byNis = new Map(result._entities.map((entity) => [entity.nis, entity]));
      for (const nis of inside) expect(byNis.get(nis)?.regionalPlatforms.map((p) => p.id)).toEqual(['vvsg-regionale-multidisciplinaire-platformen']);
      for (const nis of [outside, '21004', '62063']) expect(byNis.get(nis)?.regionalPlatforms).toEqual([]);
      for (const nis of ['21004', '62063']) {
        expect(byNis.get(nis)?.coachingTrajectories).toEqual([]);
        expect(byNis.get(nis)?.emmascanEvaluations).toEqual([]);
      }
    });
  });

  describe('SAMPLE data consistent with the published totals', () => {
    it('has 19 coaching trajectories in 38 Flemish municipalities since 1 February 2022, some shared', async () => {
      const { flanders } = await data<{
        flanders: { coachingTrajectories: { totalCount: number; nodes: Array<{ track: string; startedOn: string; shared: boolean; municipalities: Array<{ nis: string }>; provenance: { kind: string } }> } };
      }>(`{ flanders { coachingTrajectories(first: 200) { totalCount nodes { track startedOn shared municipalities { nis } provenance { kind } } } } }`);
      const { totalCount, nodes } = flanders.coachingTrajectories;
      const municipalities = nodes.flatMap((node) => node.municipalities.map((m) => m.nis));
      expect(totalCount).toBe(19);
      expect(new Set(municipalities).size).toBe(38);
      expect(municipalities).toHaveLength(38);
      expect(municipalities.every((nis) => territoryOfNis(nis).regionIso === 'BE-VLG')).toBe(true);
      expect(nodes.every((node) => node.startedOn >= '2022-02-01' && node.provenance.kind === 'SAMPLE')).toBe(true);
      expect(nodes.some((node) => node.shared)).toBe(true);
      expect(nodes.filter((node) => node.shared).every((node) => node.municipalities.length > 1)).toBe(true);
      expect(new Set(nodes.map((node) => node.track)).size).toBeGreaterThan(1);
    });

    it('has 5 EMMASCAN evaluations of cells besides the coached ones, and 3 platform provinces marked SAMPLE', async () => {
      const { flanders } = await data<{
        flanders: {
          emmascanEvaluations: { totalCount: number; nodes: Array<{ municipalities: Array<{ nis: string }>; provenance: { kind: string } }> };
          coachingTrajectories: { nodes: Array<{ municipalities: Array<{ nis: string }> }> };
          regionalPlatforms: { nodes: Array<{ provinceCount: number; provinces: Array<{ province: { nis: string }; provenance: { kind: string } }> }> };
          emmascanModules: Array<{ position: number; name: string }>;
        };
      }>(`{ flanders {
        emmascanEvaluations { totalCount nodes { municipalities { nis } provenance { kind } } }
        coachingTrajectories(first: 200) { nodes { municipalities { nis } } }
        regionalPlatforms { nodes { provinceCount provinces { province { nis } provenance { kind } } } }
        emmascanModules { position name(lang: EN) }
      } }`);
      const coached = new Set(flanders.coachingTrajectories.nodes.flatMap((node) => node.municipalities.map((m) => m.nis)));
      expect(flanders.emmascanEvaluations.totalCount).toBe(5);
      const evaluated = flanders.emmascanEvaluations.nodes.flatMap((node) => node.municipalities.map((m) => m.nis));
      expect(evaluated.some((nis) => coached.has(nis))).toBe(false);
      expect(flanders.emmascanEvaluations.nodes.every((node) => node.provenance.kind === 'SAMPLE')).toBe(true);
      const [platform] = flanders.regionalPlatforms.nodes;
      expect(platform?.provinceCount).toBe(3);
      expect(platform?.provinces).toHaveLength(3);
      expect(platform?.provinces.every((p) => p.provenance.kind === 'SAMPLE' && territoryOfNis(`${p.province.nis.slice(0, 1)}1000`).regionIso === 'BE-VLG')).toBe(true);
      expect(flanders.emmascanModules.map((module) => module.name)).toEqual([
        'structure',
        'vision',
        'current working',
        'case management',
        'information sharing',
        'collaboration',
        'knowledge transfer',
      ]);
    });
  });

  describe('lists', () => {
    it('pages through all offers with cursors, each once, in title order, both ways', async () => {
      for (const orderBy of ['TITLE_ASC', 'TITLE_DESC']) {
        const seen: string[] = [];
        let after: string | null = null;
        let total = 0;
        for (let pages = 0; pages < 10; pages += 1) {
          const result: { flanders: { offers: { totalCount: number; nodes: Array<{ id: string; titles: { nl: string | null; en: string | null } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } } } =
            await data(`query ($after: String, $orderBy: FlemishOfferOrder) { flanders { offers(first: 7, after: $after, orderBy: $orderBy) { totalCount nodes { id titles { nl en } } pageInfo { hasNextPage endCursor } } } }`, {
              after,
              orderBy,
            });
          total = result.flanders.offers.totalCount;
          seen.push(...result.flanders.offers.nodes.map((node) => node.id));
          if (!result.flanders.offers.pageInfo.hasNextPage) break;
          after = result.flanders.offers.pageInfo.endCursor;
        }
        expect(total).toBe(31);
        expect(seen).toHaveLength(31);
        expect(new Set(seen).size).toBe(31);
      }
    });

    it("filters events by organiser: exactly the events whose organisers include it, organisers in the source's order", async () => {
      type Events = { totalCount: number; nodes: Array<{ id: string; organisers: Array<{ id: string }> }> };
      const { flanders } = await data<{ flanders: { all: Events; vvsg: Events; nobody: Events } }>(`{ flanders {
        all: events(first: 100) { totalCount nodes { id organisers { id } } }
        vvsg: events(first: 100, filter: { organiser: "vvsg" }) { totalCount nodes { id organisers { id } } }
        nobody: events(filter: { organiser: "no-such-organisation" }) { totalCount }
      } }`);
      expect(flanders.all.nodes).toHaveLength(flanders.all.totalCount);
      const expected = flanders.all.nodes.filter((node) => node.organisers.some((o) => o.id === 'vvsg'));
      expect(expected.length).toBeGreaterThan(0);
      expect(flanders.vvsg.nodes).toEqual(expected);
      expect(flanders.vvsg.totalCount).toBe(expected.length);
      expect(flanders.nobody.totalCount).toBe(0);
    });

    it('filters coaching trajectories by start date with from/to, and still with the deprecated startedFrom/startedTo', async () => {
      type Trajectories = { nodes: Array<{ id: string; startedOn: string }> };
      const { flanders } = await data<{ flanders: { all: Trajectories; current: Trajectories; deprecated: Trajectories } }>(`{ flanders {
        all: coachingTrajectories(first: 200) { nodes { id startedOn } }
        current: coachingTrajectories(first: 200, filter: { from: "2023-01-01", to: "2023-12-31" }) { nodes { id startedOn } }
        deprecated: coachingTrajectories(first: 200, filter: { startedFrom: "2023-01-01", startedTo: "2023-12-31" }) { nodes { id startedOn } }
      } }`);
      const expected = flanders.all.nodes.filter((node) => node.startedOn >= '2023-01-01' && node.startedOn <= '2023-12-31');
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(flanders.all.nodes.length);
      expect(flanders.current.nodes).toEqual(expected);
      expect(flanders.deprecated.nodes).toEqual(expected);
    });

    it('lists events between two dates in date order, undated events only without a range', async () => {
      const { flanders } = await data<{
        flanders: { all: { nodes: Array<{ id: string; date: string | null }> }; ranged: { nodes: Array<{ date: string; organisers: Array<{ id: string }>; venue: { name: string } }> }; newest: { nodes: Array<{ date: string | null }> } };
      }>(`{ flanders {
        all: events { nodes { id date } }
        ranged: events(from: "2023-01-01", to: "2023-12-31") { nodes { date organisers { id } venue { name } } }
        newest: events(orderBy: DATE_DESC) { nodes { date } }
      } }`);
      const allDates = flanders.all.nodes.map((node) => node.date);
      expect(allDates.at(-1)).toBeNull();
      expect(allDates.slice(0, -1)).toEqual([...allDates.slice(0, -1)].sort());
      expect(flanders.ranged.nodes.length).toBe(allDates.filter((date) => date !== null && date >= '2023-01-01' && date <= '2023-12-31').length);
      expect(flanders.ranged.nodes.length).toBeGreaterThan(0);
      expect(flanders.ranged.nodes.every((node) => node.organisers.some((o) => o.id === 'vvsg') && node.venue.name)).toBe(true);
      const newest = flanders.newest.nodes.map((node) => node.date);
      expect(newest.at(-1)).toBeNull();
      expect(newest.slice(0, -1)).toEqual([...newest.slice(0, -1)].sort().reverse());
    });

    it('filters offers by kind and by accent-insensitive search, documents by type', async () => {
      const { flanders } = await data<{
        flanders: { trajectories: { nodes: Array<{ id: string }> }; search: { nodes: Array<{ id: string }> }; decrees: { nodes: Array<{ id: string; date: { text: string }; title: string }> } };
      }>(`{ flanders {
        trajectories: offers(filter: { kinds: [TRAJECTORY] }) { nodes { id } }
        search: offers(filter: { search: "COMPLOTTHEORIEEN" }) { nodes { id } }
        decrees: documents(filter: { types: [DECREE] }, orderBy: DATE_ASC) { nodes { id date { text } title } }
      } }`);
      expect(flanders.trajectories.nodes.map((node) => node.id).sort()).toEqual([
        'caw-begeleidingstrajecten-ultimum-remedium',
        'ceapire-risico-taxatie-traject',
        'nie-anti-radicaliseringstraject',
      ]);
      expect(flanders.search.nodes.map((node) => node.id)).toContain('vvsg-digitale-infosessies');
      expect(flanders.decrees.nodes.map((node) => node.date.text)).toEqual(['2021-05-21', '2024-03-22']);
    });

    it('names things in the asked language, then Accept-Language, then any language the source gives', async () => {
      const query = `{ flanders {
        organisation(id: "vvsg") { name nameEn: name(lang: EN) nameFr: name(lang: FR) }
        documents(filter: { search: "21 May 2021" }) { nodes { title } }
      } }`;
      const dutch = await data<{ flanders: { organisation: { name: string; nameEn: string; nameFr: string }; documents: { nodes: Array<{ title: string }> } } }>(query);
      expect(dutch.flanders.organisation).toEqual({
        name: 'Vereniging van Vlaamse Steden en Gemeenten',
        nameEn: 'Association of Flemish Cities and Municipalities',
        nameFr: 'Vereniging van Vlaamse Steden en Gemeenten',
      });
      expect(dutch.flanders.documents.nodes.map((node) => node.title)).toEqual(['Decree of 21 May 2021 on Flemish services in the LIVC-R']);
      const english = await data<{ flanders: { organisation: { name: string } } }>(`{ flanders { organisation(id: "vvsg") { name } } }`, undefined, {
        acceptLanguage: 'en-GB,en;q=0.9',
      });
      expect(english.flanders.organisation.name).toBe('Association of Flemish Cities and Municipalities');
    });
  });

  describe('bad input', () => {
    it.each([
      ['a page size of 0', `{ flanders { offers(first: 0) { totalCount } } }`, '0'],
      ['a page size of 201', `{ flanders { events(first: 201) { totalCount } } }`, '201'],
      ['a forged cursor', `{ flanders { offers(after: "bm90LWEtY3Vyc29y") { totalCount } } }`, 'bm90LWEtY3Vyc29y'],
      ['a range ending before it starts', `{ flanders { events(from: "2024-01-01", to: "2023-01-01") { totalCount } } }`, '2023-01-01'],
      ['a malformed NIS code', `{ flanders { coachingTrajectories(filter: { province: "East" }) { totalCount } } }`, 'East'],
      ['a helpdesk detail series in the public figures', `{ flanders { figures(kinds: [HELPDESK_QUESTIONS_PER_PROVINCE_AND_QUARTER]) { value } } }`, 'HELPDESK_QUESTIONS_PER_PROVINCE_AND_QUARTER'],
    ])('refuses %s with BAD_USER_INPUT naming the value', async (_case, query, value) => {
      const result = await run(query);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain(value);
    });

    it('refuses a day that does not exist, naming it', async () => {
      const result = await run(`query ($from: Date) { flanders { events(from: $from) { totalCount } } }`, { from: '2023-02-30' });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain('2023-02-30');
    });

    it('refuses a cursor of one order in another order', async () => {
      const first = await data<{ flanders: { offers: { pageInfo: { endCursor: string } } } }>(`{ flanders { offers(first: 3) { pageInfo { endCursor } } } }`);
      const result = await run(`query ($after: String) { flanders { offers(after: $after, orderBy: TITLE_DESC) { totalCount } } }`, {
        after: first.flanders.offers.pageInfo.endCursor,
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('protected fields', () => {
    const flemishMember = identity(['contacts:read'], ['BE-VLG']);
    const walloonMember = identity(['contacts:read'], ['BE-WAL']);
    const flemishCoordinator = identity(['contacts:read', 'cells:read', 'regional:read'], ['BE-VLG']);

    it('hides an expert’s direct line from anonymous callers and from another region, shows it within Flanders', async () => {
      const query = `{ flanders { experts(first: 1) { nodes { name directLine { phone email } provenance { kind } } } } }`;
      for (const caller of [null, walloonMember]) {
        const result = await run(query, undefined, { identity: caller });
        expect(result.errors?.map((error) => [error.extensions?.code, error.path?.join('.')])).toEqual([
          ['UNAUTHORIZED_FIELD_OR_TYPE', 'flanders.experts.nodes.0.directLine'],
        ]);
        expect((result.data as { flanders: { experts: { nodes: Array<{ directLine: unknown }> } } }).flanders.experts.nodes[0]?.directLine).toBeNull();
      }
      const allowed = await data<{ flanders: { experts: { nodes: Array<{ name: string; directLine: { phone: string; email: string }; provenance: { kind: string } }> } } }>(
        query,
        undefined,
        { identity: flemishMember },
      );
      const [expert] = allowed.flanders.experts.nodes;
      expect(expert?.directLine.phone).toMatch(/^\+32 2 000 00 \d\d$/);
      expect(expert?.directLine.email).toMatch(/@example\.invalid$/);
      expect(expert?.name).toContain('SAMPLE');
      expect(expert?.provenance.kind).toBe('SAMPLE');
    });

    it('shows EMMASCAN module results only with cells:read for the evaluated cell’s own municipalities', async () => {
      const list = await data<{ flanders: { emmascanEvaluations: { nodes: Array<{ id: string; municipalities: Array<{ nis: string }> }> } } }>(
        `{ flanders { emmascanEvaluations(first: 1) { nodes { id municipalities { nis } } } } }`,
      );
      const [evaluation] = list.flanders.emmascanEvaluations.nodes;
      const own = evaluation?.municipalities[0]?.nis as string;
      const query = `{ flanders { emmascanEvaluations(first: 1) { nodes { moduleResults { level module { position } } } } } }`;
      const mayor = await data<{ flanders: { emmascanEvaluations: { nodes: Array<{ moduleResults: Array<{ level: number; module: { position: number } }> }> } } }>(
        query,
        undefined,
        { identity: identity(['cells:read'], [`nis:${own}`]) },
      );
      const results = mayor.flanders.emmascanEvaluations.nodes[0]?.moduleResults ?? [];
      expect(results.map((result) => result.module.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(results.every((result) => result.level >= 1 && result.level <= 4)).toBe(true);
      const neighbour = await run(query, undefined, { identity: identity(['cells:read'], ['nis:62063']) });
      expect(neighbour.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
      const withoutScope = await run(query, undefined, { identity: identity(['contacts:read'], [`nis:${own}`]) });
      expect(withoutScope.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
    });

    it('keeps working-group meetings internal to regional coordinators of Flanders', async () => {
      const query = `{ flanders { workingGroups { nodes { timesPerYear meetings { date mode agenda { nl } provenance { kind } } } } } }`;
      const anonymous = await run(query);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
      expect((anonymous.data as { flanders: { workingGroups: { nodes: Array<{ timesPerYear: number; meetings: unknown }> } } }).flanders.workingGroups.nodes[0]).toEqual({
        timesPerYear: 4,
        meetings: null,
      });
      const coordinator = await data<{ flanders: { workingGroups: { nodes: Array<{ meetings: Array<{ date: string; provenance: { kind: string } }> }> } } }>(query, undefined, {
        identity: flemishCoordinator,
      });
      const meetings = coordinator.flanders.workingGroups.nodes[0]?.meetings ?? [];
      expect(meetings.filter((meeting) => meeting.date.startsWith('2023'))).toHaveLength(4);
      expect(meetings.every((meeting) => meeting.provenance.kind === 'SAMPLE')).toBe(true);
    });

    it('gives regional coordinators helpdesk detail that adds up to the published total, small counts withheld', async () => {
      const query = `{ flanders { helpdeskYears { year questions localGovernments provenance { kind }
        detail { kind label keys { name value } value suppressed suppressionReason } } } }`;
      const anonymous = await run(query);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
      const { flanders } = await data<{
        flanders: {
          helpdeskYears: Array<{
            year: number;
            questions: number;
            localGovernments: number;
            detail: Array<{ kind: string; value: number | null; suppressed: boolean; suppressionReason: string | null; keys: Array<{ name: string; value: string }> }>;
          }>;
        };
      }>(query, undefined, { identity: flemishCoordinator });
      const [year] = flanders.helpdeskYears;
      expect(year).toMatchObject({ year: 2023, questions: 133, localGovernments: 53 });
      const questions = year?.detail.filter((figure) => figure.kind === 'HELPDESK_QUESTIONS_PER_PROVINCE_AND_QUARTER') ?? [];
      const localGovernments = year?.detail.filter((figure) => figure.kind === 'HELPDESK_LOCAL_GOVERNMENTS_PER_PROVINCE') ?? [];
      expect(questions).toHaveLength(20);
      expect(localGovernments.reduce((sum, figure) => sum + (figure.value ?? 0), 0)).toBe(53);
      expect(questions.reduce((sum, figure) => sum + (figure.value ?? 0), 0)).toBeLessThan(133);
      const withheld = questions.filter((figure) => figure.suppressed);
      // Some SAMPLE cells are small: at least two are withheld, so the public total cannot reveal one.
      expect(withheld.length).toBeGreaterThanOrEqual(2);
      expect(withheld.every((figure) => figure.value === null && figure.suppressionReason)).toBe(true);
      expect(questions.some((figure) => !figure.suppressed && figure.value !== null && figure.value > 0 && figure.value < 5)).toBe(false);
    });
  });

  describe('figures', () => {
    it('counts each series in one SQL statement, consistent with the published totals', async () => {
      const result = await run(`{ flanders { figures(kinds: [HELPDESK_QUESTIONS_PER_YEAR, COACHING_TRAJECTORIES_PER_TRACK, COACHED_MUNICIPALITIES_PER_PROVINCE]) {
        kind label keys { name value } value suppressed provenance { kind } } } }`);
      expect(result.errors).toBeUndefined();
      expect(result.statements).toBe(3);
      const figures = (result.data as { flanders: { figures: Array<{ kind: string; label: string; value: number; provenance: { kind: string } }> } }).flanders.figures;
      const sum = (kind: string) => figures.filter((figure) => figure.kind === kind).reduce((total, figure) => total + figure.value, 0);
      expect(figures.filter((figure) => figure.kind === 'HELPDESK_QUESTIONS_PER_YEAR').map((figure) => [figure.label, figure.value])).toEqual([['2023', 133]]);
      expect(sum('COACHING_TRAJECTORIES_PER_TRACK')).toBe(19);
      expect(figures.filter((figure) => figure.kind === 'COACHING_TRAJECTORIES_PER_TRACK').map((figure) => figure.label)).toEqual([
        'START_UP',
        'REACTIVATE',
        'OPTIMISE',
        'MONITOR_AND_EVALUATE',
      ]);
      expect(sum('COACHED_MUNICIPALITIES_PER_PROVINCE')).toBe(38);
      expect(figures.filter((figure) => figure.kind !== 'HELPDESK_QUESTIONS_PER_YEAR').every((figure) => figure.provenance.kind === 'SAMPLE')).toBe(true);
    });

    it('labels offers per organisation and kind with the organisation’s name', async () => {
      type Keyed = { label: string; value: number; keys: Array<{ name: string; value: string }> };
      const { flanders } = await data<{ flanders: { figures: Keyed[] } }>(
        `{ flanders { figures(kinds: [OFFERS_PER_ORGANISATION_AND_KIND]) { label value keys { name value } } } }`,
      );
      expect(flanders.figures.reduce((total, figure) => total + figure.value, 0)).toBe(31);
      const organisationOf = (figure: Keyed) => figure.keys.find((key) => key.name === 'organisation')?.value;
      expect(flanders.figures.find((figure) => organisationOf(figure) === 'ceapire' && figure.label.endsWith('TRAJECTORY'))).toEqual({
        label: 'Ceapire – TRAJECTORY',
        value: 1,
        keys: [
          { name: 'organisation', value: 'ceapire' },
          { name: 'offerKind', value: 'TRAJECTORY' },
        ],
      });
    });
  });

  it('seeds idempotently: seeding again with the checksum bypassed changes no row of any table', async () => {
    const before = await snapshotSchema(subgraph.database, 'flanders');
    expect(before.offers).toHaveLength(31);
    await seedSchemas(subgraph.database, ['flanders'], { force: true });
    expect(await snapshotSchema(subgraph.database, 'flanders')).toEqual(before);
  });
});
