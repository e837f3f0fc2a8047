import { type RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent, request } from 'undici';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetchInit = { method?: string; headers?: Record<string, string>; body?: string };

/** What a subgraph answered, read once: the bytes are kept so that several waiting fetches can each parse their own copy. */
type SubgraphAnswer = { status: number; statusText: string; headers: Array<[string, string]>; body: string };

export type SubgraphFetcherOptions = {
  /** How long one fetch may take, reading the answer included; then it fails with a `TimeoutError`. */
  timeoutMs: number;
  /**
   * Whether identical subgraph queries in flight at the same time are sent once and their answer shared
   * (SUBGRAPH_DEDUPLICATION). Identical means the same URL, body (operation and variables) and every header that is
   * sent (the caller's token or the gateway's, language, idempotency key): two callers whose requests differ in anything
   * a subgraph could answer differently never share. Mutations are never shared.
   */
  deduplicate: boolean;
  /**
   * Whether a subgraph query may be shared: the gateway says no for one that selects a protected field, so that each
   * read of personal data reaches its subgraph and is recorded there.
   */
  mayShare?: (query: string) => boolean;
  /** Counts fetches answered by another fetch's request (metrics). */
  onShared?: () => void;
};

/** Headers that follow one request and change nothing in the answer: the request id of the first fetch is the one sent. */
const PER_REQUEST_HEADERS = new Set(['x-request-id']);

/** A subgraph query as @apollo/gateway sends it: `{"query":"{…` or `{"query":"query…`; anything else (a mutation) is never shared. */
const QUERY_BODY = /^\{"query":"(?:\{|query[\s({])/;

/**
 * One keep-alive connection pool per process (undici), shared by every subgraph: the gateway's fetches on loopback
 * or the internal network reuse their connections instead of opening one per request.
 */
const agent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 600_000, connections: 128, pipelining: 1 });

class TimeoutError extends Error {
  override name = 'TimeoutError';
}

async function send(url: string, init: FetchInit, timeoutMs: number): Promise<SubgraphAnswer> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    // No Accept-Encoding: answers come uncompressed, which on loopback or an internal network costs less than gunzipping.
    const response = await request(url, {
      method: (init.method ?? 'POST') as 'POST',
      headers: init.headers ?? {},
      body: init.body ?? null,
      signal,
      dispatcher: agent,
    });
    const body = await response.body.text();
    const headers: Array<[string, string]> = [];
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) headers.push([name, Array.isArray(value) ? value.join(', ') : value]);
    }
    return { status: response.statusCode, statusText: '', headers, body };
  } catch (error) {
    // Resilience counts a timeout by the error's name, whatever undici calls its abort.
    if (signal.aborted) throw new TimeoutError(`The subgraph did not answer within ${timeoutMs} ms.`, { cause: error });
    throw error;
  }
}

/** The answer as the `Response` @apollo/gateway reads (status, headers, `json()`, `text()`); each fetch gets its own. */
function responseOf(url: string, answer: SubgraphAnswer) {
  return {
    ok: answer.status >= 200 && answer.status < 300,
    status: answer.status,
    statusText: answer.statusText,
    url,
    headers: new Headers(answer.headers),
    json: async () => JSON.parse(answer.body) as unknown,
    text: async () => answer.body,
  };
}

function keyOf(url: string, init: FetchInit, mayShare: SubgraphFetcherOptions['mayShare']): string | undefined {
  if ((init.method ?? 'POST') !== 'POST' || typeof init.body !== 'string' || !QUERY_BODY.test(init.body)) return undefined;
  if (mayShare) {
    const { query } = JSON.parse(init.body) as { query?: unknown };
    if (typeof query !== 'string' || !mayShare(query)) return undefined;
  }
  const headers = Object.entries(init.headers ?? {})
    .map(([name, value]) => [name.toLowerCase(), value] as const)
    .filter(([name]) => !PER_REQUEST_HEADERS.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([url, headers, init.body]);
}

/**
 * The fetch of a subgraph's RemoteGraphQLDataSource: undici over a keep-alive pool, aborted after `timeoutMs`, and
 * identical in-flight queries sent once when `deduplicate` is on. The answer is shared as bytes and parsed by each
 * fetch, so no two requests ever hold the same objects (the gateway merges fetched data into its own result).
 */
export function createSubgraphFetcher(options: SubgraphFetcherOptions): Fetcher {
  const inFlight = new Map<string, Promise<SubgraphAnswer>>();
  return (async (url: string, init: FetchInit) => {
    const key = options.deduplicate ? keyOf(url, init, options.mayShare) : undefined;
    if (key === undefined) return responseOf(url, await send(url, init, options.timeoutMs));
    let answer = inFlight.get(key);
    if (answer) {
      options.onShared?.();
    } else {
      answer = send(url, init, options.timeoutMs).finally(() => inFlight.delete(key));
      inFlight.set(key, answer);
    }
    return responseOf(url, await answer);
  }) as unknown as Fetcher;
}
