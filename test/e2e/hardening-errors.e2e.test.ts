import { signDevelopmentToken } from '@cohesion/kit';
import { getNamedType, isInputObjectType, isObjectType, type GraphQLField, type GraphQLInputType, type GraphQLObjectType } from 'graphql';
import { findPaths, leafSelection, loadSupergraphModel, operationFor } from '../support/authorization-matrix';
import { startTestHub, type TestHub } from '../support/start-test-hub';

type Answer = {
  status: number;
  contentType: string | null;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>; extensions?: Record<string, unknown> };
};

/** POSTs a raw body, so that a test can send what no GraphQL client would. */
async function send(url: string, body: string | Blob, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, contentType: response.headers.get('content-type'), body: (await response.json()) as Answer['body'] };
}

const operation = (query: string, extra: Record<string, unknown> = {}) => JSON.stringify({ query, ...extra });

/** The status and the codes of an answer, as one value to compare. */
const outcome = ({ status, body }: Answer) => ({ status, codes: [...new Set(body.errors?.map((error) => error.extensions?.code))] });

const INVALID_DATES = ['2021-02-30', 'not-a-date', ''];

/** A valid value for the other required arguments of a field whose date argument is tested. */
const REQUIRED_ARGUMENTS: Record<string, string> = { id: '"livcr-41002"', from: '"2020-01-01"', to: '"2021-01-01"' };

const supergraph = loadSupergraphModel();

type DateArgument = { coordinate: string; parent: GraphQLObjectType; field: GraphQLField<unknown, unknown>; argument: string; inputField?: string; type: GraphQLInputType };

/** Every argument of the supergraph that takes a Date, directly or as a field of an input object. */
function listDateArguments(): DateArgument[] {
  const { schema } = supergraph;
  const found: DateArgument[] = [];
  for (const parent of Object.values(schema.getTypeMap())) {
    // Mutation inputs are checked by each level's mutation tests, where a bad date is a user error of the payload.
    if (!isObjectType(parent) || parent.name.startsWith('_') || parent === schema.getMutationType()) continue;
    for (const field of Object.values(parent.getFields())) {
      for (const argument of field.args) {
        const named = getNamedType(argument.type);
        const coordinate = `${parent.name}.${field.name}(${argument.name}:)`;
        if (named.name === 'Date') found.push({ coordinate, parent, field, argument: argument.name, type: argument.type });
        if (!isInputObjectType(named)) continue;
        for (const inputField of Object.values(named.getFields())) {
          if (getNamedType(inputField.type).name === 'Date') {
            found.push({ coordinate: `${parent.name}.${field.name}(${argument.name}: { ${inputField.name} })`, parent, field, argument: argument.name, inputField: inputField.name, type: inputField.type });
          }
        }
      }
    }
  }
  return found;
}

/** An operation reaching the argument, with `value` (a literal, or `$date`) in it. */
function operationWithDate(target: DateArgument, value: string): string {
  const steps = target.parent === supergraph.schema.getQueryType() ? [] : findPaths(supergraph, target.parent, new Set(), 1)[0];
  if (!steps) throw new Error(`No path from Query to ${target.parent.name}`);
  const args = target.field.args
    .filter((argument) => argument.name === target.argument || (String(argument.type).endsWith('!') && argument.defaultValue === undefined))
    .map((argument) => {
      if (argument.name !== target.argument) return `${argument.name}: ${REQUIRED_ARGUMENTS[argument.name]}`;
      return `${argument.name}: ${target.inputField ? `{ ${target.inputField}: ${value} }` : value}`;
    });
  return operationFor(steps, `${target.field.name}(${args.join(', ')})${leafSelection(target.field, new Set())}`);
}

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

