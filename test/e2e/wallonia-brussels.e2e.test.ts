import { readFileSync } from 'node:fs';
import path from 'node:path';
import { signDevelopmentToken } from '@cohesion/kit';
import { startTestHub, type TestHub } from '../support/start-test-hub';

const CONTENT_DIR = path.resolve(__dirname, '../../db/seed/content');

type NamedItem = { level: string; collection: string; id: string; label: string; sourceId: string };
type Source = { id: string; title: string };

const namedItems = (JSON.parse(readFileSync(path.join(CONTENT_DIR, 'named-items.json'), 'utf8')) as NamedItem[]).filter(
  (item) => item.level === 'wallonia-brussels',
);
const sourceTitles = new Map(
  (JSON.parse(readFileSync(path.join(CONTENT_DIR, 'wallonia-brussels.json'), 'utf8')) as { sources: Source[] }).sources.map((source) => [source.id, source.title]),
);

/** How each collection of named-items.json is asked for, with every text a label may match. */
const COLLECTIONS: Record<string, { field: string; texts: string }> = {
  organisations: { field: 'organisations', texts: 'names { nl fr de en } acronym alsoKnownAs citedAs' },
  offers: { field: 'offers', texts: 'titles { nl fr de en } citedAs' },
  events: { field: 'events', texts: 'titles { nl fr de en } citedAs' },
  projects: { field: 'projects', texts: 'names { nl fr de en } acronym citedAs' },
  documents: { field: 'documents', texts: 'titles { nl fr de en } citedAs' },
};

type Found = {
  id: string;
  names?: Record<string, string | null>;
  titles?: Record<string, string | null>;
  acronym?: string | null;
  alsoKnownAs?: string[];
  citedAs: string | null;
  provenance: { source: string; kind: string };
  sources: Array<{ source: string }>;
};

const normalise = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

function textsOf(record: Found): string[] {
  return [
    ...Object.values(record.names ?? {}),
    ...Object.values(record.titles ?? {}),
    record.acronym ?? null,
    ...(record.alsoKnownAs ?? []),
    record.citedAs,
  ].filter((text): text is string => Boolean(text));
}

