// Hive Gateway (MIT, https://the-guild.dev/graphql/hive/docs/gateway) serving the hub's committed supergraph as the
// hub's second gateway, with the hub's security rules:
//   - tokens verified against the same identity provider key set (AUTH_JWKS_URL or AUTH_JWKS_PATH), issuer, audience
//     and asymmetric algorithms as the hub's services; a malformed, unknown-key, wrongly signed, expired or otherwise
//     bad token is answered HTTP 401 (no token is anonymous, as in the hub);
//   - the supergraph's @requiresScopes enforced field by field (generic-auth, protect-granular): an unauthorised field
//     is null with an UNAUTHORIZED_FIELD_OR_TYPE error at its path, the rest of the answer is served;
//   - the caller's authorization, accept-language, x-request-id and idempotency-key forwarded to the subgraphs, which
//     enforce jurisdictions themselves; for an anonymous caller, the gateway's own client-credentials token.
// It reads only its environment, with the hub's variable names, and needs nothing but @graphql-hive/gateway, so it
// runs in the Hive Gateway image as well:
//   hive-gateway supergraph schema/supergraph.graphql -c deploy/hive-gateway/gateway.config.ts
// Differences from the hub's gateway: deploy/hive-gateway/README.md.
import { createPublicKey, type JsonWebKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createUnauthenticatedError, defaultProtectSingleValidateFn, type ValidateUserFnParams } from '@envelop/generic-auth';
import { defineConfig, type GatewayConfigContext } from '@graphql-hive/gateway';
import { GraphQLError } from 'graphql';

/** What the hub's token verifier accepts (kit/src/authorization/token-verifier.ts), less EdDSA (see README). */
const ACCEPTED_ALGORITHMS = ['RS256', 'ES256'] as const;
/** Key ids of the committed development key set (kit/development-keys): refused in production, as by the hub. */
const DEVELOPMENT_KEY_ID_PREFIX = 'cohesion-hub-development-';

type Settings = ReturnType<typeof parseSettings>;

/** The environment, parsed once: every problem named in one message, as the hub's services do. */
function parseSettings(env: NodeJS.ProcessEnv) {
  const issues: string[] = [];
  const text = (name: string) => (env[name] === undefined || env[name] === '' ? undefined : env[name]);
  const httpUrl = (name: string) => {
    const value = text(name);
    if (value !== undefined && !/^https?:\/\/\S+$/.test(value)) issues.push(`${name}: expected an http(s) URL (${JSON.stringify(value)})`);
    return value;
  };
  const seconds = (name: string, fallback: number) => {
    const value = text(name);
    if (value === undefined) return fallback;
    if (!/^\d+$/.test(value)) issues.push(`${name}: expected a whole number of seconds (${JSON.stringify(value)})`);
    return Number(value);
  };
  const production = env.NODE_ENV === 'production';
  const jwksUrl = httpUrl('AUTH_JWKS_URL');
  const jwksPath = text('AUTH_JWKS_PATH');
  if (!jwksUrl === !jwksPath) issues.push('AUTH_JWKS_URL or AUTH_JWKS_PATH: set exactly one (the identity provider\'s key set)');
  const issuer = text('AUTH_ISSUER');
  if (!issuer) issues.push('AUTH_ISSUER: required (the issuer tokens must name in iss)');
  const clientCredentials = { tokenUrl: httpUrl('AUTH_TOKEN_URL'), clientId: text('AUTH_CLIENT_ID'), clientSecret: text('AUTH_CLIENT_SECRET') };
  const given = Object.values(clientCredentials).filter(Boolean).length;
  if (given !== 0 && given !== 3) issues.push('AUTH_TOKEN_URL, AUTH_CLIENT_ID and AUTH_CLIENT_SECRET: set all three or none');
  if (given === 0 && production) issues.push('AUTH_TOKEN_URL, AUTH_CLIENT_ID and AUTH_CLIENT_SECRET: required when NODE_ENV=production (production subgraphs answer _entities to verified callers only)');
  const subgraphUrls: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_([A-Z0-9_]+)_URL$/.exec(name);
    if (match && value) subgraphUrls[match[1]!] = httpUrl(name) ?? value;
  }
  const settings = {
    production,
    jwksUrl,
    jwksPath,
    issuer: issuer ?? '',
    audience: text('AUTH_AUDIENCE') ?? 'cohesion-hub',
    maxLifetimeSeconds: seconds('AUTH_MAX_TOKEN_LIFETIME_SECONDS', 86_400),
    maxIatAheadSeconds: seconds('AUTH_MAX_IAT_AHEAD_SECONDS', 60),
    clientCredentials: given === 3 ? (clientCredentials as { tokenUrl: string; clientId: string; clientSecret: string }) : undefined,
    supergraphPath: text('SUPERGRAPH_PATH') ?? 'schema/supergraph.graphql',
    subgraphUrls,
  };
  if (issues.length > 0) throw new Error(`Invalid configuration for hive-gateway:\n  - ${issues.join('\n  - ')}`);
  return settings;
}