describe('bad input through the gateway: a 4xx with a code, never a 500 or a masked error', () => {
  it('answers a GraphQL syntax error with 400 GRAPHQL_PARSE_FAILED', async () => {
    const answer = await send(hub.url, operation('{ provinces { nis '));
    expect(outcome(answer)).toEqual({ status: 400, codes: ['GRAPHQL_PARSE_FAILED'] });
    expect(answer.body.errors?.[0]?.message).toMatch(/^Syntax Error: Expected Name, found <EOF>/);
  });

  it('answers a document over the token limit with 400 and the maxTokens limit', async () => {
    const answer = await send(hub.url, operation(`{ ${'provinces { nis } '.repeat(1_300)}}`));
    expect(outcome(answer)).toEqual({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'] });
    expect(answer.body.errors?.[0]).toMatchObject({ message: 'Token limit of 5000 exceeded.', extensions: { limit: 'maxTokens' } });
  });

  it('answers an unknown operationName with 400 OPERATION_RESOLUTION_FAILURE naming it', async () => {
    const answer = await send(hub.url, operation('query Provinces { provinces { nis } }', { operationName: 'Municipalities' }));
    expect(outcome(answer)).toEqual({ status: 400, codes: ['OPERATION_RESOLUTION_FAILURE'] });
    expect(answer.body.errors?.[0]?.message).toContain('"Municipalities"');
  });

  it('answers two named operations without an operationName with 400 OPERATION_RESOLUTION_FAILURE', async () => {
    const answer = await send(hub.url, operation('query A { provinces { nis } } query B { provinces { nis } }'));
    expect(outcome(answer)).toEqual({ status: 400, codes: ['OPERATION_RESOLUTION_FAILURE'] });
  });

  it('answers two anonymous operations with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const answer = await send(hub.url, operation('{ provinces { nis } } { regions { code } }'));
    expect(outcome(answer)).toEqual({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'] });
  });

  it('counts __typename aliases against the alias limit and refuses a directive flood, with 400 and the limit', async () => {
    const aliases = await send(hub.url, operation(`{ ${Array.from({ length: 31 }, (_, index) => `a${index}: __typename`).join(' ')} }`));
    expect({ ...outcome(aliases), limit: aliases.body.errors?.[0]?.extensions?.limit }).toEqual({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'], limit: 'maxAliases' });
    const directives = await send(hub.url, operation(`{ provinces { nis ${'@include(if: true) '.repeat(51)}} }`));
    expect({ ...outcome(directives), limit: directives.body.errors?.[0]?.extensions?.limit }).toEqual({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'], limit: 'maxDirectives' });
  });

  it.each(['subscription'])('answers a %s with 400 GRAPHQL_VALIDATION_FAILED: the supergraph has none', async (kind) => {
    const answer = await send(hub.url, operation(`${kind} { provinces { nis } }`));
    expect(outcome(answer)).toEqual({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'] });
    expect(answer.body.errors?.[0]?.message).toContain(`no ${kind} operations`);
  });

  describe('invalid dates', () => {
    const dateArguments = listDateArguments();

    it('finds the date arguments of the supergraph', () => {
      expect(dateArguments.length).toBeGreaterThanOrEqual(11);
    });

    it.each(dateArguments.flatMap((target) => INVALID_DATES.map((value) => [target.coordinate, JSON.stringify(value), target, value] as const)))(
      'refuses %s = %s with 400 and the value named, as a literal and as a variable',
      async (_coordinate, _value, target, value) => {
        const literal = await send(hub.url, operation(operationWithDate(target, JSON.stringify(value))));
        expect(outcome(literal)).toEqual({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'] });
        expect(literal.body.errors?.[0]?.message).toContain(`Invalid Date ${JSON.stringify(value)}`);
        const query = operationWithDate(target, '$date').replace(/^\{/, `query ($date: ${String(target.type)}) {`);
        const variable = await send(hub.url, operation(query, { variables: { date: value } }));
        expect(outcome(variable)).toEqual({ status: 400, codes: ['BAD_USER_INPUT'] });
        expect(variable.body.errors?.[0]?.message).toContain(`Invalid Date ${JSON.stringify(value)}`);
      },
    );
  });

  it('refuses a NUL byte in an id with 400 BAD_USER_INPUT, as a literal and as a variable', async () => {
    const literal = await send(hub.url, operation('{ livcrCell(id: "livcr-41002\\u0000") { cellId } }'));
    expect(outcome(literal)).toEqual({ status: 400, codes: ['BAD_USER_INPUT'] });
    expect(literal.body.errors?.[0]?.message).toContain('argument id');
    const variable = await send(hub.url, operation('query ($id: ID!) { livcrCell(id: $id) { cellId } }', { variables: { id: 'livcr-41002\u0000' } }));
    expect(outcome(variable)).toEqual({ status: 400, codes: ['BAD_USER_INPUT'] });
    expect(variable.body.errors?.[0]?.message).toContain('variable $id');
  });

  it('refuses a lone UTF-16 surrogate in a variable and a body that is not UTF-8 with 400 BAD_USER_INPUT', async () => {
    const surrogate = await send(hub.url, '{"query":"query ($f: MunicipalityFilter) { municipalities(filter: $f) { totalCount } }","variables":{"f":{"search":"\\ud800"}}}');
    expect(outcome(surrogate)).toEqual({ status: 400, codes: ['BAD_USER_INPUT'] });
    const body = Buffer.concat([Buffer.from('{"query":"{ municipalities(filter: { search: \\"'), Buffer.from([0xc3, 0x28]), Buffer.from('\\" }) { totalCount } }"}')]);
    const invalidUtf8 = await send(hub.url, new Blob([body]));
    expect(outcome(invalidUtf8)).toEqual({ status: 400, codes: ['BAD_USER_INPUT'] });
  });

  it('answers an oversized body with 413 PAYLOAD_TOO_LARGE in JSON', async () => {
    const answer = await send(hub.url, operation('{ provinces { nis } }', { padding: 'x'.repeat(2_000_000) }));
    expect(outcome(answer)).toEqual({ status: 413, codes: ['PAYLOAD_TOO_LARGE'] });
    expect(answer.contentType).toMatch(/^application\/json/);
  });

  it('answers invalid JSON with 400 BAD_REQUEST in JSON, echoing nothing of the body', async () => {
    const answer = await send(hub.url, '{"query": "{ provinces { nis } }"');
    expect(outcome(answer)).toEqual({ status: 400, codes: ['BAD_REQUEST'] });
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(JSON.stringify(answer.body)).not.toContain('provinces');
  });

  it('answers a charset other than UTF-8 and a content type other than JSON with 415 UNSUPPORTED_MEDIA_TYPE in JSON', async () => {
    const charset = await send(hub.url, operation('{ provinces { nis } }'), { 'content-type': 'application/json; charset=latin1' });
    expect(outcome(charset)).toEqual({ status: 415, codes: ['UNSUPPORTED_MEDIA_TYPE'] });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const answer = await send(hub.url, operation('{ provinces { nis } }'), { 'content-type': type });
      expect({ type, ...outcome(answer), contentType: answer.contentType }).toEqual({ type, status: 415, codes: ['UNSUPPORTED_MEDIA_TYPE'], contentType: expect.stringMatching(/^application\/json/) });
    }
  });

  it('answers a path it does not serve with 404 NOT_FOUND in JSON', async () => {
    const response = await fetch(hub.url.replace(/\/graphql$/, '/nothing-here'));
    expect({ status: response.status, body: await response.json() }).toMatchObject({ status: 404, body: { errors: [{ extensions: { code: 'NOT_FOUND' } }] } });
  });

  it.each(['%', '_', '\\'])('matches %s in a search filter as itself: no municipality name contains it', async (text) => {
    const answer = await send(hub.url, operation('query ($f: MunicipalityFilter) { municipalities(filter: $f) { totalCount } }', { variables: { f: { search: text } } }));
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ municipalities: { totalCount: 0 } });
  });

  it('refuses an empty cursor and a cursor of another list with BAD_USER_INPUT', async () => {
    const empty = await send(hub.url, operation('{ municipalities(after: "") { totalCount } }'));
    expect(empty.body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const cells = await send(hub.url, operation('{ livcrCells(first: 1) { pageInfo { endCursor } } }'));
    const cursor = (cells.body.data as { livcrCells: { pageInfo: { endCursor: string } } }).livcrCells.pageInfo.endCursor;
    const foreign = await send(hub.url, operation('query ($after: String) { municipalities(after: $after) { totalCount } }', { variables: { after: cursor } }));
    expect(foreign.body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps a known subgraph error code and its message, and answers the rest of the operation', async () => {
    const answer = await send(hub.url, operation('{ provinces { nis } municipality(nis: "4100") { nis } }'));
    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({ provinces: expect.any(Array), municipality: null });
    expect(answer.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('"4100"'), path: ['municipality'], extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('the cost limit counts a page size given as a variable as it counts the literal (issue 10)', () => {
  /** What one municipality costs across four levels: 600 of them are over the gateway's 50,000, 100 are not. */
  const SELECTION = 'totalCount nodes { nis name province { nis name } region { nis name } livcrCell { name scope status } coachingTrajectories { track startedOn } mobileTeamVisits { date topic } euProjects { project { name } role } }';
  const refusal = (answer: Answer) => ({ ...outcome(answer), limit: answer.body.errors?.[0]?.extensions?.limit, cost: answer.body.errors?.[0]?.extensions?.cost });

  it('refuses first: 600 as a literal, as a variable and as a variable default alike: 400, the cost, the limit and how to page', async () => {
    const asLiteral = await send(hub.url, operation(`query Municipalities { municipalities(first: 600) { ${SELECTION} } }`));
    const asVariable = await send(hub.url, operation(`query Municipalities($first: Int) { municipalities(first: $first) { ${SELECTION} } }`, { variables: { first: 600 } }));
    const asDefault = await send(hub.url, operation(`query Municipalities($first: Int = 600) { municipalities(first: $first) { ${SELECTION} } }`));
    const cost = asLiteral.body.errors?.[0]?.extensions?.cost;
    expect(cost).toBeGreaterThan(50_000);
    expect(asLiteral.status).toBe(400);
    expect(asLiteral.body).toEqual({
      errors: [
        {
          message: `Operation Municipalities costs ${String(cost)}, over the cost limit of 50000: ask smaller pages (a lower \`first\`) and follow \`pageInfo.endCursor\` (as \`after\`) while \`pageInfo.hasNextPage\` is true, or select fewer fields.`,
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxCost', cost, maxCost: 50_000 },
        },
      ],
    });
    expect({ variable: asVariable.status, variableDefault: asDefault.status }).toEqual({ variable: 400, variableDefault: 400 });
    expect({ variable: asVariable.body, variableDefault: asDefault.body }).toEqual({ variable: asLiteral.body, variableDefault: asLiteral.body });
  });

  it('answers the same operation with a page of 100, as a literal and as a variable, with the same data', async () => {
    const asLiteral = await send(hub.url, operation(`{ municipalities(first: 100) { totalCount nodes { nis name } } }`));
    const asVariable = await send(hub.url, operation(`query ($first: Int!) { municipalities(first: $first) { totalCount nodes { nis name } } }`, { variables: { first: 100 } }));
    expect({ literal: outcome(asLiteral), variable: outcome(asVariable) }).toEqual({ literal: { status: 200, codes: [] }, variable: { status: 200, codes: [] } });
    expect(asVariable.body).toEqual(asLiteral.body);
    expect((asLiteral.body.data?.municipalities as { nodes: unknown[] }).nodes).toHaveLength(100);
  });

  it("counts a variable the request leaves out as the field's default page size (50)", async () => {
    // 15 pages of the field's default are over the limit; 15 pages of 2 are not.
    const pages = (first: string) => Array.from({ length: 15 }, (_, index) => `m${index}: municipalities${first} { ${SELECTION} }`).join(' ');
    const missing = await send(hub.url, operation(`query Pages($first: Int) { ${pages('(first: $first)')} }`));
    const absent = await send(hub.url, operation(`query Pages { ${pages('')} }`));
    const literal = await send(hub.url, operation(`query Pages { ${pages('(first: 50)')} }`));
    expect(refusal(missing)).toEqual({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'], limit: 'maxCost', cost: expect.any(Number) });
    expect({ absent: refusal(absent), literal: refusal(literal) }).toEqual({ absent: refusal(missing), literal: refusal(missing) });
    const small = await send(hub.url, operation(`query Pages($first: Int) { ${pages('(first: $first)')} }`, { variables: { first: 2 } }));
    expect(small.status).toBe(200);
    expect(small.body.errors?.filter((error) => error.extensions?.limit) ?? []).toEqual([]);
  });

  it.each([
    [2.5, '2.5'],
    ['ten', '"ten"'],
    [1e12, '1000000000000'],
  ])('refuses the page-size variable %j with 400 BAD_USER_INPUT naming it', async (first, printed) => {
    const answer = await send(hub.url, operation('query ($first: Int) { municipalities(first: $first) { totalCount } }', { variables: { first } }));
    expect(outcome(answer)).toEqual({ status: 400, codes: ['BAD_USER_INPUT'] });
    expect(answer.body.errors?.[0]?.message).toContain(`Variable "$first" got invalid value ${printed}`);
  });

  it('leaves a negative or oversized page-size variable to the subgraph, which refuses it with BAD_USER_INPUT naming it', async () => {
    for (const first of [-1, 601]) {
      const answer = await send(hub.url, operation('query ($first: Int) { municipalities(first: $first) { totalCount } }', { variables: { first } }));
      expect({ first, status: answer.status, codes: outcome(answer).codes }).toEqual({ first, status: 200, codes: ['BAD_USER_INPUT'] });
      expect(answer.body.errors?.[0]?.message).toContain(String(first));
    }
  });

  it('refuses first: 600 as a variable at the municipalities subgraph reached directly, as the literal', async () => {
    const url = hub.subgraphUrls.municipalities as string;
    const selection = `totalCount nodes { nis name province { nis name names { nl fr de } } region { code name } }`;
    const pages = (first: string) => Array.from({ length: 3 }, (_, index) => `m${index}: municipalities(first: ${first}) { ${selection} }`).join(' ');
    const asLiteral = await send(url, operation(`query Pages { ${pages('600')} }`));
    const asVariable = await send(url, operation(`query Pages($first: Int) { ${pages('$first')} }`, { variables: { first: 600 } }));
    expect(refusal(asLiteral)).toEqual({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'], limit: 'maxCost', cost: expect.any(Number) });
    expect(asVariable.status).toBe(400);
    expect(asVariable.body).toEqual(asLiteral.body);
  });
});

describe('a subgraph reached directly applies the same limits and refusals', () => {
  /** `__type(name: "Query") { fields { type { fields { type … { name } } } } }`, `depth` fields deep. */
  const nested = (depth: number) => {
    const levels = Array.from({ length: depth - 2 }, (_, index) => (index % 2 === 0 ? 'fields' : 'type'));
    return `{ __type(name: "Query") { ${levels.map((level) => `${level} { `).join('')}name${' }'.repeat(levels.length)} } }`;
  };

  it('refuses 101 aliases, __typename aliases included, with 400 and the maxAliases limit', async () => {
    for (const [name, url] of Object.entries(hub.subgraphUrls)) {
      const answer = await send(url, operation(`{ ${Array.from({ length: 101 }, (_, index) => `a${index}: __typename`).join(' ')} }`));
      expect({ name, ...outcome(answer), limit: answer.body.errors?.[0]?.extensions?.limit }).toEqual({ name, status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'], limit: 'maxAliases' });
    }
  });

  it('refuses depth 13 with 400 and the maxDepth limit, and lets depth 12 through the limit', async () => {
    for (const [name, url] of Object.entries(hub.subgraphUrls)) {
      const deep = await send(url, operation(nested(13)));
      expect({ name, ...outcome(deep), limit: deep.body.errors?.[0]?.extensions?.limit }).toEqual({ name, status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'], limit: 'maxDepth' });
      const allowed = await send(url, operation(nested(12)));
      expect({ name, limits: allowed.body.errors?.filter((error) => error.extensions?.limit) ?? [] }).toEqual({ name, limits: [] });
    }
  });

  it('refuses a directive flood with 400 and the maxDirectives limit', async () => {
    for (const [name, url] of Object.entries(hub.subgraphUrls)) {
      const answer = await send(url, operation(`{ __typename ${'@include(if: true) '.repeat(101)}}`));
      expect({ name, status: answer.status, limit: answer.body.errors?.find((error) => error.extensions?.limit)?.extensions?.limit }).toEqual({ name, status: 400, limit: 'maxDirectives' });
    }
  });

  it('returns no ftv1 inline trace to a caller that asks for one', async () => {
    for (const [name, url] of Object.entries(hub.subgraphUrls)) {
      const answer = await send(url, operation('{ __typename }'), { 'content-type': 'application/json', 'apollo-federation-include-trace': 'ftv1' });
      expect({ name, status: answer.status, extensions: answer.body.extensions }).toEqual({ name, status: 200, extensions: undefined });
    }
  });

  it('refuses a NUL byte with 400 BAD_USER_INPUT before anything runs, for a verified caller too', async () => {
    // A verified caller may introspect, so that __type(name:) is a string argument every subgraph takes.
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${await signDevelopmentToken({ subject: 'nul-byte-test' })}` };
    for (const [name, url] of Object.entries(hub.subgraphUrls)) {
      const literal = await send(url, operation('{ __type(name: "Query\\u0000") { name } }'), headers);
      const variable = await send(url, operation('query ($name: String!) { __type(name: $name) { name } }', { variables: { name: 'Query\u0000' } }), headers);
      expect({ name, literal: outcome(literal), variable: outcome(variable) }).toEqual({
        name,
        literal: { status: 400, codes: ['BAD_USER_INPUT'] },
        variable: { status: 400, codes: ['BAD_USER_INPUT'] },
      });
    }
  });

  it('answers invalid JSON with 400 BAD_REQUEST in JSON, not an HTML page', async () => {
    for (const [name, url] of Object.entries(hub.subgraphUrls)) {
      const answer = await send(url, '{bad json');
      expect({ name, ...outcome(answer), contentType: answer.contentType }).toEqual({ name, status: 400, codes: ['BAD_REQUEST'], contentType: expect.stringMatching(/^application\/json/) });
    }
  });
});
