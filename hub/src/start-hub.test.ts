import { createTestDatabase } from '@cohesion/db/testing';
import { createDevelopmentAuthentication, createLogger } from '@cohesion/kit';
import { startSubgraphs } from './start-hub';

const common = {
  prepareDatabase: async () => undefined,
  authentication: createDevelopmentAuthentication(),
  logger: createLogger({ service: 'test', level: 'silent' }),
  development: false,
};
const askService = (url: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ _service { sdl } }"}' });

describe('startSubgraphs', () => {
  it('listens before the database is open: a subgraph asked meanwhile answers 503 (retry), and serves once started', async () => {
    const database = await createTestDatabase({ url: process.env.DATABASE_URL });
    let early: { status: number; retryAfter: string | null; text: string } | undefined;
    let urls: Record<string, string> = {};
    const subgraphs = await startSubgraphs({
      ...common,
      database,
      whileDatabaseOpens: async (subgraphUrls) => {
        urls = subgraphUrls;
        const response = await askService(subgraphUrls.municipalities as string);
        early = { status: response.status, retryAfter: response.headers.get('retry-after'), text: await response.text() };
      },
    });
    try {
      expect(Object.keys(urls).sort()).toEqual(['eu-partners', 'federal', 'flanders', 'municipalities', 'wallonia-brussels']);
      expect(subgraphs.subgraphUrls).toEqual(urls);
      expect(early).toEqual({ status: 503, retryAfter: '1', text: 'The municipalities subgraph is starting.' });
      const response = await askService(urls.municipalities as string);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { data: { _service: { sdl: string } } }).data._service.sdl).toContain('LivcrCell');
    } finally {
      await subgraphs.close();
      await database.close();
    }
  });

  it('fails with the work done meanwhile and stops listening when that work fails', async () => {
    const database = await createTestDatabase({ url: process.env.DATABASE_URL });
    let urls: Record<string, string> = {};
    try {
      await expect(
        startSubgraphs({
          ...common,
          database,
          whileDatabaseOpens: async (subgraphUrls) => {
            urls = subgraphUrls;
            throw new Error('the gateway could not start');
          },
        }),
      ).rejects.toThrow('the gateway could not start');
      await expect(askService(urls.federal as string)).rejects.toThrow();
    } finally {
      await database.close();
    }
  });
});
