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
