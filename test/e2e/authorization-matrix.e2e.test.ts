import { ROLES, signDevelopmentToken } from '@cohesion/kit';
import {
  collect,
  findPaths,
  graphsOf,
  keyOf,
  leafSelection,
  listProtectedFields,
  loadSupergraphModel,
  operationFor,
  readCatalogueRoles,
  satisfies,
  type PathStep,
  type ProtectedField,
} from '../support/authorization-matrix';
import { startTestHub, type GraphQLResponse, type TestHub } from '../support/start-test-hub';

// The authorisation matrix, generated from the supergraph's directives and the catalogue's roles table: for every
// protected field and every role, the gateway answers exactly what the catalogue says, and the same request sent straight
// to the owning subgraph never reveals more. Tokens carry the `BE` jurisdiction so that the subgraphs' jurisdiction
// checks pass and the answer depends on the scopes alone (jurisdiction has its own tests in authorization.e2e.test.ts).

const supergraph = loadSupergraphModel();
const protectedFields = listProtectedFields(supergraph);
const protectedCoordinates = new Set(protectedFields.map(({ parent, field }) => `${parent.name}.${field.name}`));
const roles = readCatalogueRoles();
const ALL_SCOPES = [...new Set(roles.flatMap((role) => role.claims?.scopes ?? []))];

type Claims = { scopes: string[]; jurisdictions: string[]; organisation: string | null };
type Answer = GraphQLResponse['body'];
const matrixClaims = (claims: Claims | null) => (claims ? { ...claims, jurisdictions: ['BE'] } : null);
const asSatisfiable = (claims: Claims | null) => (claims ? { scopes: new Set(claims.scopes), jurisdictions: claims.jurisdictions, organisation: claims.organisation } : null);
const tokenFor = async (claims: Claims | null) =>
  claims ? signDevelopmentToken({ subject: 'matrix', scopes: claims.scopes, jurisdictions: claims.jurisdictions, ...(claims.organisation ? { organisation: claims.organisation } : {}) }) : undefined;

async function post(url: string, query: string, token: string | undefined, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Answer;
}

/** The protected field's occurrences in an answer: its concrete path and value under every parent object. */
function occurrences(answer: Answer, parentKeys: readonly string[], key: string) {
  return collect(answer.data, parentKeys)
    .filter(({ value }) => value !== null && typeof value === 'object')
    .map(({ path, value }) => ({ path: [...path, key], value: (value as Record<string, unknown>)[key] }));
}
const errorsAt = (answer: Answer, path: ReadonlyArray<string | number>) =>
  (answer.errors ?? []).filter((error) => JSON.stringify(error.path) === JSON.stringify(path)).map((error) => ({ code: error.extensions?.code, fromSubgraph: 'serviceName' in (error.extensions ?? {}) }));
const revealed = (values: unknown[]) => values.filter((value) => value !== null && value !== undefined).map((value) => JSON.stringify(value));

describe('the authorisation catalogue', () => {
  it('lists the roles of DOMAIN.md, and the token tool issues exactly their claims', () => {
    expect(roles.map((role) => role.claims?.tokenRole ?? 'anonymous')).toEqual(['anonymous', ...Object.keys(ROLES)]);
    for (const { claims } of roles) {
      if (!claims) continue;
      const role = ROLES[claims.tokenRole as keyof typeof ROLES];
      expect({ role: claims.tokenRole, scopes: [...role.scopes], jurisdiction: role.jurisdictions[0], organisation: role.organisation }).toEqual({
        role: claims.tokenRole,
        scopes: claims.scopes,
        jurisdiction: claims.jurisdictions[0],
        organisation: claims.organisation,
      });
    }
  });

  it('finds the protected fields in the supergraph, each reachable from Query', () => {
    expect(protectedCoordinates).toContain('LivcrCell.coordinator');
    const unreachable = protectedFields.filter(({ parent }) => findPaths(supergraph, parent, protectedCoordinates).length === 0).map(({ parent, field }) => `${parent.name}.${field.name}`);
    expect(unreachable).toEqual([]);
  });
});

