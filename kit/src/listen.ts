import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import type { RequestListener } from 'node:http';

export type ListeningServer = {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
};

export type ListenOptions = { port: number; host: string };

/** Listens on `host:port` (port 0 picks a free port) and resolves once the socket is bound. */
export async function listen(handler: RequestListener, { port, host }: ListenOptions): Promise<ListeningServer> {
  const server = createServer(handler);
  // Keep-alive sockets from the gateway would otherwise hold `close()` open for the idle timeout.
  server.keepAliveTimeout = 5_000;
  server.listen(port, host);
  await once(server, 'listening');
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost === '0.0.0.0' ? '127.0.0.1' : shownHost}:${address.port}`,
    port: address.port,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
