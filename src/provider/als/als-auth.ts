// How the ALS client gets and keeps a UAA bearer token. Sources, first that is configured wins:
//   1. an access token given as is (`ALS_ACCESS_TOKEN`, optionally with its refresh token),
//   2. the Stackato/helion CLI token file (`ALS_TOKEN_FILE`, see stackato-token-file.ts),
//   3. a password grant with username and password (`ALS_USERNAME`/`ALS_PASSWORD`).
// When CC answers 401 the base client asks `refresh` once; it renews with the refresh token, then by
// re-reading the token file (the user may have logged in again), then by logging in with the password.
// Renewals are shared: calls that fail together wait for one renewal instead of each starting one.
import { PlatformError, type Logger, type PlatformErrorDetails, type RequestAuthorizer } from '../common';
import { identityOf, type AlsCredentialSource, type AlsIdentity } from './als-identity';
import type { UaaTokenResponse } from './als-models';
import { readStackatoTokenFile, stripBearer, TokenFileError } from './stackato-token-file';
import type { UaaTokenEndpoint } from './uaa-token-endpoint';

export interface AlsCredentials {
  readonly username?: string;
  readonly password?: string;
  /** A UAA access token, with or without its `bearer ` prefix. */
  readonly accessToken?: string;
  /** The refresh token that goes with `accessToken`, if known. */
  readonly refreshToken?: string;
  /** Path of the Stackato/helion CLI token file (`~/.stackato/client/token`); `~/` is expanded. */
  readonly tokenFile?: string;
}

/** The ALS credentials of the provider's environment-variable fallback; empty variables count as unset. */
export function alsCredentialsFromEnvironment(env: NodeJS.ProcessEnv = process.env): AlsCredentials {
  const value = (name: string) => (env[name] === undefined || env[name] === '' ? undefined : env[name]);
  const fields: [keyof AlsCredentials, string | undefined][] = [
    ['username', value('ALS_USERNAME')],
    ['password', value('ALS_PASSWORD')],
    ['accessToken', value('ALS_ACCESS_TOKEN')],
    ['tokenFile', value('ALS_TOKEN_FILE')],
  ];
  return Object.fromEntries(fields.filter(([, v]) => v !== undefined)) as AlsCredentials;
}

/**
 * Renew this long before the known expiry, so a call does not go out with a token about to lapse; at most
 * half the token's remaining life, so a short-lived token is not renewed on every call.
 */
const EXPIRY_MARGIN_MS = 60_000;

interface HeldToken {
  readonly scheme: string;
  readonly accessToken: string;
  readonly refreshToken?: string;
  /** Local clock: shortly before the expiry known from `expires_in` or the JWT's `exp`. */
  readonly renewAtMs?: number;
  readonly identity: AlsIdentity;
}

export interface AlsAuthorizerContext {
  /** The API endpoint the token file is keyed by. */
  readonly target: string;
  /** The UAA token endpoint, discovered through /v2/info on first use. */
  readonly uaa: () => Promise<UaaTokenEndpoint>;
  readonly logger: Logger;
  readonly registerSecret: (secret: string | undefined) => void;
  readonly error: (details: Omit<PlatformErrorDetails, 'platform'>) => PlatformError;
}

export class AlsAuthorizer implements RequestAuthorizer {
  readonly #credentials: AlsCredentials;
  readonly #context: AlsAuthorizerContext;
  readonly #password: { readonly username: string; readonly password: string } | undefined;
  #held: HeldToken | undefined;
  #pending: Promise<HeldToken | undefined> | undefined;

  constructor(credentials: AlsCredentials, context: AlsAuthorizerContext) {
    this.#credentials = credentials;
    this.#context = context;
    for (const secret of [credentials.password, credentials.accessToken, credentials.refreshToken]) context.registerSecret(secret);
    if (credentials.accessToken !== undefined) context.registerSecret(stripBearer(credentials.accessToken));
    const { username, password } = credentials;
    if ((username === undefined) !== (password === undefined)) {
      throw context.error({ operation: 'configure', kind: 'invalid', platformMessage: 'username and password must be given together (ALS_USERNAME, ALS_PASSWORD)' });
    }
    this.#password = username === undefined || password === undefined ? undefined : { username, password };
    if (this.#password === undefined && blank(credentials.accessToken) && blank(credentials.tokenFile)) {
      throw context.error({
        operation: 'configure',
        kind: 'invalid',
        platformMessage: 'no credentials: give username and password, an access token, or a token file (ALS_USERNAME/ALS_PASSWORD, ALS_ACCESS_TOKEN, ALS_TOKEN_FILE)',
      });
    }
  }

  /** Who the current token says the client is; undefined before the first call. */
  get identity(): AlsIdentity | undefined {
    return this.#held?.identity;
  }

