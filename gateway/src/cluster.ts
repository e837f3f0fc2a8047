import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';
import { type Logger } from '@cohesion/kit';

/** Restarts of a worker that keeps dying wait longer each time: from `initialMs`, doubling, up to `maxMs`. */
export const WORKER_RESTART_BACKOFF = { initialMs: 250, maxMs: 30_000, stableAfterMs: 10_000 } as const;
/** How long the primary waits for its workers' graceful stop before it kills them. */
const STOP_TIMEOUT_MS = 15_000;

const METRICS_REQUEST = 'cohesion:gateway-metrics-request';
const METRICS_RESPONSE = 'cohesion:gateway-metrics-response';
const WORKER_READY = 'cohesion:gateway-worker-ready';

type Message = { type?: unknown; id?: unknown; text?: unknown; error?: unknown; url?: unknown };

/**
 * The primary of a gateway cluster (WORKERS > 1): forks `workers` processes that share the listening ports (node:cluster
 * hands connections round-robin), logs each worker's start, starts another when one dies (after a back-off that grows
 * while workers keep dying young, so a worker that cannot start is not restarted in a hot loop), answers the workers'
 * `/metrics` with the sum over all of them (prom-client's AggregatorRegistry), and on SIGTERM/SIGINT stops every worker
 * gracefully (each finishes what it serves) and exits.
 */
export function runClusterPrimary(options: { workers: number; logger: Logger; backoff?: typeof WORKER_RESTART_BACKOFF }) {
  const { logger } = options;
  const backoff = options.backoff ?? WORKER_RESTART_BACKOFF;
  const aggregator = new AggregatorRegistry();
  const startedAt = new Map<number, number>();
  let restartDelayMs: number = backoff.initialMs;
  let stopping = false;

  const fork = () => {
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
  };

  cluster.on('message', (worker: Worker, message: Message) => {
    if (message?.type === WORKER_READY) {
      logger.info({ worker: worker.id, pid: worker.process.pid, url: message.url }, 'gateway worker started');
    } else if (message?.type === METRICS_REQUEST) {
      aggregator.clusterMetrics().then(
        (text) => worker.isConnected() && worker.send({ type: METRICS_RESPONSE, id: message.id, text }),
        (error: unknown) => worker.isConnected() && worker.send({ type: METRICS_RESPONSE, id: message.id, error: error instanceof Error ? error.message : String(error) }),
      );
    }
  });

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker.id) ?? Date.now());
    startedAt.delete(worker.id);
    if (stopping) return;
    // A worker that served a while died of something passing: start another soon. One that died young waits longer each time.
    restartDelayMs = lived >= backoff.stableAfterMs ? backoff.initialMs : Math.min(restartDelayMs * 2, backoff.maxMs);
    logger.error({ worker: worker.id, pid: worker.process.pid, code, signal, livedMs: lived, restartInMs: restartDelayMs }, 'gateway worker died; starting another');
    setTimeout(() => {
      if (!stopping) fork();
    }, restartDelayMs);
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
    logger.info({ signal, workers: workers.length }, 'gateway stopping its workers');
    const killer = setTimeout(() => {
      for (const worker of workers) if (!worker.isDead()) worker.process.kill('SIGKILL');
    }, STOP_TIMEOUT_MS);
    const finish = () => {
      if (Object.values(cluster.workers ?? {}).some((worker) => worker && !worker.isDead())) return;
      clearTimeout(killer);
      logger.info('gateway stopped');
      process.exit(0);
    };
    cluster.on('exit', finish);
    for (const worker of workers) worker.process.kill('SIGTERM');
    finish();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));

  logger.info({ workers: options.workers }, 'gateway starting its workers');
  for (let index = 0; index < options.workers; index += 1) fork();
}

/**
 * A cluster worker's side: hands `registry` to the primary's aggregation and returns what its `/metrics` answers (the
 * sum over all workers, asked of the primary; rejected after `timeoutMs`, and the caller then answers its own).
 */
export function workerMetricsCollector(registry: () => Registry, timeoutMs = 6_000) {
  // Constructing one registers prom-client's worker listener, which answers the primary's requests with these registries.
  new AggregatorRegistry();
  let registered = false;
  const pending = new Map<number, { resolve(text: string): void; reject(error: Error): void }>();
  let nextId = 0;
  process.on('message', (message: Message) => {
    if (message?.type !== METRICS_RESPONSE || typeof message.id !== 'number') return;
    const request = pending.get(message.id);
    if (!request) return;
    pending.delete(message.id);
    if (typeof message.text === 'string') request.resolve(message.text);
    else request.reject(new Error(typeof message.error === 'string' ? message.error : 'no metrics from the primary'));
  });
  return {
    /** Call once the gateway exists: from then on the primary's requests are answered with its metrics. */
    register() {
      AggregatorRegistry.setRegistries([registry()]);
      registered = true;
    },
    collect(): Promise<string> {
      if (!registered || !process.send) return Promise.reject(new Error('not a registered cluster worker'));
      const id = nextId++;
      return new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error('the primary did not answer with metrics'));
        }, timeoutMs);
        pending.set(id, {
          resolve: (text) => (clearTimeout(timer), resolve(text)),
          reject: (error) => (clearTimeout(timer), reject(error)),
        });
        process.send!({ type: METRICS_REQUEST, id });
      });
    },
  };
}

/** Tells the primary this worker serves (it logs the start). */
export function announceWorkerReady(url: string) {
  process.send?.({ type: WORKER_READY, url });
}

export const isClusterPrimary = () => cluster.isPrimary;
