import { once } from 'node:events';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { createDatabase } from './client';
import { isDatabaseUnavailableError } from './database-unavailable';
import { pingDatabase } from './ping-database';

describe('a database that cannot answer', () => {
  it('tells connection failures, shutdowns and statement timeouts from errors in a query', () => {
    const withCode = (code: string) => Object.assign(new Error(code), { code });
    for (const code of ['ECONNREFUSED', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', '57P01', '57P03', '57014', '08006']) {
      expect(isDatabaseUnavailableError(withCode(code))).toBe(true);
    }
    // drizzle wraps the driver's error in `cause`.
    expect(isDatabaseUnavailableError(new Error('Failed query', { cause: withCode('ECONNREFUSED') }))).toBe(true);
    for (const code of ['42601', '23505', '22P02']) expect(isDatabaseUnavailableError(withCode(code))).toBe(false);
    expect(isDatabaseUnavailableError(new Error('no code'))).toBe(false);
    expect(isDatabaseUnavailableError('ECONNREFUSED')).toBe(false);
  });

  it('gives up within the connect timeout on a server that accepts connections and never answers', async () => {
    // A black hole: TCP connections are accepted, the PostgreSQL start-up message is never answered.
    const sockets = new Set<Socket>();
    const server = createServer((socket) => sockets.add(socket));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const database = await createDatabase({ url: `postgres://postgres@127.0.0.1:${port}/none`, connectTimeoutSeconds: 1 });
    try {
      const started = Date.now();
      const error = await database.execute('select 1').then(() => undefined, (reason: unknown) => reason);
      expect(isDatabaseUnavailableError(error)).toBe(true);
      expect(Date.now() - started).toBeLessThan(4_000);
      expect(await pingDatabase(database.db, 3_000)).toBe('unavailable');
    } finally {
      for (const socket of sockets) socket.destroy();
      server.close();
      await database.close();
    }
  });
});
