/** Asks every subgraph for `{ __typename }`; the gateway is ready only when all answer. */
export async function checkSubgraphs(urls: Record<string, string>, timeoutMs = 2_000) {
  const results = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
          body: JSON.stringify({ query: '{ __typename }' }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        return [name, response.ok ? 'up' : `HTTP ${response.status}`] as const;
      } catch (error) {
        return [name, error instanceof Error ? error.message : 'unreachable'] as const;
      }
    }),
  );
  return { ready: results.every(([, status]) => status === 'up'), subgraphs: Object.fromEntries(results) };
}

/**
 * The gateway's readiness: `ready` when every subgraph answers and no circuit is open; `degraded` (still HTTP 200: the
 * gateway serves every other subgraph's fields, and taking it out of rotation would not bring the subgraph back) when
 * some do not; `unavailable` (503) when none does. Each subgraph's probe result and circuit state are the details.
 */
export async function checkGatewayReadiness(urls: Record<string, string>, circuits: Record<string, string>) {
  const { subgraphs } = await checkSubgraphs(urls);
  const usable = Object.keys(subgraphs).filter((name) => subgraphs[name] === 'up' && circuits[name] !== 'open');
  const healthy = usable.length === Object.keys(subgraphs).length && Object.values(circuits).every((state) => state === 'closed');
  return {
    ready: usable.length > 0 || Object.keys(subgraphs).length === 0,
    status: healthy ? 'ready' : usable.length > 0 ? 'degraded' : 'unavailable',
    details: { subgraphs, circuits },
  };
}
