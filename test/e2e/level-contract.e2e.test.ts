import { startTestHub, type TestHub } from '../support/start-test-hub';

type Figure = {
  kind: string;
  label: string;
  keys: Array<{ name: string; value: string }>;
  value: number | null;
  suppressed: boolean;
  suppressionReason: string | null;
  provenance: { kind: string; referenceDate: string };
};

const FIGURE = `fragment SharedFigure on Figure {
  kind label keys { name value } value suppressed suppressionReason provenance { kind referenceDate }
}`;

/** Every level's `figures`, in one operation, through one fragment on the shared type. */
const EVERY_LEVELS_FIGURES = `${FIGURE}
query {
  federal { figures { ...SharedFigure } events: figures(kinds: [EVENTS_PER_MONTH]) { kind } }
  flanders { figures { ...SharedFigure } events: figures(kinds: [EVENTS_PER_MONTH]) { kind } }
  walloniaBrussels { figures { ...SharedFigure } events: figures(kinds: [EVENTS_PER_MONTH]) { kind } }
  euPartners { figures { ...SharedFigure } events: figures(kinds: [EVENTS_PER_MONTH]) { kind } }
  livcrFigures { ...SharedFigure }
  cells: livcrFigures(kinds: [CELLS]) { kind }
}`;

type LevelFigures = { figures: Figure[]; events: Array<{ kind: string }> };
type FiguresData = {
  federal: LevelFigures;
  flanders: LevelFigures;
  walloniaBrussels: LevelFigures;
  euPartners: LevelFigures;
  livcrFigures: Figure[];
  cells: Array<{ kind: string }>;
};

const EVENT = `fragment AnyEvent on Event {
  __typename id title date startTime endTime language
  venue { online name address postalCode city municipality { nis } }
  speakers { name honorific affiliation role part note }
  provenance { kind source referenceDate }
}`;

/** One fragment on the shared `Event` interface reads every level's own event type. */
const EVERY_LEVELS_EVENTS = `${EVENT}
query {
  federal { events(first: 10) { nodes { ...AnyEvent } } }
  flanders { events(first: 10) { nodes { ...AnyEvent } } }
  walloniaBrussels { events(first: 10) { nodes { ...AnyEvent } } }
  euPartners { events(first: 10) { nodes { ...AnyEvent } } }
}`;

type Event = { __typename: string; id: string; title: string; provenance: { kind: string; source: string } };
type Nodes<Node> = { nodes: Node[] };

/** The other recurring kinds: organisations, offers, projects and documents, each through its shared interface. */
const EVERY_LEVELS_RECORDS = `
fragment AnyOrganisation on Organisation { __typename id name acronym alsoKnownAs website functionalContact { email phone otherPhones } provenance { kind } }
fragment AnyOffer on Offer { __typename id title sessions audience languages organisation { id name } provenance { kind } }
fragment AnyProject on Project { __typename id start { from to precision text } end { text } provenance { kind } }
fragment AnyDocument on Document { __typename id title date { from to precision text } issuingAuthority reference provenance { kind } }
query {
  federal {
    organisations(first: 10) { nodes { ...AnyOrganisation } }
    offers(first: 10) { nodes { ...AnyOffer } }
    projects(first: 10) { nodes { ...AnyProject } }
    documents(first: 10) { nodes { ...AnyDocument } }
  }
  flanders {
    organisations(first: 10) { nodes { ...AnyOrganisation } }
    offers(first: 10) { nodes { ...AnyOffer } }
    projects(first: 10) { nodes { ...AnyProject } }
    documents(first: 10) { nodes { ...AnyDocument } }
  }
  walloniaBrussels {
    organisations(first: 10) { nodes { ...AnyOrganisation } }
    offers(first: 10) { nodes { ...AnyOffer } }
    projects(first: 10) { nodes { ...AnyProject } }
    documents(first: 10) { nodes { ...AnyDocument } }
  }
  euPartners {
    organisations(first: 10) { nodes { ...AnyOrganisation } }
    projects(first: 10) { nodes { ...AnyProject } }
    documents(first: 10) { nodes { ...AnyDocument } }
  }
}`;

type Record = { __typename: string; id: string; provenance: { kind: string } };
type PartialDate = { from: string; to: string; precision: string; text: string };

