import {
  buildSchema,
  GraphQLError,
  Kind,
  parse,
  type GraphQLObjectType,
  type OperationDefinitionNode,
} from 'graphql';
import pino from 'pino';
import { createAuthentication } from './authorization';
import { createGraphQLService } from './graphql-service';
import { operationCost } from './operation-cost';
import { DEFAULT_OPERATION_LIMITS } from './operation-limits';

const schema = buildSchema(`
  type Query { places(first: Int = 50, after: String): PlaceConnection! }
  type PlaceConnection { totalCount: Int! nodes: [Place!]! }
  type Place { name: String! visits(first: Int = 10): VisitConnection! }
  type VisitConnection { nodes: [Visit!]! }
  type Visit { date: String! topic: String! }
`);

const MAX_PAGE_SIZE = 600;

/** The cost of the document's only operation with these variables. */
function costOf(query: string, variables?: Record<string, unknown>): number {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  return operationCost({ schema, document, operation, variables, maxPageSize: MAX_PAGE_SIZE });
}

/** The error `operationCost` throws for these variables. */
function refusalOf(query: string, variables: Record<string, unknown>): GraphQLError {
  try {
    costOf(query, variables);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error(`no refusal for ${JSON.stringify(variables)}`);
}

const literal = (first: string) =>
  `{ places(first: ${first}) { totalCount nodes { name visits { nodes { date topic } } } } }`;
const WITH_VARIABLE =
  'query Places($first: Int) { places(first: $first) { totalCount nodes { name visits { nodes { date topic } } } } }';

describe('operationCost: page sizes count the same as literals and as variables', () => {
  it('multiplies by a page size given as a variable as by the same literal', () => {
    for (const first of [1, 7, 100, 600])
      expect({ first, cost: costOf(WITH_VARIABLE, { first }) }).toEqual({
        first,
        cost: costOf(literal(String(first))),
      });
    // The list is counted 100 times: far more than the 1 time graphql-armor alone counts a variable.
    expect(costOf(WITH_VARIABLE, { first: 100 })).toBeGreaterThan(50 * costOf(WITH_VARIABLE, { first: 1 }));
  });

  it("counts a variable definition's default when the request leaves the variable out", () => {
    const withDefault =
      'query Places($first: Int = 300) { places(first: $first) { totalCount nodes { name visits { nodes { date topic } } } } }';
    expect(costOf(withDefault, {})).toBe(costOf(literal('300')));
    expect(costOf(withDefault, { first: 20 })).toBe(costOf(literal('20')));
  });

  it("falls back to the field's default page size for a missing or null variable and for an absent argument", () => {
    const fieldDefault = costOf(literal('50'));
    expect(costOf(WITH_VARIABLE, {})).toBe(fieldDefault);
    expect(costOf(WITH_VARIABLE, { first: null })).toBe(fieldDefault);
    expect(costOf(literal('null'))).toBe(fieldDefault);
    expect(costOf('{ places { totalCount nodes { name visits { nodes { date topic } } } } }')).toBe(
      fieldDefault,
    );
    // The nested list's own default (10) counts too: with `visits(first: 1)` the operation costs less.
    expect(
      costOf('{ places { totalCount nodes { name visits(first: 1) { nodes { date topic } } } } }'),
    ).toBeLessThan(fieldDefault);
  });

  it('counts page sizes given as variables inside fragments', () => {
    const withFragment =
      'query Places($first: Int, $visits: Int) { places(first: $first) { ...Page } } fragment Page on PlaceConnection { totalCount nodes { name visits(first: $visits) { nodes { date } } } }';
    const asLiterals =
      '{ places(first: 40) { ...Page } } fragment Page on PlaceConnection { totalCount nodes { name visits(first: 30) { nodes { date } } } }';
    expect(costOf(withFragment, { first: 40, visits: 30 })).toBe(costOf(asLiterals));
  });

  it('counts a page size beyond the largest page as the largest page and one below 1 as 1, like the literal', () => {
    expect(costOf(WITH_VARIABLE, { first: 100_000 })).toBe(costOf(literal(String(MAX_PAGE_SIZE))));
    expect(costOf(WITH_VARIABLE, { first: 100_000 })).toBe(costOf(literal('100000')));
    expect(costOf(WITH_VARIABLE, { first: -5 })).toBe(costOf(literal('1')));
    expect(costOf(WITH_VARIABLE, { first: -5 })).toBe(costOf(literal('-5')));
  });

  it.each([
    [1.5, '1.5'],
    ['10', '"10"'],
    [2 ** 31, '2147483648'],
    [1e12, '1000000000000'],
    [[5], '[5]'],
    [{ n: 5 }, '{ n: 5 }'],
  ])('refuses the page-size variable %j with BAD_USER_INPUT naming it', (first, printed) => {
    const error = refusalOf(WITH_VARIABLE, { first });
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      variable: 'first',
      value: first,
      http: { status: 400 },
    });
    expect(error.message).toContain(`Variable "$first" got invalid value ${printed}`);
  });

  it('refuses a required page-size variable left out with BAD_USER_INPUT', () => {
    const error = refusalOf('query Places($first: Int!) { places(first: $first) { totalCount } }', {});
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', variable: 'first' });
    expect(error.message).toContain('Variable "$first" of required type "Int!" was not provided.');
  });
});

