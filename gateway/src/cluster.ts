import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';
import { type Logger } from '@cohesion/kit';

/** Restarts of a worker that keeps dying wait longer each time: from `initialMs`, doubling, up to `maxMs`. */
export const WORKER_RESTART_BACKOFF = { initialMs: 250, maxMs: 30_000, stableAfterMs: 10_000 } as const;
/** How long the primary waits for its workers' graceful stop before it kills them. */
const STOP_TIMEOUT_MS = 15_000;
/**
 * How long the primary waits for a worker to empty its response cache after a write. A worker that has not by then is
 * killed (and replaced): it might otherwise serve an answer made before the write, and one whose event loop stood still
 * this long serves nothing well anyway.
 */
const CACHE_INVALIDATION_ACK_TIMEOUT_MS = 3_000;
/** How long a writing worker waits for the primary's acknowledgement (the primary's own bound, plus a kill). */
export const CACHE_INVALIDATION_TIMEOUT_MS = 6_000;

const METRICS_REQUEST = 'cohesion:gateway-metrics-request';
const METRICS_RESPONSE = 'cohesion:gateway-metrics-response';
const WORKER_READY = 'cohesion:gateway-worker-ready';
/** A worker's response cache listens for invalidations (sent once, before the worker listens). */
const CACHE_JOIN = 'cohesion:cache-join';
/** A worker relays a mutation: every other worker must empty its cache (answered with CACHE_INVALIDATION_DONE). */
const CACHE_INVALIDATION_REQUEST = 'cohesion:cache-invalidation-request';
const CACHE_INVALIDATION_DONE = 'cohesion:cache-invalidation-done';
/** The primary to each other worker: empty your cache (answered with CACHE_INVALIDATED once it is empty). */
const CACHE_INVALIDATE = 'cohesion:cache-invalidate';
const CACHE_INVALIDATED = 'cohesion:cache-invalidated';

type Message = { type?: unknown; id?: unknown; text?: unknown; error?: unknown; url?: unknown };

/**
 * How a cluster worker's response cache empties the caches of the other workers (`workerCacheInvalidation`), so that a
 * write relayed by one worker is not answered from another's memory with what was true before it.
 */
export type ClusterCacheInvalidation = {
  /** Empties every other worker's cache; resolves once all have (or after CACHE_INVALIDATION_TIMEOUT_MS, see `unconfirmed`). */
  invalidate(): Promise<void>;
  /** True while an invalidation this worker asked for is not acknowledged: its cache must then neither serve nor store. */
  unconfirmed(): boolean;
  /** `listener` empties this worker's cache when another worker's write asks for it. */
  onInvalidate(listener: () => void): void;
};

export type RunClusterPrimaryOptions = {
  workers: number;
  logger: Logger;
  backoff?: typeof WORKER_RESTART_BACKOFF;
  /** Variables every worker gets besides the primary's environment (the hub's: the URLs of the subgraphs it runs). */
  env?: Record<string, string>;
  /** Runs once every worker has stopped, before the primary exits (the hub's: close the subgraphs and the database). */
  onStopped?: () => Promise<void>;
};

/**
 * The primary of a gateway cluster (WORKERS > 1): forks `workers` processes that share the listening ports (node:cluster
 * hands connections round-robin), logs each worker's start, starts another when one dies (after a back-off that grows
 * while workers keep dying young, so a worker that cannot start is not restarted in a hot loop), answers the workers'
 * `/metrics` with the sum over all of them (prom-client's AggregatorRegistry), relays the response caches'
 * invalidations between workers, and on SIGTERM/SIGINT stops every worker gracefully (each finishes what it serves),
 * then runs `onStopped` and exits.
 */
export function runClusterPrimary(options: RunClusterPrimaryOptions) {
  const { logger } = options;
  const backoff = options.backoff ?? WORKER_RESTART_BACKOFF;
  const aggregator = new AggregatorRegistry();
  const startedAt = new Map<number, number>();
  let restartDelayMs: number = backoff.initialMs;
  let stopping = false;
  const invalidations = relayCacheInvalidations(logger);

  const fork = () => {
    const worker = cluster.fork(options.env);
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
    } else {
      invalidations.onMessage(worker, message);
    }
  });

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker.id) ?? Date.now());
    startedAt.delete(worker.id);
    invalidations.onExit(worker);
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
    let finished = false;
    const finish = () => {
      if (finished || Object.values(cluster.workers ?? {}).some((worker) => worker && !worker.isDead())) return;
      finished = true;
      clearTimeout(killer);
      logger.info('gateway stopped');
      void (options.onStopped ?? (async () => undefined))().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'stopping after the workers failed');
          process.exit(1);
        },
      );
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
 * The primary's part of the response caches' invalidation (why: without Redis each worker caches in its own memory, and
 * a write relayed by one worker must not leave another answering what was true before it). A worker that relays a
 * mutation asks; the primary tells every other worker that has a cache, waits until each has emptied it (or has died),
 * and only then answers the asking worker, which waits for that before it runs the mutation and again before it sends
 * the answer. A worker that does not acknowledge within CACHE_INVALIDATION_ACK_TIMEOUT_MS is killed: stopping it is the
 * only way to be sure it serves nothing stale (the primary starts another, with an empty cache).
 */
