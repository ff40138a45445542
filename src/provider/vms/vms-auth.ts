// How the client authenticates to VMS (platform-apis.md §B.2), with go-vast-client's precedence:
//   1. an API token  → `Authorization: Api-Token <id>.<secret>` on every call;
//   2. else username + password with Basic chosen → `Authorization: Basic …` on every call;
//   3. else username + password → JWT: `POST /api/token/` once, `Bearer <access>` on every call; on a 401
//      the client refreshes (`POST /api/token/refresh/`) and, when the refresh token is refused too, logs in
//      again, then repeats the call once.
// An API token's 401 (revoked, expired) cannot be cured by the client, so it has no refresh.
import { PlatformError, basicAuthorization, type PlatformHttpClient, type Redactor, type RequestAuthorizer } from '../common';
import { apiTokenIdOf, type JwtPair } from './vms-models';

export type VmsCredentials =
  | { readonly kind: 'api-token'; readonly token: string }
  | { readonly kind: 'basic'; readonly username: string; readonly password: string }
  | { readonly kind: 'jwt'; readonly username: string; readonly password: string };

export type VmsAuthMethod = VmsCredentials['kind'];

/** The provider's `vms` block (or VMS_API_TOKEN, VMS_USERNAME, VMS_PASSWORD). */
export interface VmsAuthSettings {
  readonly apiToken?: string | undefined;
  readonly username?: string | undefined;
  readonly password?: string | undefined;
  /** Basic on every call instead of a JWT login (go-vast-client's `UseBasicAuth`). */
  readonly useBasicAuth?: boolean | undefined;
}

export type VmsCredentialsChoice = { readonly ok: true; readonly credentials: VmsCredentials } | { readonly ok: false; readonly reason: string };

/** Picks the credentials by go-vast-client's precedence. Reasons never quote the values. */
export function selectVmsCredentials(settings: VmsAuthSettings): VmsCredentialsChoice {
  const present = (v: string | undefined): v is string => v !== undefined && v !== '';
  if (present(settings.apiToken)) {
    const token = settings.apiToken.trim();
    if (!/^[A-Za-z0-9]+\.\S+$/.test(token)) return { ok: false, reason: 'the VMS API token must have the form <id>.<secret> (as the create call answered it)' };
    return { ok: true, credentials: { kind: 'api-token', token } };
  }
  if (present(settings.username) && present(settings.password)) {
    const { username, password } = settings;
    return { ok: true, credentials: settings.useBasicAuth === true ? { kind: 'basic', username, password } : { kind: 'jwt', username, password } };
  }
  if (present(settings.username) || present(settings.password)) {
    return { ok: false, reason: `VMS ${present(settings.username) ? 'password' : 'username'} is missing: set both username and password (VMS_USERNAME, VMS_PASSWORD), or an API token (VMS_API_TOKEN)` };
  }
  return { ok: false, reason: 'no VMS credentials: set api_token (VMS_API_TOKEN), or username and password (VMS_USERNAME, VMS_PASSWORD)' };
}

/** `Api-Token <id>.<secret>`. Its id (the part before the dot) is public; the whole value is a secret. */
export class ApiTokenAuthorizer implements RequestAuthorizer {
  readonly tokenId: string;
  readonly #header: string;

  constructor(token: string, redactor: Redactor) {
    redactor.register(token);
    redactor.register(token.slice(token.indexOf('.') + 1));
    this.tokenId = apiTokenIdOf(token);
    this.#header = `Api-Token ${token}`;
  }

