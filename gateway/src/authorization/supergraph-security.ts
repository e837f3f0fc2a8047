import { readLinks, readSchemaRequirements, SECURITY_SPEC_URL, securityDirectiveNames, type SchemaRequirements } from '@cohesion/kit';
import { buildASTSchema, Kind, parse, print, visit, type ConstDirectiveNode } from 'graphql';

/** A supergraph's security requirements, and the same supergraph without them for @apollo/gateway. */
export type SupergraphSecurity = {
  /** Requirements by type and `Type.field`, read from `@authenticated`, `@requiresScopes` and `@policy`. */
  requirements: SchemaRequirements;
  /** Whether the supergraph links a security feature at all (`@link(..., for: SECURITY)`). */
  hasSecurityFeatures: boolean;
  /**
   * The supergraph without the security links, directive definitions, usages and their scalars: what @apollo/gateway
   * accepts. Only `authorizeGateway` hands it to a gateway, wrapped in the enforcement.
   */
  executableSupergraphSdl: string;
};

/** The supergraph carries a security feature this gateway cannot enforce: refusing it is the only safe answer. */
export class UnsupportedSecurityFeatureError extends Error {
  constructor(readonly url: string) {
    super(`The supergraph links ${url} for SECURITY, which this gateway cannot enforce; refusing to start.`);
    this.name = 'UnsupportedSecurityFeatureError';
  }
}

/**
 * Reads the security requirements from a supergraph and removes them from a copy (DESIGN.md principle 3).
 * Fails closed: a `for: SECURITY` link other than authenticated, requiresScopes and policy stops the gateway.
 */
export function readSupergraphSecurity(supergraphSdl: string): SupergraphSecurity {
  const document = parse(supergraphSdl);
  const schema = buildASTSchema(document, { assumeValidSDL: true });
  const links = readLinks(schema);
  for (const link of links) {
    if (link.purpose === 'SECURITY' && !SECURITY_SPEC_URL.test(link.url)) throw new UnsupportedSecurityFeatureError(link.url);
  }
  const securityLinks = links.filter((link) => SECURITY_SPEC_URL.test(link.url));
  if (securityLinks.length === 0) {
    return { requirements: { types: new Map(), fields: new Map() }, hasSecurityFeatures: false, executableSupergraphSdl: supergraphSdl };
  }
  const directiveNames = new Set([...securityDirectiveNames(schema).keys()]);
  const namespaces = [...directiveNames].map((name) => `${name}__`);
  const isSecurityLink = (directive: ConstDirectiveNode) => {
    if (directive.name.value !== 'link') return false;
    const url = directive.arguments?.find((argument) => argument.name.value === 'url')?.value;
    return url?.kind === Kind.STRING && SECURITY_SPEC_URL.test(url.value);
  };
  const stripped = visit(document, {
    Directive: (node) => (directiveNames.has(node.name.value) || isSecurityLink(node as ConstDirectiveNode) ? null : undefined),
    DirectiveDefinition: (node) => (directiveNames.has(node.name.value) ? null : undefined),
    ScalarTypeDefinition: (node) => (namespaces.some((namespace) => node.name.value.startsWith(namespace)) ? null : undefined),
  });
  return {
    requirements: readSchemaRequirements(schema),
    hasSecurityFeatures: true,
    executableSupergraphSdl: print(stripped),
  };
}