function relayCacheInvalidations(logger: Logger) {
  /** Workers whose response cache listens (only they answer; one without a cache has nothing stale). */
  const members = new Set<number>();
  /** Invalidation rounds under way: the workers each still waits for. */
  const rounds = new Map<number, { waiting: Set<number>; done(): void }>();
  let nextRound = 0;

  const acknowledged = (round: { waiting: Set<number>; done(): void }, workerId: number) => {
    round.waiting.delete(workerId);
    if (round.waiting.size === 0) round.done();
  };

  const invalidateAllBut = (requester: Worker) =>
    new Promise<void>((resolve) => {
      const others = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined && worker !== requester && members.has(worker.id) && worker.isConnected());
      if (others.length === 0) return resolve();
      const id = nextRound++;
      const round = {
        waiting: new Set(others.map((worker) => worker.id)),
        done: () => {
          clearTimeout(timer);
          rounds.delete(id);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        for (const workerId of round.waiting) {
          const worker = cluster.workers?.[workerId];
          logger.error({ worker: workerId, pid: worker?.process.pid }, 'gateway worker did not empty its response cache in time after a write; killing it so that it serves nothing stale');
          worker?.process.kill('SIGKILL');
        }
        // Answered once they have exited (onExit).
      }, CACHE_INVALIDATION_ACK_TIMEOUT_MS);
      rounds.set(id, round);
      for (const worker of others) worker.send({ type: CACHE_INVALIDATE, id });
    });

  return {
    onMessage(worker: Worker, message: Message) {
      if (message?.type === CACHE_JOIN) {
        members.add(worker.id);
      } else if (message?.type === CACHE_INVALIDATED && typeof message.id === 'number') {
        const round = rounds.get(message.id);
        if (round) acknowledged(round, worker.id);
      } else if (message?.type === CACHE_INVALIDATION_REQUEST) {
        void invalidateAllBut(worker).then(() => worker.isConnected() && worker.send({ type: CACHE_INVALIDATION_DONE, id: message.id }));
      }
    },
    onExit(worker: Worker) {
      members.delete(worker.id);
      for (const round of [...rounds.values()]) if (round.waiting.has(worker.id)) acknowledged(round, worker.id);
    },
  };
}

/**
 * A cluster worker's side of the response caches' invalidation (see `relayCacheInvalidations`). Create it before the
 * worker listens: it tells the primary that this worker's cache must be emptied on every other worker's write.
 */
export function workerCacheInvalidation(timeoutMs = CACHE_INVALIDATION_TIMEOUT_MS): ClusterCacheInvalidation {
  const listeners: Array<() => void> = [];
  const pending = new Map<number, () => void>();
  let nextId = 0;
  let unconfirmed = 0;
  process.on('message', (message: Message) => {
    if (message?.type === CACHE_INVALIDATE) {
      for (const listener of listeners) listener();
      process.send?.({ type: CACHE_INVALIDATED, id: message.id });
    } else if (message?.type === CACHE_INVALIDATION_DONE && typeof message.id === 'number') {
      pending.get(message.id)?.();
    }
  });
  process.send?.({ type: CACHE_JOIN });
  return {
    invalidate() {
      if (!process.send || !process.connected) return Promise.resolve();
      const id = nextId++;
      return new Promise<void>((resolve) => {
        let late = false;
        // Bounded: the write goes on, but this worker's cache stays unused until the primary has confirmed (a primary
        // that stood still may not have told the others yet either; they wait on the same primary).
        const timer = setTimeout(() => {
          late = true;
          unconfirmed += 1;
          resolve();
        }, timeoutMs);
        pending.set(id, () => {
          pending.delete(id);
          clearTimeout(timer);
          if (late) unconfirmed -= 1;
          resolve();
        });
        process.send!({ type: CACHE_INVALIDATION_REQUEST, id });
      });
    },
    unconfirmed: () => unconfirmed > 0,
    onInvalidate(listener) {
      listeners.push(listener);
    },
  };
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
