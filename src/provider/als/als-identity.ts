// Who the client is logged in as, read from the UAA access token's JWT claims (not verified: the token is
// the platform's to check; this is for messages and guards). It never holds the token itself.
//
// For the provider's "never revoke your own credential" guard: on ALS the client authenticates with a
// UAA bearer token, never with a service auth token, so no service auth token can be the client's own.

export type AlsCredentialSource = 'password' | 'access_token' | 'token_file';

export interface AlsIdentity {
  /** Where the current bearer token came from (a refresh keeps the original source). */
  readonly source: AlsCredentialSource;
  /** UAA `user_name`, when the token says. */
  readonly userName?: string;
  /** UAA `user_id`: the user's guid (CC's user guid). */
  readonly userId?: string;
  readonly scopes: readonly string[];
  /** Holds `cloud_controller.admin`: may manage service auth tokens. */
  readonly admin: boolean;
  /** The access token's `jti`: an id for the credential that is not the credential. */
  readonly tokenId?: string;
  readonly expiresAt?: Date;
}

/** The UAA scope that makes a user a Cloud Controller admin. */
export const CLOUD_CONTROLLER_ADMIN_SCOPE = 'cloud_controller.admin';

interface UaaClaims {
  readonly jti?: unknown;
  readonly user_name?: unknown;
  readonly user_id?: unknown;
  readonly scope?: unknown;
  readonly exp?: unknown;
}

/** The identity a token claims; scopes from the grant answer win over the token's when given. */
export function identityOf(accessToken: string, source: AlsCredentialSource, grant: { scope?: string; jti?: string; expiresAtMs?: number } = {}): AlsIdentity {
  const claims = decodeClaims(accessToken);
  const scopes = grant.scope !== undefined ? grant.scope.split(' ').filter((s) => s !== '') : Array.isArray(claims.scope) ? claims.scope.filter((s): s is string => typeof s === 'string') : [];
  const expSeconds = typeof claims.exp === 'number' ? claims.exp : undefined;
  const expiresAtMs = grant.expiresAtMs ?? (expSeconds === undefined ? undefined : expSeconds * 1000);
  const tokenId = grant.jti ?? (typeof claims.jti === 'string' ? claims.jti : undefined);
  return {
    source,
    ...(typeof claims.user_name === 'string' ? { userName: claims.user_name } : {}),
    ...(typeof claims.user_id === 'string' ? { userId: claims.user_id } : {}),
    scopes,
    admin: scopes.includes(CLOUD_CONTROLLER_ADMIN_SCOPE),
    ...(tokenId === undefined ? {} : { tokenId }),
    ...(expiresAtMs === undefined ? {} : { expiresAt: new Date(expiresAtMs) }),
  };
}

/** The payload of a JWT; empty for an opaque token. */
function decodeClaims(token: string): UaaClaims {
  const parts = token.split('.');
  if (parts.length !== 3) return {};
  try {
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as unknown;
    return typeof claims === 'object' && claims !== null ? (claims as UaaClaims) : {};
  } catch {
    return {};
  }
}
