import { readFileSync } from 'node:fs';
import path from 'node:path';
import { POLICIES } from '@cohesion/kit';
import {
  buildASTSchema,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type ConstDirectiveNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

// What the authorisation matrix test needs, read independently of the gateway's own code: the roles table of
// schema/AUTHORIZATION.md, the security directives of schema/supergraph.graphql, and paths from Query to every
// protected field.

export const REPOSITORY_ROOT = path.resolve(__dirname, '..', '..');

/** A role of the catalogue with the claims of its token (anonymous: `claims` null). */
export type CatalogueRole = {
  role: string;
  claims: { tokenRole: string; scopes: string[]; jurisdictions: string[]; organisation: string | null } | null;
};

/** The roles table of schema/AUTHORIZATION.md ("Roles … and the claims their tokens carry"). */
export function readCatalogueRoles(): CatalogueRole[] {
  const markdown = readFileSync(path.join(REPOSITORY_ROOT, 'schema', 'AUTHORIZATION.md'), 'utf8');
  const section = markdown.slice(markdown.indexOf('## Roles'));
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
  const end = rows.findIndex((cells) => cells.length !== 5);
  const codes = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
  return rows.slice(0, end === -1 ? undefined : end).map(([role = '', tokenRole = '', scopes = '', jurisdictions = '', organisation = '']) => ({
    role,
    claims: codes(tokenRole).length === 0
      ? null
      : {
          tokenRole: codes(tokenRole)[0]!,
          scopes: codes(scopes).flatMap((text) => text.split(/\s+/)),
          jurisdictions: codes(jurisdictions),
          organisation: codes(organisation)[0] ?? null,
        },
  }));
}

type Claims = { scopes: ReadonlySet<string>; jurisdictions: readonly string[]; organisation: string | null } | null;
export type Requirement = { kind: 'authenticated' } | { kind: 'requiresScopes' | 'policy'; alternatives: string[][] };

export function requirementsOf(directives: readonly ConstDirectiveNode[] | undefined): Requirement[] {
  return (directives ?? []).flatMap((directive): Requirement[] => {
    const name = directive.name.value;
    if (name === 'authenticated') return [{ kind: 'authenticated' }];
    if (name !== 'requiresScopes' && name !== 'policy') return [];
    const value = directive.arguments?.[0]?.value;
    const alternatives = value?.kind === Kind.LIST ? value.values.map((inner) => (inner.kind === Kind.LIST ? inner.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : [])) : [])) : [];
    return [{ kind: name, alternatives }];
  });
}

/** Whether claims satisfy every requirement (each an OR of ANDs); the policies are the catalogue's. */
export function satisfies(claims: Claims, requirements: readonly Requirement[]): boolean {
  return requirements.every((requirement) => {
    if (!claims) return false;
    if (requirement.kind === 'authenticated') return true;
    const holds = (name: string) =>
      requirement.kind === 'requiresScopes'
        ? claims.scopes.has(name)
        : Object.hasOwn(POLICIES, name) && POLICIES[name]!({ subject: 'matrix', scopes: claims.scopes, jurisdictions: claims.jurisdictions, organisation: claims.organisation });
    return requirement.alternatives.some((all) => all.every(holds));
  });
}

export type Supergraph = {
  schema: GraphQLSchema;
  /** Subgraph names by join__Graph enum value. */
  graphNames: Map<string, string>;
};

export function loadSupergraphModel(): Supergraph {
  const schema = buildASTSchema(parse(readFileSync(path.join(REPOSITORY_ROOT, 'schema', 'supergraph.graphql'), 'utf8')), { assumeValidSDL: true });
  const graphNames = new Map<string, string>();
  const graphEnum = schema.getType('join__Graph');
  for (const value of graphEnum && 'getValues' in graphEnum ? graphEnum.getValues() : []) {
    const name = value.astNode?.directives?.find((d) => d.name.value === 'join__graph')?.arguments?.find((a) => a.name.value === 'name')?.value;
    if (name?.kind === Kind.STRING) graphNames.set(value.name, name.value);
  }
  return { schema, graphNames };
}

const isFederationType = (type: GraphQLNamedType) => /^(join__|link__|_)/.test(type.name) || type.name.startsWith('__');

/** A field the supergraph protects, by its own directives, its parent's or its return type's. */
export type ProtectedField = { parent: GraphQLObjectType; field: GraphQLField<unknown, unknown>; requirements: Requirement[] };

/** The protected fields a query can read; mutation fields are writes, checked by the levels' write tests. */
export function listProtectedFields({ schema }: Supergraph): ProtectedField[] {
  const typeRequirements = (type: GraphQLNamedType) => requirementsOf(type.astNode?.directives);
  const result: ProtectedField[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isFederationType(type) || type === schema.getMutationType()) continue;
    for (const field of Object.values(type.getFields())) {
      const requirements = [
        ...requirementsOf(field.astNode?.directives),
        ...typeRequirements(type),
        ...typeRequirements(getNamedType(field.type)),
        ...type.getInterfaces().flatMap((anInterface) => [...requirementsOf(anInterface.getFields()[field.name]?.astNode?.directives), ...typeRequirements(anInterface)]),
      ];
      if (requirements.length > 0) result.push({ parent: type, field, requirements });
    }
  }
  return result;
}

/** Values for required arguments on the way to protected fields; a field whose required arguments are not here is not used. */
const ARGUMENTS: Record<string, Record<string, string>> = {
  'Query.municipality': { nis: '"41002"' },
  'Query.province': { nis: '"40000"' },
  'Query.livcrCell': { id: '"livcr-41002"' },
};