describe('wallonia-brussels through the gateway', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it("serves the level's directory of organisations to anonymous callers, with CAPREV's public helpline", async () => {
    const { body } = await hub.query<{ walloniaBrussels: { organisations: { totalCount: number; nodes: Array<{ id: string; name: string; level: string; functionalContact: { phone: string | null }; municipality: { nis: string } | null }> } } }>(
      `{ walloniaBrussels { organisations(first: 50) { totalCount nodes { id name(lang: FR) level functionalContact { phone } municipality { nis } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const organisations = body.data!.walloniaBrussels.organisations;
    expect(organisations.totalCount).toBe(13);
    const byId = new Map(organisations.nodes.map((node) => [node.id, node]));
    expect(byId.get('caprev')?.functionalContact.phone).toBe('0800 111 72');
    expect(byId.get('bpv')).toMatchObject({ name: 'Bruxelles Prévention & Sécurité', level: 'REGIONAL' });
    expect(byId.get('bravvo')?.municipality).toEqual({ nis: '21004' });
  });

  it('lists the agenda between two dates with organisers and venues', async () => {
    const { body } = await hub.query<{ walloniaBrussels: { events: { totalCount: number; nodes: Array<{ id: string; date: string; kind: string; venue: Record<string, unknown>; organisers: Array<{ id: string; name: string }>; provenance: { source: string } }> } } }>(
      `query ($from: Date, $to: Date) { walloniaBrussels { events(from: $from, to: $to) { totalCount nodes {
        id date kind venue { name address city municipality { nis } } organisers { id name } provenance { source } } } } }`,
      { variables: { from: '2015-01-01', to: '2015-12-31' } },
    );
    expect(body.errors).toBeUndefined();
    const events = body.data!.walloniaBrussels.events;
    expect(events.totalCount).toBe(2);
    expect(events.nodes.map((event) => [event.date, event.kind])).toEqual([
      ['2015-02-27', 'MEETING'],
      ['2015-03-20', 'MEETING'],
    ]);
    for (const event of events.nodes) {
      expect(event.organisers.map((organiser) => organiser.name)).toEqual(['Federatie Wallonië-Brussel', 'DG Personeelszaken en Opleiding']);
      // The source names no venue for these meetings: every part is null rather than made up.
      expect(event.venue).toEqual({ name: null, address: null, city: null, municipality: null });
      expect(event.provenance.source).toContain('Context');
    }
  });

  it('finds every named item of this level in named-items.json, by id and label, with its source', async () => {
    expect(namedItems).toHaveLength(31);
    const found = new Map<string, Found>();
    for (const [collection, { field, texts }] of Object.entries(COLLECTIONS)) {
      const { body } = await hub.query<{ walloniaBrussels: Record<string, { totalCount: number; nodes: Found[] }> }>(
        `{ walloniaBrussels { ${field}(first: 200) { totalCount nodes { id ${texts} provenance { source kind } sources { source } } } } }`,
      );
      expect({ collection, errors: body.errors }).toEqual({ collection, errors: undefined });
      for (const node of body.data!.walloniaBrussels[field]!.nodes) found.set(`${collection}:${node.id}`, node);
    }
    for (const item of namedItems) {
      const record = found.get(`${item.collection}:${item.id}`);
      const label = normalise(item.label);
      expect({ item: item.id, found: Boolean(record) }).toEqual({ item: item.id, found: true });
      expect({ item: item.id, label: textsOf(record!).some((text) => normalise(text).includes(label)) }).toEqual({ item: item.id, label: true });
      const title = sourceTitles.get(item.sourceId);
      expect(title).toBeDefined();
      expect({ item: item.id, source: record!.sources.some((source) => source.source.startsWith(title!)) }).toEqual({ item: item.id, source: true });
      expect(['PUBLICATION', 'ORGANISATION']).toContain(record!.provenance.kind);
    }
  });

  it('finds every named item by searching its label in its collection', async () => {
    for (const item of namedItems) {
      const { field } = COLLECTIONS[item.collection]!;
      const { body } = await hub.query<{ walloniaBrussels: Record<string, { nodes: Array<{ id: string }> }> }>(
        `query ($search: String) { walloniaBrussels { ${field}(filter: { search: $search }, first: 200) { nodes { id } } } }`,
        { variables: { search: item.label } },
      );
      expect({ item: item.id, ids: body.data?.walloniaBrussels[field]?.nodes.map((node) => node.id) }).toEqual({
        item: item.id,
        ids: expect.arrayContaining([item.id]),
      });
    }
  });

  it("adds this level's knowledge to the municipalities of another subgraph, batched: as many SQL statements for Hainaut's 69 as for Walloon Brabant's 27", async () => {
    const query = `query ($province: ID!) { municipalities(filter: { province: $province }, first: 200) { nodes {
      nis name csilrSupport { hasCell throughSocialCohesionPlan cellMunicipalities { nis } provenance { kind } } preventionGuidance { territory } } } }`;
    type Page = { municipalities: { nodes: Array<{ nis: string; csilrSupport: { hasCell: boolean; provenance: { kind: string } } | null; preventionGuidance: unknown }> } };
    const count = async (province: string) => {
      const before = hub.database.statementCount();
      const { body } = await hub.query<Page>(query, { variables: { province } });
      expect(body.errors).toBeUndefined();
      return { nodes: body.data!.municipalities.nodes, statements: hub.database.statementCount() - before };
    };
    const hainaut = await count('50000');
    const walloonBrabant = await count('20002');
    expect(hainaut.nodes).toHaveLength(69);
    expect(walloonBrabant.nodes).toHaveLength(27);
    expect(hainaut.nodes.every((node) => node.csilrSupport?.provenance.kind === 'SAMPLE' && node.preventionGuidance === null)).toBe(true);
    expect(hainaut.statements).toBe(walloonBrabant.statements);

    const { body } = await hub.query<{ brussels: { preventionGuidance: { territory: string; sectors: Array<{ en: string }> } }; vilvoorde: { preventionGuidance: { territory: string } } }>(
      `{ brussels: municipality(nis: "21004") { preventionGuidance { territory sectors { en } } } vilvoorde: municipality(nis: "23088") { preventionGuidance { territory } } }`,
    );
    expect(body.data?.brussels.preventionGuidance.territory).toBe('BRUSSELS_REGION');
    expect(body.data?.brussels.preventionGuidance.sectors.map((sector) => sector.en)).toEqual(['schools', 'welfare organisations', 'youth clubs', 'sports clubs']);
    expect(body.data?.vilvoorde.preventionGuidance.territory).toBe('VLAAMSE_RAND');
  });

  it("tells one story about Walloon CSIL-Rs: every municipality's csilrSupport cell is its livcrCell on 5 May 2021, and Wallonia has the published 106 cells covering 191 communes", async () => {
    // The date the CSIL-R support records describe (their provenance says so, checked below).
    const at = '2021-05-05';
    type Node = {
      nis: string;
      languageRegime: string;
      arrondissement: { nis: string };
      predecessors: Array<{ nis: string }>;
      livcrCell: { id: string; municipalities: Array<{ municipality: { nis: string } }> } | null;
      csilrSupport: { hasCell: boolean; cellMunicipalities: Array<{ nis: string }>; provenance: { kind: string; referenceDate: string } } | null;
    };
    // One operation: the municipalities subgraph's cells and the wallonia-brussels subgraph's support, joined by the gateway.
    const { body } = await hub.query<{ municipalities: { totalCount: number; nodes: Node[] } }>(
      `query ($at: Date!) { municipalities(filter: { region: WALLONIA }, first: 300) { totalCount nodes {
        nis languageRegime arrondissement { nis } predecessors { nis }
        livcrCell(at: $at) { id municipalities { municipality { nis } } }
        csilrSupport { hasCell cellMunicipalities { nis } provenance { kind referenceDate } } } } }`,
      { variables: { at } },
    );
    expect(body.errors).toBeUndefined();
    const nodes = body.data!.municipalities.nodes;
    expect(nodes).toHaveLength(body.data!.municipalities.totalCount);
    expect(nodes).toHaveLength(261);
    const members = (list: Array<{ nis: string }>) => list.map((member) => member.nis).sort();

    for (const node of nodes) {
      if (node.languageRegime === 'GERMAN') {
        // No social cohesion plan in the German-speaking Community, so no support record; its cells still count below.
        expect({ nis: node.nis, csilrSupport: node.csilrSupport }).toEqual({ nis: node.nis, csilrSupport: null });
        continue;
      }
      const support = node.csilrSupport;
      expect({ nis: node.nis, provenance: support?.provenance }).toEqual({ nis: node.nis, provenance: { kind: 'SAMPLE', referenceDate: at } });
      expect({
        nis: node.nis,
        hasCell: support?.hasCell,
        cellMunicipalities: members(support?.cellMunicipalities ?? []),
      }).toEqual({
        nis: node.nis,
        hasCell: node.livcrCell !== null,
        cellMunicipalities: members(node.livcrCell?.municipalities.map((membership) => membership.municipality) ?? []),
      });
    }

    // The published totals (Parlement de Wallonie, 5 May 2021) count all of Wallonia in 2019–2024 communes.
    const covered = nodes.filter((node) => node.livcrCell !== null);
    const cells = new Map(covered.map((node) => [node.livcrCell!.id, new Set<string>()]));
    for (const node of covered) cells.get(node.livcrCell!.id)!.add(node.arrondissement.nis);
    expect(cells.size).toBe(106);
    expect(covered.reduce((sum, node) => sum + node.predecessors.length, 0)).toBe(191);
    expect([...cells].filter(([, arrondissements]) => arrondissements.size !== 1)).toEqual([]);
    const supportCells = new Set(nodes.flatMap((node) => (node.csilrSupport?.hasCell ? [members(node.csilrSupport.cellMunicipalities).join(',')] : [])));
    const germanCells = new Set(nodes.flatMap((node) => (node.languageRegime === 'GERMAN' && node.livcrCell ? [node.livcrCell.id] : [])));
    expect(germanCells.size).toBeGreaterThan(0);
    expect(supportCells.size + germanCells.size).toBe(106);
  });

  it("shows the funded coordination time only to a caller with regional:read whose jurisdiction covers the municipality", async () => {
    const { body: list } = await hub.query<{ walloniaBrussels: { csilrSupport: { nodes: Array<{ municipality: { nis: string } }> } } }>(
      `{ walloniaBrussels { csilrSupport(first: 1, filter: { province: "50000", throughSocialCohesionPlan: true }) { nodes { municipality { nis } } } } }`,
    );
    const nis = list.data!.walloniaBrussels.csilrSupport.nodes[0]!.municipality.nis;
    const query = `query ($nis: ID!) { municipality(nis: $nis) { nis csilrSupport { hasCell coordinationTime } } }`;
    type Answer = { municipality: { csilrSupport: { hasCell: boolean; coordinationTime: string | null } } };
    const asking = async (claims?: { scopes: string[]; jurisdictions: string[] }) => {
      const headers = claims ? { authorization: `Bearer ${await signDevelopmentToken({ subject: 'e2e', ...claims })}` } : undefined;
      return (await hub.query<Answer>(query, { variables: { nis }, ...(headers ? { headers } : {}) })).body;
    };

    const anonymous = await asking();
    expect(anonymous.data?.municipality.csilrSupport).toEqual({ hasCell: true, coordinationTime: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');

    const walloonCoordinator = await asking({ scopes: ['regional:read'], jurisdictions: ['BE-WAL'] });
    expect(walloonCoordinator.errors).toBeUndefined();
    expect(['QUARTER_TIME', 'HALF_TIME', 'FULL_TIME']).toContain(walloonCoordinator.data?.municipality.csilrSupport.coordinationTime);

    const otherProvince = await asking({ scopes: ['regional:read'], jurisdictions: ['prov:60000'] });
    expect(otherProvince.data?.municipality.csilrSupport.coordinationTime).toBeNull();
    expect(otherProvince.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
  });

  it("links to other levels' organisations through their entities: BPV's Flemish partners and the Efus relayed by the BFPVS", async () => {
    const { body } = await hub.query<{ walloniaBrussels: { offer: { flemishPartners: Array<{ id: string; name: string }> }; organisation: { relayOf: { id: string; names: { en: string | null } } } } }>(
      `{ walloniaBrussels {
        offer(id: "bpv-handvatten-sectoren") { flemishPartners { id name(lang: NL) } }
        organisation(id: "bfpvs") { relayOf { id names { en } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.walloniaBrussels.offer.flemishPartners.map((partner) => partner.id)).toEqual(['vlaamse-regering', 'vlaamse-gemeenschapscommissie', 'vvsg']);
    expect(body.data?.walloniaBrussels.offer.flemishPartners.every((partner) => partner.name.length > 0)).toBe(true);
    expect(body.data?.walloniaBrussels.organisation.relayOf.id).toBe('efus');
    expect(body.data?.walloniaBrussels.organisation.relayOf.names.en).toMatch(/European Forum for Urban Security/);
  });

  it('rejects a cursor of another order with BAD_USER_INPUT, without HTTP 500', async () => {
    const { body: first } = await hub.query<{ walloniaBrussels: { documents: { pageInfo: { endCursor: string } } } }>(
      `{ walloniaBrussels { documents(first: 3, orderBy: TITLE_ASC) { pageInfo { endCursor } } } }`,
    );
    const cursor = first.data!.walloniaBrussels.documents.pageInfo.endCursor;
    const { status, body } = await hub.query(`query ($after: String) { walloniaBrussels { documents(after: $after) { totalCount } } }`, { variables: { after: cursor } });
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toContain(cursor);
  });
});
