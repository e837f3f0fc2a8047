import { ROLES, signDevelopmentToken } from '@cohesion/kit';
import { getNamedType, type GraphQLField } from 'graphql';
import { loadSupergraphModel, requirementsOf, satisfies } from '../support/authorization-matrix';
import {
  countWrites,
  type FixtureContext,
  type MutationFixture,
  MUTATION_FIXTURES,
} from '../support/mutation-fixtures';
import { startTestHub, type TestHub } from '../support/start-test-hub';

// Every Mutation field of the composed supergraph × every role of kit's catalogue (and an anonymous caller) × a
// jurisdiction that covers the record and one that does not, through the real gateway over HTTP. The expected
// outcome is schema/AUTHORIZATION.md's: a caller whose scopes do not meet the field's directive is refused by the
// gateway before planning (no subgraph is called: no SQL statement runs); a caller who meets it writes a record of its
// own jurisdiction (the record comes back with its new version, one more audited write) and gets FORBIDDEN for a
// record of another one; a refused attempt writes nothing.

const supergraph = loadSupergraphModel();
const mutationFields = Object.values(supergraph.schema.getMutationType()?.getFields() ?? {});

type Caller = {
  role: string;
  scopes: string[];
  jurisdictions: 'own' | 'other' | null;
  organisation: string | null;
};

/** Every role of the catalogue with the jurisdictions of the record's level, and with others; and no token at all. */
const CALLERS: Caller[] = [
  { role: 'anonymous', scopes: [], jurisdictions: null, organisation: null },
  ...Object.entries(ROLES).flatMap(([role, claims]) =>
    (['own', 'other'] as const).map((jurisdictions) => ({
      role,
      scopes: [...claims.scopes],
      jurisdictions,
      organisation: claims.organisation,
    })),
  ),
];

type Outcome = 'refused by the gateway' | 'forbidden by the subgraph' | 'written';

function expectedOutcome(field: GraphQLField<unknown, unknown>, caller: Caller): Outcome {
  const claims =
    caller.jurisdictions === null
      ? null
      : { scopes: new Set(caller.scopes), jurisdictions: [], organisation: caller.organisation };
  if (!satisfies(claims, requirementsOf(field.astNode?.directives))) return 'refused by the gateway';
  return caller.jurisdictions === 'own' ? 'written' : 'forbidden by the subgraph';
}

type Payload = { userErrors: Array<{ code: string; field: string; message: string }> } & Record<
  string,
  { version: number } | null | unknown
>;