describe('authorisation matrix', () => {
  let hub: TestHub;
  const covered: string[] = [];
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => {
    await hub.close();
  });

  /** The first path along which a caller with every scope finds at least one parent object (else the first path). */
  async function choosePath(target: ProtectedField, referenceToken: string | undefined) {
    const inner = `${target.field.name}${leafSelection(target.field, protectedCoordinates)}`;
    const candidates = findPaths(supergraph, target.parent, protectedCoordinates);
    let fallback: { steps: PathStep[]; query: string; reference: Answer } | undefined;
    for (const steps of candidates) {
      const query = operationFor(steps, inner);
      const reference = await post(hub.url, query, referenceToken);
      const found = occurrences(reference, steps.map((step) => step.field.name), target.field.name);
      if (found.some(({ value }) => value !== null && value !== undefined)) return { steps, query, reference };
      fallback ??= { steps, query, reference };
      if (found.length > 0) fallback = { steps, query, reference };
    }
    return fallback!;
  }

  it.each(protectedFields.map((target) => [`${target.parent.name}.${target.field.name}`, target] as const))(
    '%s: every role gets the value or null with UNAUTHORIZED_FIELD_OR_TYPE as the catalogue says, and no subgraph reveals more',
    async (coordinate, target) => {
      const everything = { scopes: ALL_SCOPES, jurisdictions: ['BE'], organisation: 'Matrix' };
      const { steps, query, reference } = await choosePath(target, await tokenFor(everything));
      const parentKeys = steps.map((step) => step.field.name);
      const referenceOccurrences = occurrences(reference, parentKeys, target.field.name);
      if (referenceOccurrences.length > 0) covered.push(coordinate);

      const answers = new Map<string, Answer>();
      for (const { role, claims } of roles) {
        const roleClaims = matrixClaims(claims);
        const answer = await post(hub.url, query, await tokenFor(roleClaims));
        answers.set(role, answer);
        const allowed = satisfies(asSatisfiable(roleClaims), target.requirements);
        const found = occurrences(answer, parentKeys, target.field.name);
        if (allowed) {
          expect({ role, coordinate, found, errors: found.map(({ path }) => errorsAt(answer, path)) }).toEqual({
            role,
            coordinate,
            found: referenceOccurrences,
            errors: referenceOccurrences.map(({ path }) => errorsAt(reference, path)),
          });
        } else {
          // Removed by the gateway itself (no serviceName): one error at every place the field would have appeared.
          expect({ role, coordinate, revealed: revealed(found.map(({ value }) => value)) }).toEqual({ role, coordinate, revealed: [] });
          expect({ role, coordinate, errors: referenceOccurrences.map(({ path }) => errorsAt(answer, path)) }).toEqual({
            role,
            coordinate,
            errors: referenceOccurrences.map(() => [{ code: 'UNAUTHORIZED_FIELD_OR_TYPE', fromSubgraph: false }]),
          });
        }
      }

      // Straight to every subgraph that resolves the field: from Query when the whole path is its own, else through
      // _entities from the last entity on the path, with keys read through the gateway.
      for (const graph of graphsOf(supergraph, target.parent, target.field)) {
        const url = hub.subgraphUrls[graph];
        expect({ graph, url: typeof url }).toEqual({ graph, url: 'string' });
        // Where a direct request can start: Query when the whole path is the subgraph's own, and every entity of the
        // subgraph on the path (the field's own type included) from which the rest of the path is the subgraph's own.
        const chain = [...steps.map((step) => step.parent), target.parent];
        let own = steps.length;
        while (own > 0 && graphsOf(supergraph, steps[own - 1]!.parent, steps[own - 1]!.field).includes(graph)) own -= 1;
        const starts = chain.map((_, index) => index).filter((index) => index >= own && (index === 0 || keyOf(supergraph, chain[index]!, graph)));
        expect({ graph, coordinate, startingPoints: starts.length > 0 }).toEqual({ graph, coordinate, startingPoints: true });
        const directs: Array<{ query: string; variables?: Record<string, unknown>; parentKeys: string[] }> = [];
        for (const start of starts) {
          if (start === 0) {
            directs.push({ query, parentKeys });
            continue;
          }
          const entity = chain[start]!;
          const key = keyOf(supergraph, entity, graph)!;
          const keysAnswer = await post(hub.url, operationFor(steps.slice(0, start), key.join(' ')), await tokenFor(everything));
          const representations = collect(keysAnswer.data, steps.slice(0, start).map((step) => step.field.name))
            .filter(({ value }) => value !== null && typeof value === 'object')
            .slice(0, 10)
            .map(({ value }) => ({ __typename: entity.name, ...Object.fromEntries(key.map((name) => [name, (value as Record<string, unknown>)[name]])) }));
          expect({ coordinate, entity: entity.name, representations: representations.length > 0 }).toEqual({ coordinate, entity: entity.name, representations: true });
          const rest = steps.slice(start);
          const selection = operationFor(rest, `${target.field.name}${leafSelection(target.field, protectedCoordinates)}`).slice(2, -2);
          directs.push({
            query: `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${entity.name} { ${selection} } } }`,
            variables: { representations },
            parentKeys: ['_entities', ...rest.map((step) => step.field.name)],
          });
        }
        for (const direct of directs) {
          for (const { role, claims } of roles) {
            const answer = await post(url!, direct.query, await tokenFor(matrixClaims(claims)), direct.variables);
            const directValues = revealed(occurrences(answer, direct.parentKeys, target.field.name).map(({ value }) => value));
            const throughGateway = new Set(revealed(occurrences(answers.get(role)!, parentKeys, target.field.name).map(({ value }) => value)));
            expect({ graph, role, coordinate, beyondGateway: directValues.filter((value) => !throughGateway.has(value)) }).toEqual({ graph, role, coordinate, beyondGateway: [] });
          }
        }
      }
    },
  );

  it('found data for the acceptance field, so the matrix is not vacuous', () => {
    expect(covered).toContain('LivcrCell.coordinator');
  });
});
