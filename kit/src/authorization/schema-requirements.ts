import {
  isInterfaceType,
  isObjectType,
  getNamedType,
  Kind,
  type ConstDirectiveNode,
  type ConstValueNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { combineRequirements, isProtected, NO_REQUIREMENT, type AccessRequirement } from './requirements';

/** The three security directives, by the name of their specification. */
export type SecurityDirective = 'authenticated' | 'requiresScopes' | 'policy';
const SECURITY_DIRECTIVES: readonly SecurityDirective[] = ['authenticated', 'requiresScopes', 'policy'];

/** The `@link` URLs of the security specifications as composition writes them into a supergraph. */
export const SECURITY_SPEC_URL = /^https:\/\/specs\.apollo\.dev\/(authenticated|requiresScopes|policy)\/v\d+\.\d+$/;
const FEDERATION_SPEC_URL = /^https:\/\/specs\.apollo\.dev\/federation\/v\d+\.\d+$/;

type LinkDirective = { url: string; as?: string; imports: Array<{ name: string; as?: string }>; purpose?: string };

function stringArgument(directive: ConstDirectiveNode, name: string): string | undefined {
  const value = directive.arguments?.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.STRING || value?.kind === Kind.ENUM ? value.value : undefined;
}

/** The `@link` directives of a schema (on its definition and extensions). */
export function readLinks(schema: GraphQLSchema): LinkDirective[] {
  const nodes = [schema.astNode, ...schema.extensionASTNodes].filter((node) => node !== undefined && node !== null);
  return nodes.flatMap((node) =>
    (node.directives ?? [])
      .filter((directive) => directive.name.value === 'link')
      .map((directive) => {
        const imports = directive.arguments?.find((argument) => argument.name.value === 'import')?.value;
        const importList = imports?.kind === Kind.LIST ? imports.values : [];
        return {
          url: stringArgument(directive, 'url') ?? '',
          as: stringArgument(directive, 'as'),
          purpose: stringArgument(directive, 'for'),
          imports: importList.flatMap((item) => {
            if (item.kind === Kind.STRING) return [{ name: item.value }];
            if (item.kind !== Kind.OBJECT) return [];
            const field = (key: string) => {
              const value = item.fields.find((f) => f.name.value === key)?.value;
              return value?.kind === Kind.STRING ? value.value : undefined;
            };
            const name = field('name');
            return name ? [{ name, as: field('as') }] : [];
          }),
        };
      }),
  );
}

/**
 * The local names under which a schema uses the security directives: a subgraph imports them from the federation
 * specification (`@authenticated`, or `@federation__authenticated` when not imported); a supergraph links each
 * specification itself (`@link(url: "https://specs.apollo.dev/authenticated/v0.1", for: SECURITY)`).
 */
export function securityDirectiveNames(schema: GraphQLSchema): Map<string, SecurityDirective> {
  const names = new Map<string, SecurityDirective>();
  const links = readLinks(schema);
  for (const link of links) {
    const securitySpec = SECURITY_SPEC_URL.exec(link.url)?.[1] as SecurityDirective | undefined;
    if (securitySpec) names.set(link.as ?? securitySpec, securitySpec);
    if (FEDERATION_SPEC_URL.test(link.url)) {
      const prefix = link.as ?? 'federation';
      for (const directive of SECURITY_DIRECTIVES) {
        const imported = link.imports.find((item) => item.name === `@${directive}`);
        names.set(imported ? (imported.as ?? imported.name).replace(/^@/, '') : `${prefix}__${directive}`, directive);
      }
    }
  }
  // A schema built without its @link (e.g. a test SDL) still uses the standard names.
  if (links.length === 0) for (const directive of SECURITY_DIRECTIVES) names.set(directive, directive);
  return names;
}

function stringMatrix(value: ConstValueNode | undefined): string[][] {
  if (!value) return [];
  const outer = value.kind === Kind.LIST ? value.values : [value];
  return outer.map((inner) => (inner.kind === Kind.LIST ? inner.values : [inner]).flatMap((item) => (item.kind === Kind.STRING ? [item.value] : [])));
}

function requirementOf(directives: ReadonlyArray<ConstDirectiveNode>, names: Map<string, SecurityDirective>): AccessRequirement {
  const requirement = { authenticated: false, scopeSets: [] as string[][][], policySets: [] as string[][][] };
  for (const directive of directives) {
    const kind = names.get(directive.name.value);
    const argument = (name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
    if (kind === 'authenticated') requirement.authenticated = true;
    if (kind === 'requiresScopes') requirement.scopeSets.push(stringMatrix(argument('scopes')));
    if (kind === 'policy') requirement.policySets.push(stringMatrix(argument('policies')));
  }
  return requirement;
}

/** Every security requirement a schema declares, on types (`Type`) and on fields (`Type.field`). */
export type SchemaRequirements = {
  types: ReadonlyMap<string, AccessRequirement>;
  fields: ReadonlyMap<string, AccessRequirement>;
};

/** Reads `@authenticated`, `@requiresScopes` and `@policy` from a schema's AST nodes (definitions and extensions). */
export function readSchemaRequirements(schema: GraphQLSchema): SchemaRequirements {
  const names = securityDirectiveNames(schema);
  const types = new Map<string, AccessRequirement>();
  const fields = new Map<string, AccessRequirement>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    const typeDirectives = [type.astNode, ...(type.extensionASTNodes ?? [])].flatMap((node) => node?.directives ?? []);
    const typeRequirement = requirementOf(typeDirectives, names);
    if (isProtected(typeRequirement)) types.set(type.name, typeRequirement);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const fieldRequirement = requirementOf(field.astNode?.directives ?? [], names);
        if (isProtected(fieldRequirement)) fields.set(`${type.name}.${field.name}`, fieldRequirement);
      }
    }
  }
  return { types, fields };
}

/**
 * What it takes to read `parent.field`: the field's own requirement, its parent type's and its return type's (a field
 * returning a protected type is protected too), and, because a value may come from either side of an interface, the
 * requirements of the same field on the interface's implementations or on the object's interfaces.
 */
export function createFieldRequirementLookup(schema: GraphQLSchema, requirements: SchemaRequirements) {
  const cache = new Map<string, AccessRequirement>();
  const typeRequirement = (type: GraphQLNamedType) => requirements.types.get(type.name);
  return function fieldRequirement(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>): AccessRequirement {
    const key = `${parent.name}.${field.name}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const parts = [requirements.fields.get(key), typeRequirement(parent), typeRequirement(getNamedType(field.type))];
    if (isInterfaceType(parent)) {
      for (const implementation of schema.getPossibleTypes(parent)) {
        parts.push(requirements.fields.get(`${implementation.name}.${field.name}`), typeRequirement(implementation));
      }
    }
    if (isObjectType(parent) || isInterfaceType(parent)) {
      for (const anInterface of parent.getInterfaces()) {
        parts.push(requirements.fields.get(`${anInterface.name}.${field.name}`), typeRequirement(anInterface));
      }
    }
    const result = parts.some((part) => part !== undefined) ? combineRequirements(...parts) : NO_REQUIREMENT;
    cache.set(key, result);
    return result;
  };
}

/** What it takes to select a fragment on `type` (`... on Type`): the type's own requirement. */
export function typeConditionRequirement(requirements: SchemaRequirements, type: GraphQLNamedType): AccessRequirement {
  return requirements.types.get(type.name) ?? NO_REQUIREMENT;
}
