import { flandersTables } from '@cohesion/db';
import { ROLES, signDevelopmentToken } from '@cohesion/kit';
import { startTestHub, type TestHub } from '../support/start-test-hub';

// The hub as every e2e test starts it: the gateway's response cache and its deduplication of subgraph fetches are on
// (createGateway's defaults), so what is checked here is what every other e2e test runs with.

async function roleHeaders(role: keyof typeof ROLES, subject = `e2e-cache-${role}`): Promise<Record<string, string>> {
  const { scopes, jurisdictions, organisation } = ROLES[role];
  return { authorization: `Bearer ${await signDevelopmentToken({ subject, scopes: [...scopes], jurisdictions: [...jurisdictions], organisation })}` };
}

type Figures = { livcrFigures: Array<{ kind: string; value: number | null; suppressed: boolean; suppressionReason: string | null }> };

describe('the gateway\'s response cache and deduplication over the whole hub', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it('is on: an identical anonymous query is answered from the cache, with its age', async () => {
    const query = '{ provinces { nis names { nl } } }';
    const post = () => fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const first = await post();
    const second = await post();
    expect(await second.json()).toEqual(await first.json());
    expect(first.headers.get('age')).toBeNull();
    expect(second.headers.get('age')).toMatch(/^\d+$/);
    expect(second.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
  });

  it('never gives one caller another\'s answer: counts withheld from callers without cells:read stay withheld while callers with it ask the same at the same time', async () => {
    // One operation, no protected field: its answer depends on the caller's scopes (AUTHORIZATION.md, "No inference from
    // public answers"), so it is cached and its fetches shared per caller, and a mix-up would show.
    const query = '{ livcrFigures(kinds: [CELLS_BY_MEETING_FREQUENCY]) { kind value suppressed suppressionReason } }';
    const callers: Array<{ name: string; headers: Record<string, string>; cellsRead: boolean }> = [
      { name: 'anonymous', headers: {}, cellsRead: false },
      { name: 'network-member', headers: await roleHeaders('network-member'), cellsRead: false },
      { name: 'federal', headers: await roleHeaders('federal'), cellsRead: true },
      { name: 'regional-coordinator', headers: await roleHeaders('regional-coordinator'), cellsRead: true },
    ];
    for (let round = 0; round < 3; round += 1) {
      const requests = callers.flatMap((caller) => Array.from({ length: 3 }, () => caller));
      // Interleaved, all at once: the first of each caller makes the answer, the others wait for it or read it.
      const answers = await Promise.all(requests.map(async (caller) => ({ caller, answer: await hub.query<Figures>(query, { headers: caller.headers }) })));
      for (const { caller, answer } of answers) {
        expect(answer.body.errors).toBeUndefined();
        const figures = answer.body.data?.livcrFigures ?? [];
        expect(figures.length).toBeGreaterThan(0);
        if (caller.cellsRead) {
          expect(figures.some((figure) => !figure.suppressed && figure.value !== null)).toBe(true);
        } else {
          for (const figure of figures) expect(figure).toMatchObject({ suppressed: true, value: null, suppressionReason: expect.stringContaining('cells:read') });
        }
      }
    }
  });

  it('answers the first query after a mutation it relayed with what the mutation wrote, within the cache\'s lifetime', async () => {
    const read = '{ flanders { regionalPlatforms { nodes { id version timesPerYear } } } }';
    const platform = async () => {
      const { body } = await hub.query<{ flanders: { regionalPlatforms: { nodes: Array<{ id: string; version: number; timesPerYear: number | null }> } } }>(read);
      const first = body.data?.flanders.regionalPlatforms.nodes[0];
      if (!first) throw new Error('the seed has a regional platform');
      return first;
    };
    const before = await platform();
    expect(await platform()).toEqual(before);
    const written = await hub.query<{ updateFlemishNetwork: { userErrors: unknown[] } }>(
      'mutation ($input: UpdateFlemishNetworkInput!) { updateFlemishNetwork(input: $input) { userErrors { code message } } }',
      { variables: { input: { id: before.id, expectedVersion: before.version, timesPerYear: (before.timesPerYear ?? 0) + 3 } }, headers: await roleHeaders('regional-coordinator') },
    );
    expect(written.body.errors).toBeUndefined();
    expect(written.body.data?.updateFlemishNetwork.userErrors).toEqual([]);
    expect(await platform()).toEqual({ id: before.id, version: before.version + 1, timesPerYear: (before.timesPerYear ?? 0) + 3 });
  });

  it('records every read of personal data, however many identical reads arrive together', async () => {
    const subject = `e2e-cache-reader-${Date.now()}`;
    const headers = await roleHeaders('regional-coordinator', subject);
    const query = '{ flanders { experts(first: 1) { nodes { name directLine { phone } } } } }';
    const reads = async () =>
      (await hub.database.db.select().from(flandersTables.auditLog)).filter((row) => row.kind === 'PERSONAL_DATA_READ' && row.actorSub === subject).length;
    expect(await reads()).toBe(0);
    const answers = await Promise.all(Array.from({ length: 4 }, () => hub.query<{ flanders: { experts: { nodes: Array<{ directLine: { phone: string } | null }> } } }>(query, { headers })));
    answers.push(await hub.query(query, { headers }), await hub.query(query, { headers }));
    for (const answer of answers) {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?.flanders.experts.nodes[0]?.directLine?.phone).toMatch(/^\+32/);
    }
    // One expert per answer, six answers: six reads in the level's audit log, none skipped by a cache or a shared fetch.
    expect(await reads()).toBe(6);
  });
});
