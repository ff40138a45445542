// What the ALS emulator remembers (JSON, persisted with --state-file): Cloud Controller's service auth
// tokens, the UAA/AOK tokens it issued, and the emulator's switches. Secrets are kept only as salted
// digests, so neither the state file nor GET /__emulator/state ever shows one.

export interface AlsState {
  /** Service auth tokens by guid. */
  readonly serviceAuthTokens: Record<string, StoredServiceAuthToken>;
  /** Cloud Controller orders lists by its integer primary key; this is the next one. */
  nextServiceAuthTokenId: number;
  /** Access tokens UAA issued, by the digest of the token. */
  readonly accessTokens: Record<string, IssuedToken>;
  /** Refresh tokens UAA issued, by the digest of the token. */
  readonly refreshTokens: Record<string, IssuedToken>;
  readonly settings: AlsSettings;
}

export interface StoredServiceAuthToken {
  readonly guid: string;
  /** CC's primary key: the default list order. */
  readonly id: number;
  label: string;
  provider: string;
  /** CC stores the token encrypted with a per-row salt; a salted digest is enough to compare it. */
  tokenSalt: string;
  tokenDigest: string;
  readonly createdAt: string;
  updatedAt: string | null;
}

export interface IssuedToken {
  /** The token's `jti` claim. */
  readonly jti: string;
  readonly username: string;
  readonly scopes: readonly string[];
  /** Emulator-clock milliseconds. */
  readonly issuedAtMs: number;
  expiresAtMs: number;
}

export interface AlsSettings {
  /** Send `X-Cf-Warnings` on the deprecated endpoint, as CC did from June 2014 (ALS: [unknown]). */
  deprecationWarnings: boolean;
  /** Answer /v2/service_auth_tokens as CC after its removal (Jan 2016): 404 CF-NotFound. */
  endpointRemoved: boolean;
}

export function initialAlsState(): AlsState {
  return {
    serviceAuthTokens: {},
    nextServiceAuthTokenId: 1,
    accessTokens: {},
    refreshTokens: {},
    settings: { deprecationWarnings: false, endpointRemoved: false },
  };
}

/** Checks state read from a state file and fills what older files lack. */
export function reviveAlsState(saved: unknown): AlsState {
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) throw new Error('ALS state must be a JSON object');
  const part = saved as Partial<AlsState>;
  const fresh = initialAlsState();
  const tokens = part.serviceAuthTokens ?? {};
  for (const [guid, token] of Object.entries(tokens)) {
    const t = token as Partial<StoredServiceAuthToken> | null;
    if (t === null || typeof t !== 'object' || t.guid !== guid || typeof t.label !== 'string' || typeof t.provider !== 'string' || typeof t.tokenDigest !== 'string') {
      throw new Error(`ALS state: service auth token ${guid} is malformed (a token needs guid, label, provider and tokenDigest)`);
    }
  }
  const maxId = Math.max(0, ...Object.values(tokens).map((t) => t.id ?? 0));
  return {
    serviceAuthTokens: tokens,
    nextServiceAuthTokenId: Math.max(part.nextServiceAuthTokenId ?? 1, maxId + 1),
    accessTokens: part.accessTokens ?? fresh.accessTokens,
    refreshTokens: part.refreshTokens ?? fresh.refreshTokens,
    settings: { ...fresh.settings, ...part.settings },
  };
}