/** HTTP 401 with the hub's shape: code UNAUTHENTICATED, the reason, and a WWW-Authenticate challenge. */
function invalidToken(reason: string, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', reason, http: { status: 401, headers: { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${reason}"` } } },
  });
}

type KeySet = { keys: Array<JsonWebKey & { kid?: string }> };

/**
 * The identity provider's public keys by key id, as PEM for the JWT plugin: from the file once, or from the URL,
 * refetched (at most every 30 s) when a token names a key id it does not know, so key rotation needs no restart.
 */
function createKeyStore(settings: Settings) {
  let keys = new Map<string, string>();
  let fetchedAt = 0;
  const load = (keySet: KeySet) => {
    if (!Array.isArray(keySet.keys)) throw new Error('The identity provider key set has no "keys" array');
    const development = keySet.keys.filter((key) => key.kid?.startsWith(DEVELOPMENT_KEY_ID_PREFIX));
    if (settings.production && development.length > 0) throw new Error('The committed development key set is refused when NODE_ENV=production');
    keys = new Map(keySet.keys.filter((key) => key.kid).map((key) => [key.kid!, createPublicKey({ key, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString()]));
  };
  if (settings.jwksPath) load(JSON.parse(readFileSync(settings.jwksPath, 'utf8')) as KeySet);
  const refresh = async () => {
    if (!settings.jwksUrl || Date.now() - fetchedAt < 30_000) return;
    fetchedAt = Date.now();
    const response = await fetch(settings.jwksUrl, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) throw new Error(`The identity provider key set ${settings.jwksUrl} answered HTTP ${response.status}`);
    load((await response.json()) as KeySet);
  };
  return {
    async get(kid: string | undefined): Promise<string | undefined> {
      if (kid === undefined) return undefined;
      if (!keys.has(kid)) await refresh();
      return keys.get(kid);
    },
  };
}

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds the bearer token and refuses, with 401 and a reason, what the JWT plugin would otherwise answer with 400 or a
 * masked 500 (not a bearer token, not a JWT, an unaccepted algorithm, an unknown key), and what it does not check (the
 * hub's lifetime and issued-at limits). Signature, issuer, audience, expiry and not-before are the plugin's checks.
 */
function createTokenLookup(settings: Settings, keyStore: ReturnType<typeof createKeyStore>) {
  return async ({ request }: { request: Request }) => {
    const header = request.headers.get('authorization');
    if (header === null) return undefined;
    const match = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)$/.exec(header.trim());
    if (!match) throw invalidToken('MALFORMED', 'The authorization header is not a bearer JWT.');
    const [, encodedHeader, encodedPayload] = match;
    const protectedHeader = decodePart(encodedHeader!);
    const payload = decodePart(encodedPayload!);
    if (!protectedHeader || !payload) throw invalidToken('MALFORMED', 'The token is not a JWT.');
    if (!ACCEPTED_ALGORITHMS.includes(protectedHeader.alg as never)) {
      throw invalidToken('UNSUPPORTED_ALGORITHM', `The token's algorithm is not accepted; expected one of ${ACCEPTED_ALGORITHMS.join(', ')}.`);
    }
    const kid = typeof protectedHeader.kid === 'string' ? protectedHeader.kid : undefined;
    if (!(await keyStore.get(kid))) throw invalidToken('UNKNOWN_KEY', 'The token is signed with a key the identity provider does not publish.');
    const now = Math.floor(Date.now() / 1000);
    if (typeof payload.exp !== 'number') throw invalidToken('MALFORMED', 'The token has no expiry (exp).');
    if (typeof payload.iat === 'number') {
      if (payload.iat - now > settings.maxIatAheadSeconds) throw invalidToken('ISSUED_IN_FUTURE', 'The token is issued in the future.');
      if (payload.exp - payload.iat > settings.maxLifetimeSeconds) throw invalidToken('LIFETIME_TOO_LONG', 'The token lives longer than accepted.');
    } else if (payload.exp - now > settings.maxLifetimeSeconds) {
      throw invalidToken('LIFETIME_TOO_LONG', 'The token lives longer than accepted.');
    }
    return { prefix: 'Bearer', token: `${encodedHeader}.${encodedPayload}.${match[3]}` };
  };
}

/** The gateway's own token (OAuth 2.0 client credentials), cached until a minute before it expires. */
function createServiceToken(credentials: NonNullable<Settings['clientCredentials']>) {
  let cached: { token: string; renewAt: number } | undefined;
  let pending: Promise<string> | undefined;
  const fetchToken = async () => {
    const response = await fetch(credentials.tokenUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(credentials.clientId)}:${encodeURIComponent(credentials.clientSecret)}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`The token endpoint ${credentials.tokenUrl} answered HTTP ${response.status}`);
    const body = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
    if (typeof body.access_token !== 'string') throw new Error(`The token endpoint ${credentials.tokenUrl} returned no access_token`);
    const lifetime = typeof body.expires_in === 'number' ? body.expires_in : 300;
    cached = { token: body.access_token, renewAt: Date.now() + Math.max(0, lifetime - 60) * 1000 };
    return body.access_token;
  };
  return async () => {
    if (cached && Date.now() < cached.renewAt) return cached.token;
    pending ??= fetchToken().finally(() => {
      pending = undefined;
    });
    return pending;
  };
}

/** The committed supergraph, each subgraph's URL replaced where SUBGRAPH_<NAME>_URL gives one (as the hub does). */
function loadSupergraph(settings: Settings): string {
  return readFileSync(settings.supergraphPath, 'utf8').replace(
    /@join__graph\(name: "([^"]+)", url: "([^"]*)"\)/g,
    (whole, name: string) => {
      const url = settings.subgraphUrls[name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')];
      return url ? `@join__graph(name: "${name}", url: "${url}")` : whole;
    },
  );
}

const settings = parseSettings(process.env);
const keyStore = createKeyStore(settings);
const serviceToken = settings.clientCredentials ? createServiceToken(settings.clientCredentials) : undefined;
const FORWARDED_HEADERS = ['accept-language', 'x-request-id', 'idempotency-key'] as const;

type JwtContext = { jwt?: { payload?: Record<string, unknown> } };

export const gatewayConfig = defineConfig<JwtContext>({
  supergraph: () => loadSupergraph(settings),
  // Never poll: the supergraph is a file of the release.
  pollingInterval: 0,
  landingPage: false,
  graphiql: !settings.production,
  jwt: {
    signingKeyProviders: [async (kid) => (await keyStore.get(kid)) ?? ''],
    tokenLookupLocations: [createTokenLookup(settings, keyStore)],
    tokenVerification: { algorithms: [...ACCEPTED_ALGORITHMS], issuer: settings.issuer, audience: settings.audience },
    // No token is an anonymous caller; a bad token is refused.
    reject: { missingToken: false, invalidToken: true },
  },
  // Introspection for verified callers only (anonymous: a validation error), as the hub answers it.
  disableIntrospection: { disableIf: ({ context }) => !context.jwt?.payload },
  genericAuth: {
    mode: 'protect-granular',
    // Anonymous callers get the public fields; each protected field they ask for is null with an error.
    rejectUnauthenticated: false,
    resolveUserFn: (context: GatewayConfigContext & JwtContext) => context.jwt?.payload ?? null,
    // generic-auth's own check of @requiresScopes, answered as the hub does: HTTP 200 with the field null and an
    // UNAUTHORIZED_FIELD_OR_TYPE error naming it (generic-auth alone would turn the whole response into a 401).
    validateUser: (params: ValidateUserFnParams<Record<string, unknown>>) =>
      defaultProtectSingleValidateFn(params)
        ? createUnauthenticatedError({
            fieldNode: params.fieldNode,
            path: params.path,
            statusCode: 200,
            message: `Unauthorized field or type: ${params.parentType.name}.${params.field.name}.`,
          })
        : undefined,
    extractScopes: (user: Record<string, unknown> | null) => (typeof user?.scope === 'string' ? user.scope.split(' ').filter(Boolean) : []),
  },
  propagateHeaders: {
    async fromClientToSubgraphs({ request }) {
      const headers: Record<string, string | undefined> = {};
      for (const name of FORWARDED_HEADERS) headers[name] = request.headers.get(name) ?? undefined;
      headers.authorization = request.headers.get('authorization') ?? (serviceToken ? `Bearer ${await serviceToken()}` : undefined);
      return headers;
    },
  },
});