describe('mutation matrix', () => {
  let hub: TestHub;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    hub = await startTestHub();
  }, 60_000);
  afterAll(() => hub?.close());

  async function headersOf(caller: Caller, fixture: MutationFixture): Promise<Record<string, string>> {
    if (caller.jurisdictions === null) return {};
    const jurisdictions = fixture.jurisdictions[caller.jurisdictions];
    const cacheKey = `${caller.role}|${caller.scopes.join(' ')}|${jurisdictions.join(' ')}`;
    let token = tokens.get(cacheKey);
    if (!token) {
      token = await signDevelopmentToken({
        subject: `matrix-${caller.role}`,
        scopes: caller.scopes,
        jurisdictions,
        organisation: caller.organisation ?? undefined,
      });
      tokens.set(cacheKey, token);
    }
    return { authorization: `Bearer ${token}` };
  }

  function operation(field: GraphQLField<unknown, unknown>, record: string): string {
    const inputType = field.args.find((argument) => argument.name === 'input')?.type.toString();
    return `mutation ($input: ${inputType}) { ${field.name}(input: $input) { ${record} { version } userErrors { code field message } } }`;
  }

  /** The level's editor, as the fixtures write the records an update or an archive changes. */
  function contextFor(field: GraphQLField<unknown, unknown>, fixture: MutationFixture): FixtureContext {
    const editor = CALLERS.find(
      (caller) => caller.jurisdictions === 'own' && expectedOutcome(field, caller) === 'written',
    );
    return {
      db: hub.database.db,
      async write(writeField, input, record) {
        const written = supergraph.schema.getMutationType()?.getFields()[writeField];
        if (!editor || !written) throw new Error(`no editor can run ${writeField}`);
        const { body } = await hub.query<Record<string, Payload>>(
          operation(written, record).replace('{ version }', '{ id version }'),
          {
            variables: { input },
            headers: await headersOf(editor, fixture),
          },
        );
        const payload = body.data?.[writeField];
        const row = payload?.[record] as { id: string; version: number } | null | undefined;
        if (!row)
          throw new Error(
            `${writeField} wrote nothing: ${JSON.stringify(body.errors ?? payload?.userErrors)}`,
          );
        return row;
      },
    };
  }

  it('finds the mutations of every level in the supergraph, and a fixture for each and no other', () => {
    const names = mutationFields.map((field) => field.name);
    expect(names.length).toBeGreaterThan(70);
    expect(names.filter((name) => !Object.hasOwn(MUTATION_FIXTURES, name))).toEqual([]);
    expect(Object.keys(MUTATION_FIXTURES).filter((name) => !names.includes(name))).toEqual([]);
  });

  it.each(mutationFields.map((field) => [field.name, field] as const))(
    '%s: refused without its scope, FORBIDDEN outside its jurisdiction, written with a new version within it',
    async (name, field) => {
      const fixture = MUTATION_FIXTURES[name];
      if (!fixture)
        throw new Error(
          `${name} has no fixture in test/support/mutation-fixtures.ts: add one, so that the matrix covers it`,
        );
      expect(requirementsOf(field.astNode?.directives)).not.toEqual([]);
      expect(getNamedType(field.type).name).toMatch(/Payload$/);
      const context = contextFor(field, fixture);
      const query = operation(field, fixture.record);
      const outcomes = CALLERS.map((caller) => ({ caller, outcome: expectedOutcome(field, caller) }));
      const post = async (caller: Caller, input: Record<string, unknown>) =>
        hub.query<Record<string, Payload>>(query, {
          variables: { input },
          headers: await headersOf(caller, fixture),
        });

      const first = await fixture.attempt(context);
      const writesBefore = await countWrites(hub.database.db);

      // Refused by the gateway before planning: no subgraph runs a statement for any of them.
      const statementsBefore = hub.database.statementCount();
      const refused = outcomes.filter(({ outcome }) => outcome === 'refused by the gateway');
      const answers = await Promise.all(refused.map(({ caller }) => post(caller, first.input)));
      expect(hub.database.statementCount()).toBe(statementsBefore);
      answers.forEach((answer, index) => {
        const label = `${refused[index]?.caller.role} (${refused[index]?.caller.jurisdictions ?? 'no token'})`;
        expect({
          label,
          errors: answer.body.errors?.map((error) => [error.extensions?.code, error.path]),
        }).toEqual({
          label,
          errors: [['UNAUTHORIZED_FIELD_OR_TYPE', [name]]],
        });
        expect(answer.body.data?.[name] ?? null).toBeNull();
      });

      // Forbidden by the subgraph's jurisdiction rule: a user error, nothing written.
      for (const { caller } of outcomes.filter(({ outcome }) => outcome === 'forbidden by the subgraph')) {
        const { body } = await post(caller, first.input);
        expect({
          role: caller.role,
          errors: body.errors,
          record: body.data?.[name]?.[fixture.record] ?? null,
          codes: body.data?.[name]?.userErrors.map((error) => error.code),
        }).toEqual({
          role: caller.role,
          errors: undefined,
          record: null,
          codes: ['FORBIDDEN'],
        });
      }
      expect(await countWrites(hub.database.db)).toBe(writesBefore);

      // Written within the caller's jurisdiction: the record at its new version, one audited write more.
      const writers = outcomes.filter(({ outcome }) => outcome === 'written');
      expect(writers.length).toBeGreaterThan(0);
      for (const [index, { caller }] of writers.entries()) {
        const attempt = index === 0 ? first : await fixture.attempt(context);
        const writesBeforeThis = await countWrites(hub.database.db);
        const { body } = await post(caller, attempt.input);
        expect({ role: caller.role, errors: body.errors, payload: body.data?.[name] }).toEqual({
          role: caller.role,
          errors: undefined,
          payload: { [fixture.record]: { version: attempt.writtenVersion }, userErrors: [] },
        });
        expect(await countWrites(hub.database.db)).toBeGreaterThan(writesBeforeThis);
      }
    },
    30_000,
  );
});
