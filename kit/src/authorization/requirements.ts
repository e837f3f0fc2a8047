import { type Identity } from './identity';
import { type PolicyCatalogue } from './policies';

/**
 * What a field or type asks of its caller, from the Federation directives `@authenticated`,
 * `@requiresScopes(scopes: [[...]])` and `@policy(policies: [[...]])`. Each list of lists is an OR of ANDs; every
 * entry of `anyOf*` must hold together (a field whose return type is protected carries both requirements).
 */
export type AccessRequirement = {
  authenticated: boolean;
  /** Every element is one directive's OR-of-ANDs; all must be satisfied. */
  scopeSets: ReadonlyArray<ReadonlyArray<ReadonlyArray<string>>>;
  policySets: ReadonlyArray<ReadonlyArray<ReadonlyArray<string>>>;
};

export const NO_REQUIREMENT: AccessRequirement = { authenticated: false, scopeSets: [], policySets: [] };

/** Whether a requirement asks for anything at all. */
export function isProtected(requirement: AccessRequirement): boolean {
  return requirement.authenticated || requirement.scopeSets.length > 0 || requirement.policySets.length > 0;
}

/** The requirement of holding both `a` and `b`. */
export function combineRequirements(...requirements: ReadonlyArray<AccessRequirement | undefined>): AccessRequirement {
  const present = requirements.filter((requirement): requirement is AccessRequirement => requirement !== undefined);
  return {
    authenticated: present.some((requirement) => requirement.authenticated),
    scopeSets: present.flatMap((requirement) => requirement.scopeSets),
    policySets: present.flatMap((requirement) => requirement.policySets),
  };
}

/**
 * Whether the caller meets a requirement. Scopes and policies need an identity: an anonymous caller meets only an
 * unprotected requirement. An unknown policy name never holds (fail closed).
 */
export function meetsRequirement(identity: Identity | null, requirement: AccessRequirement, policies: PolicyCatalogue): boolean {
  if (!isProtected(requirement)) return true;
  if (!identity) return false;
  const scopesHeld = requirement.scopeSets.every((alternatives) => alternatives.some((all) => all.every((scope) => identity.scopes.has(scope))));
  if (!scopesHeld) return false;
  return requirement.policySets.every((alternatives) =>
    alternatives.some((all) => all.every((name) => Object.hasOwn(policies, name) && policies[name]!(identity))),
  );
}

/** A readable form for messages and documentation, e.g. `scopes [["contacts:read"]]`. */
export function describeRequirement(requirement: AccessRequirement): string {
  const parts: string[] = [];
  if (requirement.authenticated) parts.push('authenticated');
  for (const scopes of requirement.scopeSets) parts.push(`scopes ${JSON.stringify(scopes)}`);
  for (const policies of requirement.policySets) parts.push(`policies ${JSON.stringify(policies)}`);
  return parts.join(' and ') || 'none';
}