  async headers(signal?: AbortSignal): Promise<Readonly<Record<string, string>>> {
    let held = this.#held;
    // While a renewal is under way, wait for it rather than send a token about to be replaced.
    if (held === undefined || this.#pending !== undefined) held = (await this.#shared(() => this.#acquire(), signal)) ?? this.#held!;
    if (held.renewAtMs !== undefined && Date.now() >= held.renewAtMs && this.#canRenewWithoutFile(held)) {
      held = (await this.#shared(() => this.#renew(), signal)) ?? held;
    }
    return { Authorization: `${held.scheme} ${held.accessToken}` };
  }

  /**
   * After a 401: true when there is a new token worth one more try. A 401 for a token that is no longer the
   * one held (a call sent before another call's renewal, answered after it) renews nothing: the call is
   * simply sent again with the token held now, so a burst of calls at expiry renews once.
   */
  async refresh(signal?: AbortSignal, refused?: Readonly<Record<string, string>>): Promise<boolean> {
    if (this.#pending !== undefined) return (await this.#shared(() => this.#renew(), signal)) !== undefined;
    const held = this.#held;
    if (held !== undefined && refused?.['Authorization'] !== undefined && refused['Authorization'] !== `${held.scheme} ${held.accessToken}`) return true;
    return (await this.#shared(() => this.#renew(), signal)) !== undefined;
  }

  /** One acquisition or renewal at a time; each waiter can still give up through its own signal. */
  #shared(work: () => Promise<HeldToken | undefined>, signal: AbortSignal | undefined): Promise<HeldToken | undefined> {
    this.#pending ??= work().finally(() => {
      this.#pending = undefined;
    });
    return untilAborted(this.#pending, signal, () => this.#context.error({ operation: 'log in', kind: 'aborted', platformMessage: 'cancelled' }));
  }

  async #acquire(): Promise<HeldToken> {
    const { accessToken, refreshToken, tokenFile } = this.#credentials;
    if (!blank(accessToken)) {
      return this.#hold({ access_token: stripBearer(accessToken!), token_type: 'bearer', ...(blank(refreshToken) ? {} : { refresh_token: refreshToken! }) }, 'access_token');
    }
    if (!blank(tokenFile)) return this.#hold(await this.#readTokenFile(), 'token_file');
    return this.#hold(await this.#loginWithPassword(), 'password');
  }

  /** The renewal chain; undefined when nothing worked and nothing failed loudly. */
  async #renew(): Promise<HeldToken | undefined> {
    const held = this.#held;
    const source = held?.identity.source ?? 'password';
    if (held?.refreshToken !== undefined) {
      try {
        const grant = await (await this.#context.uaa()).refreshGrant(held.refreshToken);
        this.#context.logger.debug('renewed the ALS access token with the refresh token', { platform: 'als', source });
        return this.#hold({ refresh_token: held.refreshToken, ...grant }, source);
      } catch (error) {
        // A refresh token that is expired or revoked falls through to the other ways; anything else (the
        // platform unreachable) is the answer.
        if (!(error instanceof PlatformError) || (error.kind !== 'unauthorized' && error.kind !== 'invalid')) throw error;
        this.#context.logger.debug(`the ALS refresh token was refused: ${error.message}`, { platform: 'als', source });
      }
    }
    if (!blank(this.#credentials.tokenFile)) {
      try {
        const grant = await this.#readTokenFile();
        if (grant.access_token !== held?.accessToken) {
          this.#context.logger.debug('read a new ALS access token from the token file', { platform: 'als' });
          return this.#hold(grant, source);
        }
      } catch (error) {
        if (this.#password === undefined) throw error;
      }
    }
    if (this.#password !== undefined) return this.#hold(await this.#loginWithPassword(), source);
    return undefined;
  }

  #canRenewWithoutFile(held: HeldToken): boolean {
    return held.refreshToken !== undefined || this.#password !== undefined;
  }

  async #loginWithPassword(): Promise<UaaTokenResponse> {
    const { username, password } = this.#password!;
    const grant = await (await this.#context.uaa()).passwordGrant(username, password);
    this.#context.logger.info(`logged in to ALS as ${username}`, { platform: 'als' });
    return grant;
  }

  async #readTokenFile(): Promise<UaaTokenResponse> {
    try {
      const entry = await readStackatoTokenFile(this.#credentials.tokenFile!, this.#context.target);
      this.#context.registerSecret(entry.accessToken);
      this.#context.registerSecret(entry.refreshToken);
      return { access_token: entry.accessToken, token_type: 'bearer', ...(entry.refreshToken === undefined ? {} : { refresh_token: entry.refreshToken }) };
    } catch (error) {
      if (error instanceof TokenFileError) throw this.#context.error({ operation: 'read token file', kind: 'invalid', platformMessage: error.message });
      throw error;
    }
  }

  #hold(grant: UaaTokenResponse, source: AlsCredentialSource): HeldToken {
    this.#context.registerSecret(grant.access_token);
    this.#context.registerSecret(grant.refresh_token);
    const expiresAtMs = grant.expires_in === undefined ? undefined : Date.now() + grant.expires_in * 1000;
    const identity = identityOf(grant.access_token, source, {
      ...(grant.scope === undefined ? {} : { scope: grant.scope }),
      ...(grant.jti === undefined ? {} : { jti: grant.jti }),
      ...(expiresAtMs === undefined ? {} : { expiresAtMs }),
    });
    this.#held = {
      // UAA answers `bearer`; the CLI sends `<token_type> <access_token>` and so do we.
      scheme: grant.token_type,
      accessToken: grant.access_token,
      ...(grant.refresh_token === undefined ? {} : { refreshToken: grant.refresh_token }),
      ...(identity.expiresAt === undefined ? {} : { renewAtMs: renewAt(identity.expiresAt.getTime()) }),
      identity,
    };
    return this.#held;
  }
}

function renewAt(expiresAtMs: number): number {
  const remaining = expiresAtMs - Date.now();
  return expiresAtMs - Math.min(EXPIRY_MARGIN_MS, Math.max(0, remaining / 2));
}

function blank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/** `promise`, or `onAbort()` as soon as `signal` aborts (the shared work itself goes on for the others). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined, onAbort: () => Error): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(onAbort());
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(onAbort());
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}