describe('one level contract: every level answers the shared shapes', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it('answers every level’s figures in the one Figure shape, filterable by kind, small counts suppressed with their reason', async () => {
    const { body } = await hub.query<FiguresData>(EVERY_LEVELS_FIGURES);
    expect(body.errors).toBeUndefined();
    const data = body.data!;
    const levels = { federal: data.federal.figures, flanders: data.flanders.figures, walloniaBrussels: data.walloniaBrussels.figures, euPartners: data.euPartners.figures, municipalities: data.livcrFigures };
    for (const [level, figures] of Object.entries(levels)) {
      expect([level, figures.length > 0]).toEqual([level, true]);
      for (const figure of figures) {
        expect(figure.kind).toMatch(/^[A-Z_]+$/);
        expect(figure.keys.length).toBeGreaterThan(0);
        expect(figure.provenance.referenceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        // A suppressed figure shows no value, only why; a shown one has a value and no reason.
        if (figure.suppressed) expect(figure).toMatchObject({ value: null, suppressionReason: expect.any(String) });
        else expect(figure).toMatchObject({ value: expect.any(Number), suppressionReason: null });
      }
    }
    expect(data.livcrFigures.some((figure) => figure.suppressed)).toBe(true);
    for (const level of [data.federal, data.flanders, data.walloniaBrussels, data.euPartners]) {
      expect(level.events.length).toBeGreaterThan(0);
      expect(level.events.every((figure) => figure.kind === 'EVENTS_PER_MONTH')).toBe(true);
    }
    expect(data.cells.every((figure) => figure.kind === 'CELLS')).toBe(true);
  });

  it('reads every level’s events with one fragment on the Event interface', async () => {
    const { body } = await hub.query<{ [level: string]: { events: Nodes<Event> } }>(EVERY_LEVELS_EVENTS);
    expect(body.errors).toBeUndefined();
    const typenames = Object.entries(body.data!).map(([level, { events }]) => {
      expect([level, events.nodes.length > 0]).toEqual([level, true]);
      expect(events.nodes.every((event) => event.id && event.title && event.provenance.source)).toBe(true);
      return [...new Set(events.nodes.map((event) => event.__typename))];
    });
    expect(typenames).toEqual([['FederalEvent'], ['FlemishEvent'], ['WalloniaBrusselsEvent'], ['EuEvent']]);
  });

  it('reads every level’s organisations, offers, projects and documents through their shared interfaces', async () => {
    type Level = { organisations: Nodes<Record>; offers?: Nodes<Record>; projects: Nodes<Record & { start: PartialDate | null }>; documents: Nodes<Record & { date: PartialDate | null }> };
    const { body } = await hub.query<{ [level: string]: Level }>(EVERY_LEVELS_RECORDS);
    expect(body.errors).toBeUndefined();
    for (const [level, records] of Object.entries(body.data!)) {
      for (const [kind, page] of Object.entries(records)) {
        expect([level, kind, page.nodes.length > 0]).toEqual([level, kind, true]);
      }
      const dates = [...records.projects.nodes.map((project) => project.start), ...records.documents.nodes.map((document) => document.date)];
      for (const date of dates.filter((value): value is PartialDate => value !== null)) {
        // A partial date designates a period: its text is as precise as its precision says, within from..to.
        expect(date.text).toHaveLength({ YEAR: 4, MONTH: 7, DAY: 10 }[date.precision]!);
        expect(date.from.startsWith(date.text) && date.to.startsWith(date.text) && date.from <= date.to).toBe(true);
      }
    }
  });

  it.each([['2021-02-30'], ['not-a-date'], ['']])('refuses the Date %j at every level with BAD_USER_INPUT naming it', async (value) => {
    const operations = [
      `query ($day: Date) { federal { events(from: $day) { totalCount } } }`,
      `query ($day: Date) { flanders { events(from: $day) { totalCount } } }`,
      `query ($day: Date) { walloniaBrussels { events(from: $day) { totalCount } } }`,
      `query ($day: Date) { euPartners { events(from: $day) { totalCount } } }`,
      `query ($day: Date) { livcrCell(id: "livcr-41002", at: $day) { id } }`,
    ];
    for (const operation of operations) {
      const { body } = await hub.query(operation, { variables: { day: value } });
      expect([operation, body.errors?.[0]?.extensions?.code]).toEqual([operation, 'BAD_USER_INPUT']);
      expect(body.errors?.[0]?.message).toContain(JSON.stringify(value));
    }
  });
});
