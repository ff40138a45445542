// How the client authenticates to the broker: a Bearer authorization token (OPENSHIFT_TOKEN), HTTP Basic
// (OPENSHIFT_USERNAME / OPENSHIFT_PASSWORD), or a token with a password to fall back on: when the broker
// refuses the token (401: unknown, expired or revoked), the client switches to Basic once and stays
// there, as rhc does. Every credential is registered with the Redactor before it is used.
import { timingSafeEqual } from 'node:crypto';
import { basicAuthorization, type Logger, type Redactor, type RequestAuthorizer } from '../common';

export type BrokerCredentials =
  | { readonly token: string; readonly username?: string; readonly password?: string }
  | { readonly token?: undefined; readonly username: string; readonly password: string };

/** Which credential the client sends now, without its secret. */
export type BrokerCredentialKind = { readonly kind: 'bearer' } | { readonly kind: 'basic'; readonly username: string };

export class BrokerAuthorizer implements RequestAuthorizer {
  readonly #token: string | undefined;
  readonly #basic: { readonly username: string; readonly header: string } | undefined;
  readonly #logger: Logger | undefined;
  #usingBasic: boolean;

  constructor(credentials: BrokerCredentials, redactor: Redactor, logger?: Logger) {
    const token = credentials.token?.trim();
    if ((token === undefined || token === '') && (credentials.username === undefined || credentials.password === undefined)) {
      throw new Error('OpenShift credentials need a token, or a username and password');
    }
    this.#token = token === '' ? undefined : token;
    redactor.register(this.#token);
    this.#basic =
      credentials.username !== undefined && credentials.password !== undefined
        ? { username: credentials.username, header: basicAuthorization(credentials.username, credentials.password, redactor) }
        : undefined;
    this.#usingBasic = this.#token === undefined;
    this.#logger = logger;
  }

  async headers(): Promise<Readonly<Record<string, string>>> {
    return { Authorization: this.#usingBasic ? this.#basic!.header : `Bearer ${this.#token}` };
  }

  /**
   * After a 401 on the token: switch to Basic if a password was given. A call sent with the token before
   * another call switched, refused after it, is simply sent again with Basic.
   */
  async refresh(_signal?: AbortSignal, refused?: Readonly<Record<string, string>>): Promise<boolean> {
    if (this.#usingBasic) return this.#basic !== undefined && refused?.['Authorization'] !== undefined && refused['Authorization'] !== this.#basic.header;
    if (this.#basic === undefined) return false;
    this.#usingBasic = true;
    this.#logger?.warn('the broker refused the authorization token; using the username and password from now on', { platform: 'openshift' });
    return true;
  }

  get credential(): BrokerCredentialKind {
    return this.#usingBasic ? { kind: 'basic', username: this.#basic!.username } : { kind: 'bearer' };
  }

  /** Whether `token` is the configured Bearer token (compared in constant time). */
  isOwnToken(token: string): boolean {
    if (this.#token === undefined) return false;
    const mine = Buffer.from(this.#token, 'utf8');
    const theirs = Buffer.from(token, 'utf8');
    return mine.length === theirs.length && timingSafeEqual(mine, theirs);
  }

  /** The configured token, for the one call that looks it up (show by token). Not exported from the package. */
  get token(): string | undefined {
    return this.#token;
  }
}
