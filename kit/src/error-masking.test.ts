import { Writable } from 'node:stream';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import pino from 'pino';
import { createAuthentication } from './authorization';
import { badUserInput } from './errors';
import { createGraphQLService } from './graphql-service';

function serviceLoggingTo(lines: Array<Record<string, unknown>>) {
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    }),
  );
  const schema = buildSchema('type Query { broken: String, refused: String }');
  const fields = (schema.getQueryType() as GraphQLObjectType).getFields();
  fields.broken!.resolve = () => {
    throw new Error('connection to postgres://hub:secret@db failed');
  };
  fields.refused!.resolve = () => {
    throw badUserInput('nis', '4100', 'expected a five-digit NIS code');
  };
  return createGraphQLService({
    name: 'test',
    logger,
    development: false,
    authentication: createAuthentication({ environment: 'test', verifier: { verify: () => Promise.reject(new Error('unused')) } }),
    schema,
    territories: {},
    context: async () => ({}),
  });
}

describe('error masking', () => {
  it('masks an unexpected error as "Unexpected error." and logs the original with the request id', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const service = serviceLoggingTo(lines);
    await service.start();
    try {
      const response = await service.apollo.executeOperation({ query: '{ broken refused }' }, { contextValue: { requestId: 'request-17' } });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      expect(response.body.singleResult.errors).toEqual([
        { message: 'Unexpected error.', path: ['broken'], locations: [{ line: 1, column: 3 }], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        expect.objectContaining({ message: 'Invalid nis "4100": expected a five-digit NIS code.', extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      ]);
      const masked = lines.filter((line) => line.msg === 'masked an unexpected error');
      expect(masked).toEqual([expect.objectContaining({ requestId: 'request-17', path: ['broken'], err: expect.objectContaining({ message: 'connection to postgres://hub:secret@db failed' }) })]);
    } finally {
      await service.stop();
    }
  });
});
