import { type Identity } from './identity';

// A symbol, so that the identity cannot collide with a subgraph's own context fields and survives Apollo Server's
// shallow copy of the context (Object.assign copies enumerable symbol properties).
const IDENTITY = Symbol.for('cohesion-hub.identity');

/** Records the verified identity on a request's context object; kit does this for every service. */
export function attachIdentity<Context extends object>(context: Context, identity: Identity | null): Context {
  Object.defineProperty(context, IDENTITY, { value: identity, enumerable: true, configurable: true });
  return context;
}

/**
 * The verified identity of the request a context belongs to: the one kit attached, else the context's own `identity`
 * field (a test's hand-made context), else anonymous.
 */
export function identityOf(context: unknown): Identity | null {
  if (typeof context !== 'object' || context === null) return null;
  if (IDENTITY in context) return (context as Record<symbol, Identity | null>)[IDENTITY] ?? null;
  const own = (context as { identity?: unknown }).identity;
  return typeof own === 'object' && own !== null && 'scopes' in own ? (own as Identity) : null;
}