/** One step of a path from Query: the field and the literal arguments it is called with. */
export type PathStep = { parent: GraphQLObjectType; field: GraphQLField<unknown, unknown>; arguments: Record<string, string> };

function argumentsFor(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>): Record<string, string> | null {
  const known = ARGUMENTS[`${parent.name}.${field.name}`] ?? {};
  for (const argument of field.args) {
    if (isNonNullType(argument.type) && argument.defaultValue === undefined && !(argument.name in known)) return null;
  }
  return known;
}

/**
 * Paths from Query to objects of `target`, shortest first, through fields whose required arguments are known and
 * that are not protected themselves (so that the path itself is readable by every role).
 */
export function findPaths(supergraph: Supergraph, target: GraphQLObjectType, protectedCoordinates: ReadonlySet<string>, limit = 6, maxDepth = 6): PathStep[][] {
  const query = supergraph.schema.getQueryType()!;
  // A protected root field (a level's audit trail, say) is reached by the empty path.
  if (target === query) return [[]];
  const found: PathStep[][] = [];
  let frontier: Array<{ type: GraphQLObjectType; steps: PathStep[] }> = [{ type: query, steps: [] }];
  const visits = new Map<string, number>();
  for (let depth = 0; depth < maxDepth && frontier.length > 0 && found.length < limit; depth += 1) {
    const next: typeof frontier = [];
    for (const { type, steps } of frontier) {
      for (const field of Object.values(type.getFields())) {
        const returned = getNamedType(field.type);
        if (!isObjectType(returned) || isFederationType(returned) || protectedCoordinates.has(`${type.name}.${field.name}`)) continue;
        if (steps.some((step) => step.parent === returned)) continue;
        const args = argumentsFor(type, field);
        if (!args) continue;
        const path = [...steps, { parent: type, field, arguments: args }];
        if (returned === target) {
          if (found.length < limit) found.push(path);
          continue;
        }
        const seen = visits.get(returned.name) ?? 0;
        if (seen >= limit) continue;
        visits.set(returned.name, seen + 1);
        next.push({ type: returned, steps: path });
      }
    }
    frontier = next;
  }
  return found;
}

/** A selection under a protected field: a readable scalar if it has one, else `__typename`. */
export function leafSelection(field: GraphQLField<unknown, unknown>, protectedCoordinates: ReadonlySet<string>): string {
  const type = getNamedType(field.type);
  if (isLeafType(type)) return '';
  if (!isObjectType(type) && !isInterfaceType(type)) return ' { __typename }';
  const scalar = Object.values(type.getFields()).find(
    (candidate) => isLeafType(getNamedType(candidate.type)) && candidate.args.every((a) => !isNonNullType(a.type)) && !protectedCoordinates.has(`${type.name}.${candidate.name}`),
  );
  return ` { ${scalar?.name ?? '__typename'} }`;
}

/** The operation selecting `inner` at the end of `steps`. */
export function operationFor(steps: readonly PathStep[], inner: string): string {
  let selection = inner;
  for (const step of [...steps].reverse()) {
    const args = Object.entries(step.arguments).map(([name, value]) => `${name}: ${value}`);
    selection = `${step.field.name}${args.length ? `(${args.join(', ')})` : ''} { ${selection} }`;
  }
  return `{ ${selection} }`;
}

/** The subgraphs that resolve a field (`@join__field(graph:)`, else every graph of its type). */
export function graphsOf(supergraph: Supergraph, parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string[] {
  const graphOf = (directive: ConstDirectiveNode) => {
    const value = directive.arguments?.find((a) => a.name.value === 'graph')?.value;
    return value?.kind === Kind.ENUM ? supergraph.graphNames.get(value.value) : undefined;
  };
  const fieldGraphs = (field.astNode?.directives ?? []).filter((d) => d.name.value === 'join__field').map(graphOf).filter((g): g is string => !!g);
  if (fieldGraphs.length > 0) return fieldGraphs;
  return (parent.astNode?.directives ?? []).filter((d) => d.name.value === 'join__type').map(graphOf).filter((g): g is string => !!g);
}

/** The simple key fields of a type in a subgraph (`@join__type(graph:, key: "nis")`), or null when it is no entity there. */
export function keyOf(supergraph: Supergraph, type: GraphQLObjectType, graph: string): string[] | null {
  for (const directive of type.astNode?.directives ?? []) {
    if (directive.name.value !== 'join__type') continue;
    const graphValue = directive.arguments?.find((a) => a.name.value === 'graph')?.value;
    const key = directive.arguments?.find((a) => a.name.value === 'key')?.value;
    if (graphValue?.kind !== Kind.ENUM || supergraph.graphNames.get(graphValue.value) !== graph || key?.kind !== Kind.STRING) continue;
    const fields = key.value.trim().split(/\s+/);
    if (fields.every((name) => /^\w+$/.test(name))) return fields;
  }
  return null;
}

/** Every value at the end of a path of response keys, with its concrete path (list indices included); lists are walked into. */
export function collect(data: unknown, keys: readonly string[]): Array<{ path: Array<string | number>; value: unknown }> {
  const results: Array<{ path: Array<string | number>; value: unknown }> = [];
  const walk = (value: unknown, index: number, at: Array<string | number>) => {
    if (Array.isArray(value)) {
      value.forEach((item, position) => walk(item, index, [...at, position]));
      return;
    }
    if (index === keys.length) {
      results.push({ path: at, value });
      return;
    }
    if (value === null || typeof value !== 'object') return;
    walk((value as Record<string, unknown>)[keys[index]!], index + 1, [...at, keys[index]!]);
  };
  walk(data, 0, []);
  return results;
}