describe('the cost limit of a service, with the request variables', () => {
  const service = createGraphQLService({
    name: 'cost-test',
    logger: pino({ level: 'silent' }),
    development: false,
    authentication: createAuthentication({
      environment: 'test',
      verifier: { verify: () => Promise.reject(new Error('unused')) },
    }),
    schema: (() => {
      const fields = (schema.getQueryType() as GraphQLObjectType).getFields();
      fields.places!.resolve = () => ({ totalCount: 0, nodes: [] });
      return schema;
    })(),
    limits: { ...DEFAULT_OPERATION_LIMITS, maxCost: 5_000 },
    territories: {},
    context: async () => ({}),
  });
  beforeAll(() => service.start());
  afterAll(() => service.stop());

  async function run(query: string, variables?: Record<string, unknown>) {
    const response = await service.apollo.executeOperation(
      { query, ...(variables ? { variables } : {}) },
      { contextValue: {} },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return {
      status: response.http.status ?? 200,
      data: response.body.singleResult.data,
      errors: response.body.singleResult.errors,
    };
  }

  it('refuses the same operation over the limit the same way whether its page size is a literal or a variable', async () => {
    const cost = Math.ceil(costOf(literal('100')));
    expect(cost).toBeGreaterThan(5_000);
    const refusal = {
      status: 400,
      data: undefined,
      errors: [
        {
          message: `The operation costs ${cost}, over the cost limit of 5000: ask smaller pages (a lower \`first\`) and follow \`pageInfo.endCursor\` (as \`after\`) while \`pageInfo.hasNextPage\` is true, or select fewer fields.`,
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxCost', cost, maxCost: 5_000 },
        },
      ],
    };
    expect(await run(literal('100'))).toEqual(refusal);
    expect(await run(WITH_VARIABLE, { first: 100 })).toEqual({
      ...refusal,
      errors: [
        {
          ...refusal.errors[0],
          message: refusal.errors[0]!.message.replace('The operation', 'Operation Places'),
        },
      ],
    });
    expect(
      await run(
        'query Places($first: Int = 100) { places(first: $first) { totalCount nodes { name visits { nodes { date topic } } } } }',
      ),
    ).toMatchObject({ status: 400, errors: [{ extensions: { limit: 'maxCost', cost } }] });
  });

  it('answers the same operation within the limit, as a literal and as a variable', async () => {
    expect(await run(literal('2'))).toEqual({
      status: 200,
      data: { places: { totalCount: 0, nodes: [] } },
      errors: undefined,
    });
    expect(await run(WITH_VARIABLE, { first: 2 })).toEqual({
      status: 200,
      data: { places: { totalCount: 0, nodes: [] } },
      errors: undefined,
    });
  });

  it('answers an invalid page-size variable with 400 BAD_USER_INPUT naming the value, not a 500', async () => {
    const answer = await run(WITH_VARIABLE, { first: 2.5 });
    expect(answer).toMatchObject({
      status: 400,
      errors: [{ extensions: { code: 'BAD_USER_INPUT', variable: 'first', value: 2.5 } }],
    });
    expect(answer.errors?.[0]?.message).toContain('2.5');
  });
});
