import { once } from 'node:events';
import { createConnection, createServer, type Socket } from 'node:net';
import { type AddressInfo } from 'node:net';

export type StoppableProxy = {
  /** http://127.0.0.1:<port>: the same address across stop and start, as a restarted subgraph keeps its port. */
  url: string;
  /** Closes the port and every open connection: the subgraph's process was killed. */
  stop(): Promise<void>;
  /** Listens on the same port again: the subgraph is back. */
  start(): Promise<void>;
  /** Accepts connections but never answers: the subgraph hangs. `forward` undoes it. */
  hang(): void;
  forward(): void;
};

/**
 * A loopback TCP proxy in front of a subgraph, for fault tests: it can kill the subgraph (connection refused), make it
 * hang (connections accepted, no answer) and bring it back on the same port, without touching the subgraph itself.
 */
export async function startStoppableProxy(target: string): Promise<StoppableProxy> {
  const { hostname, port: targetPort } = new URL(target);
  const sockets = new Set<Socket>();
  let hanging = false;
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    if (hanging) return;
    const upstream = createConnection({ host: hostname, port: Number(targetPort) });
    sockets.add(upstream);
    upstream.on('close', () => {
      sockets.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    client.pipe(upstream).pipe(client);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    async start() {
      server.listen(port, '127.0.0.1');
      await once(server, 'listening');
    },
    hang() {
      hanging = true;
    },
    forward() {
      hanging = false;
      for (const socket of sockets) socket.destroy();
    },
  };
}