  headers(): Promise<Readonly<Record<string, string>>> {
    return Promise.resolve({ Authorization: this.#header });
  }
}

export class BasicAuthorizer implements RequestAuthorizer {
  readonly #header: string;

  constructor(username: string, password: string, redactor: Redactor) {
    this.#header = basicAuthorization(username, password, redactor);
  }

  headers(): Promise<Readonly<Record<string, string>>> {
    return Promise.resolve({ Authorization: this.#header });
  }
}

export const JWT_LOGIN_PATH = '/api/token/';
export const JWT_REFRESH_PATH = '/api/token/refresh/';

/**
 * JWT: logs in on first use, refreshes after a 401, logs in again when the refresh token is refused.
 * Concurrent calls share one login or renewal (the first caller's AbortSignal governs it).
 */
export class JwtAuthorizer implements RequestAuthorizer {
  readonly #http: PlatformHttpClient;
  readonly #username: string;
  readonly #password: string;
  #pair: JwtPair | undefined;
  #pending: Promise<JwtPair> | undefined;

  constructor(http: PlatformHttpClient, username: string, password: string) {
    http.registerSecret(password);
    this.#http = http;
    this.#username = username;
    this.#password = password;
  }

  async headers(signal?: AbortSignal): Promise<Readonly<Record<string, string>>> {
    return { Authorization: `Bearer ${(await this.#current(signal)).access}` };
  }

  /** After a 401: a new access token (refresh, else a new login); the call is then repeated once. */
  async refresh(signal?: AbortSignal): Promise<boolean> {
    await this.#once(() => this.#renew(signal));
    return true;
  }

  /**
   * An authorizer for one call that remembers the access token it sent, so a 401 for a token already
   * replaced (calls in flight when it expired) reuses the renewal instead of starting another: a burst
   * of calls at expiry renews once.
   */
  forCall(): RequestAuthorizer {
    let sent: string | undefined;
    return {
      headers: async (signal) => {
        sent = (await this.#current(signal)).access;
        return { Authorization: `Bearer ${sent}` };
      },
      refresh: async (signal) => {
        if (this.#pending !== undefined) await this.#pending;
        else if (this.#pair === undefined || this.#pair.access === sent) await this.#once(() => this.#renew(signal));
        return true;
      },
    };
  }

  /** The pair to use now; a renewal in flight is waited for, since the current access token is being replaced. */
  async #current(signal: AbortSignal | undefined): Promise<JwtPair> {
    if (this.#pending !== undefined) return this.#pending;
    return this.#pair ?? this.#once(() => this.#login(signal));
  }

  async #renew(signal: AbortSignal | undefined): Promise<JwtPair> {
    const refresh = this.#pair?.refresh;
    if (refresh !== undefined) {
      try {
        return await this.#exchange('refresh JWT', JWT_REFRESH_PATH, { refresh }, signal);
      } catch (error) {
        // An expired or rejected refresh token: log in again. Anything else is the caller's failure.
        if (!(error instanceof PlatformError && error.kind === 'unauthorized')) throw error;
      }
    }
    return this.#login(signal);
  }

  #login(signal: AbortSignal | undefined): Promise<JwtPair> {
    return this.#exchange('log in', JWT_LOGIN_PATH, { username: this.#username, password: this.#password }, signal);
  }

  async #once(get: () => Promise<JwtPair>): Promise<JwtPair> {
    this.#pending ??= get()
      .then((pair) => {
        this.#pair = pair;
        return pair;
      })
      .finally(() => {
        this.#pending = undefined;
      });
    return this.#pending;
  }

  async #exchange(operation: string, path: string, json: Record<string, string>, signal: AbortSignal | undefined): Promise<JwtPair> {
    // Getting a JWT changes nothing on the VMS, so it may be repeated after a transient failure.
    const response = await this.#http.request<unknown>({ operation, method: 'POST', path, json, auth: false, idempotent: true, changesState: false, ...(signal === undefined ? {} : { signal }) });
    const body = response.body as Partial<JwtPair> | undefined;
    if (typeof body?.access !== 'string' || typeof body.refresh !== 'string') {
      throw this.#http.error({ operation, kind: 'failed', status: response.status, platformMessage: 'the answer has no access and refresh tokens' });
    }
    return { access: body.access, refresh: body.refresh };
  }
}
