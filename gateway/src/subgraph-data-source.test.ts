import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { SubgraphDataSource } from './subgraph-data-source';

/** A subgraph stand-in that answers every request with the given status, content type and body. */
async function startSubgraph(status: number, contentType: string, body: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(status, { 'content-type': contentType });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

async function fetchFrom(status: number, contentType: string, body: string) {
  const { url, server } = await startSubgraph(status, contentType, body);
  try {
    // The kind enum is not exported by @apollo/gateway; a health check needs no incoming request.
    const options = { kind: 'health check', request: { query: '{ __typename }' }, context: {} } as unknown as GraphQLDataSourceProcessOptions;
    return await new SubgraphDataSource({ url }).process(options);
  } finally {
    server.close();
  }
}

const REFUSAL = JSON.stringify({
  errors: [
    { message: 'Invalid Date "2021-02-30": expected a calendar day.', locations: [{ line: 1, column: 9 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED', value: '2021-02-30' } },
    { message: 'Aliases limit of 100 exceeded, found 101.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxAliases' } },
  ],
});

describe('SubgraphDataSource', () => {
  it("answers a subgraph's HTTP 400 with the subgraph's own errors, codes and messages, without its locations", async () => {
    await expect(fetchFrom(400, 'application/json', REFUSAL)).resolves.toEqual({
      errors: [
        { message: 'Invalid Date "2021-02-30": expected a calendar day.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', value: '2021-02-30' } },
        { message: 'Aliases limit of 100 exceeded, found 101.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxAliases' } },
      ],
    });
  });

  it('keeps a 5xx, a 401 and a 4xx without GraphQL errors a transport error', async () => {
    await expect(fetchFrom(500, 'application/json', REFUSAL)).rejects.toThrow('500: Internal Server Error');
    await expect(fetchFrom(401, 'application/json', REFUSAL)).rejects.toThrow('401: Unauthorized');
    await expect(fetchFrom(404, 'text/html', '<html>Not found</html>')).rejects.toThrow('404: Not Found');
  });
});
