export type ClientCredentialsOptions = {
  /** The identity provider's token endpoint. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Requested scope, if the identity provider needs one. */
  scope?: string;
  /** Renew this long before the token expires. */
  renewBeforeSeconds?: number;
};

/**
 * The gateway's own bearer token from the identity provider (OAuth 2.0 client-credentials grant, RFC 6749 §4.4),
 * cached until shortly before it expires; concurrent callers share one request. Production subgraphs answer `_entities`
 * to verified callers only, so the gateway sends this token when it fetches on behalf of an anonymous caller.
 */
export function createClientCredentialsToken(options: ClientCredentialsOptions): () => Promise<string> {
  let cached: { token: string; renewAt: number } | undefined;
  let pending: Promise<string> | undefined;
  const fetchToken = async () => {
    const response = await fetch(options.tokenUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(options.clientId)}:${encodeURIComponent(options.clientSecret)}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', ...(options.scope ? { scope: options.scope } : {}) }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`The token endpoint ${options.tokenUrl} answered HTTP ${response.status}`);
    const body = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
    if (typeof body.access_token !== 'string') throw new Error(`The token endpoint ${options.tokenUrl} returned no access_token`);
    const lifetime = typeof body.expires_in === 'number' ? body.expires_in : 300;
    cached = { token: body.access_token, renewAt: Date.now() + Math.max(0, lifetime - (options.renewBeforeSeconds ?? 60)) * 1000 };
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
