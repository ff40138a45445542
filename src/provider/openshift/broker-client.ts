// The OpenShift v2 broker client for authorizations: API discovery, list, add, show (by id or token),
// update note, delete one, delete all, and who the caller is. Built on the shared platform HTTP client
// (retries of idempotent calls, Retry-After, TLS, AbortSignal, redaction). The broker returns token
// values on every read; they are registered as secrets as they arrive, so no error or log line shows one.
import {
  createPlatformHttpClient,
  PlatformError,
  Redactor,
  type Logger,
  type PlatformHttpClient,
  type PlatformResponse,
  type RetryOptions,
  type TlsOptions,
} from '../common';
import { readBrokerApi, type BrokerApi } from './api-discovery';
import {
  toAuthorization,
  type AddAuthorization,
  type AddedAuthorization,
  type Authorization,
  type AuthorizationLookup,
  type BrokerEnvelope,
  type BrokerIdentity,
  type BrokerMessage,
  type ClientApiVersion,
} from './authorization-models';
import { BrokerAuthorizer, type BrokerCredentialKind, type BrokerCredentials } from './broker-auth';
import { parseBrokerError } from './broker-errors';

export interface OpenShiftBrokerClientOptions {
  /** OPENSHIFT_SERVER: `https://broker.example.com`, a bare host (HTTPS), or a URL ending in `/broker/rest`. */
  readonly server: string;
  readonly credentials: BrokerCredentials;
  /** Sent as `Accept: application/json; version=…`; default 1.7. */
  readonly apiVersion?: ClientApiVersion;
  readonly tls?: TlsOptions;
  readonly timeoutMs?: number;
  readonly retry?: Partial<RetryOptions>;
  readonly logger?: Logger;
  /** The provider's shared Redactor. */
  readonly redactor?: Redactor;
  readonly userAgent?: string;
}

export interface CallOptions {
  /** Cancels the call (Terraform's StopProvider). */
  readonly signal?: AbortSignal;
  /**
   * `false`: the call changes nothing this process reads back (it only removes a creation marker, which
   * reads drop), so listings made before it still hold. Default: a write makes them stale.
   */
  readonly changesWhatIsRead?: false;
}

/** What a delete answered: the broker's info message (none for API ≤ 1.4, which answers 204). */
export interface DeleteResult {
  readonly message?: string;
}

const REST = '/broker/rest';
const MEMBER_ROUTE = `${REST}/user/authorization/:id`;
/** An authorization id; anything else given where an id goes is a token value, hence a secret. */
const AUTHORIZATION_ID = /^[0-9a-f]{24}$/i;

export class OpenShiftBrokerClient {
  /** The broker's origin, e.g. `https://broker.example.com`. */
  readonly server: string;
  readonly apiVersion: ClientApiVersion;
  readonly #http: PlatformHttpClient;
  readonly #auth: BrokerAuthorizer;
  #ownAuthorizationId: string | undefined;

  constructor(options: OpenShiftBrokerClientOptions) {
    this.server = brokerOrigin(options.server);
    this.apiVersion = options.apiVersion ?? '1.7';
    const redactor = options.redactor ?? new Redactor();
    this.#auth = new BrokerAuthorizer(options.credentials, redactor, options.logger);
    this.#http = createPlatformHttpClient({
      platform: 'openshift',
      baseUrl: this.server,
      parseError: parseBrokerError,
      // `nolinks`: the client never follows an authorization's links, and a list of thousands stays small.
      headers: { Accept: `application/json; version=${this.apiVersion}; nolinks`, 'User-Agent': options.userAgent ?? 'terraform-provider-authtoken' },
      ...(options.tls === undefined ? {} : { tls: options.tls }),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(options.retry === undefined ? {} : { retry: options.retry }),
      ...(options.logger === undefined ? {} : { logger: options.logger }),
      redactor,
      auth: this.#auth,
    });
  }

  get redactor(): Redactor {
    return this.#http.redactor;
  }

  /** Now by the broker's clock, from the Date header of its answers; this machine's time before the first one. */
  platformNow(): Date {
    return this.#http.platformNow();
  }

  /** The credential the client sends now (never its secret). */
  get credential(): BrokerCredentialKind {
    return this.#auth.credential;
  }

  /** `GET /broker/rest/api` (no credentials sent): links, scopes with default validity, token support. */
  async api(options: CallOptions = {}): Promise<BrokerApi> {
    const envelope = await this.#envelope<unknown>('get API', {
      method: 'GET',
      path: `${REST}/api`,
      auth: false,
      headers: { Accept: `application/json; version=${this.apiVersion}` },
      ...signal(options),
    });
    return readBrokerApi(envelope.data, envelope.version, envelope.supported_api_versions);
  }

  /** The caller's tokens that are neither expired nor revoked, newest first (one call; the broker does not page). */
  async listAuthorizations(options: CallOptions = {}): Promise<Authorization[]> {
    const operation = 'list authorizations';
    const response = await this.#http.request<unknown>({ operation, method: 'GET', path: `${REST}/user/authorizations`, ...signal(options) });
    // The broker hides every authorization from a request without the session scope (an empty list, not
    // a refusal), so such a list would make every token look deleted.
    const scopes = response.headers['x-oauth-scopes'];
    if (scopes !== undefined && !scopes.split(' ').includes('session')) {
      throw this.#http.error({
        operation,
        kind: 'forbidden',
        platformMessage:
          `the credential has the scopes ${JSON.stringify(scopes)}, and the broker shows authorizations only to the session scope, so it cannot tell which exist. ` +
          'Authenticate with a username and password, or a token with the session scope',
      });
    }
    const envelope = this.#read<unknown>(operation, response);
    if (!Array.isArray(envelope.data)) throw this.#unexpected(operation, 'the list is not an array');
    return envelope.data.map((item) => this.#authorization(operation, item));
  }

  /** Creates a token (201), or answers a matching one when `reuse` finds it (200 "Reused existing"). Never repeated on a transient failure. */
  async addAuthorization(request: AddAuthorization, options: CallOptions = {}): Promise<AddedAuthorization> {
    const operation = 'add authorization';
    const body: Record<string, unknown> = {};
    if (request.scopes !== undefined) body['scope'] = typeof request.scopes === 'string' ? request.scopes : request.scopes.join(' ');
    if (request.note !== undefined) body['note'] = request.note;
    if (request.expires_in !== undefined) body['expires_in'] = request.expires_in;
    if (request.reuse === true) body['reuse'] = true;
    const response = await this.#http.request<unknown>({ operation, method: 'POST', path: `${REST}/user/authorizations`, json: body, ...signal(options) });
    const envelope = this.#read<unknown>(operation, response);
    return { authorization: this.#authorization(operation, envelope.data), reused: response.status === 200 };
  }

  /** By id or token value; throws PlatformError `not_found` for a deleted one. An expired one still reads (`expired: true`). */
  async showAuthorization(idOrToken: string, options: CallOptions = {}): Promise<Authorization> {
    const operation = 'show authorization';
    const envelope = await this.#envelope<unknown>(operation, { method: 'GET', ...this.#member(idOrToken), ...signal(options) });
    return this.#authorization(operation, envelope.data);
  }

  /** The provider's refresh: active, expired (still readable, no longer usable) or not found (deleted). */
  async lookupAuthorization(idOrToken: string, options: CallOptions = {}): Promise<AuthorizationLookup> {
    try {
      const authorization = await this.showAuthorization(idOrToken, options);
      return authorization.expired ? { status: 'expired', authorization } : { status: 'active', authorization };
    } catch (error) {
      if (error instanceof PlatformError && error.kind === 'not_found') return { status: 'not_found' };
      throw error;
    }
  }

  /** Changes the note (the only field the broker lets change); null clears it. */
  async updateAuthorization(idOrToken: string, change: { readonly note: string | null }, options: CallOptions = {}): Promise<Authorization> {
    const operation = 'update authorization';
    const envelope = await this.#envelope<unknown>(operation, {
      method: 'PUT',
      ...this.#member(idOrToken),
      json: { note: change.note },
      ...signal(options),
      ...(options.changesWhatIsRead === false ? { changesState: false } : {}),
    });
    return this.#authorization(operation, envelope.data);
  }

  /** A hard delete. The broker answers success for an unknown id too, so deleting twice is harmless. */
  async deleteAuthorization(idOrToken: string, options: CallOptions = {}): Promise<DeleteResult> {
    const response = await this.#http.request<unknown>({ operation: 'delete authorization', method: 'DELETE', ...this.#member(idOrToken), ...signal(options) });
    return deleteResult(response, this.redactor);
  }

  /** Deletes every token of the caller, or only those whose scopes include exactly `scope`. */
  async deleteAllAuthorizations(filter: { readonly scope?: string } = {}, options: CallOptions = {}): Promise<DeleteResult> {
    const response = await this.#http.request<unknown>({
      operation: 'delete all authorizations',
      method: 'DELETE',
      path: `${REST}/user/authorizations`,
      ...(filter.scope === undefined ? {} : { query: { scope: filter.scope } }),
      ...signal(options),
    });
    return deleteResult(response, this.redactor);
  }

  /** Who the credentials belong to (GET /user, allowed for every scope but the internal ones). */
  async whoAmI(options: CallOptions = {}): Promise<BrokerIdentity> {
    const operation = 'get user';
    const response = await this.#http.request<unknown>({ operation, method: 'GET', path: `${REST}/user`, ...signal(options) });
    const data = this.#read<{ login?: unknown; id?: unknown } | null>(operation, response).data ?? {};
    const login = response.headers['x-openshift-identity'] ?? (typeof data.login === 'string' ? data.login : undefined);
    const id = response.headers['x-openshift-identity-id'] ?? (typeof data.id === 'string' ? data.id : undefined);
    if (login === undefined || id === undefined) throw this.#unexpected(operation, 'the broker did not name the user');
    return { login, id, scopes: (response.headers['x-oauth-scopes'] ?? '').split(' ').filter((s) => s !== '') };
  }

  /**
   * The authorization the client authenticates with (its Bearer token), looked up by token and
   * remembered; undefined with Basic credentials, or when the token may not read authorizations (only
   * `session` tokens may) or no longer works.
   */
  async ownAuthorization(options: CallOptions = {}): Promise<Authorization | undefined> {
    const token = this.#auth.token;
    if (token === undefined || this.credential.kind !== 'bearer') return undefined;
    try {
      const lookup = await this.lookupAuthorization(token, options);
      if (lookup.status === 'not_found') return undefined;
      this.#ownAuthorizationId = lookup.authorization.id;
      return lookup.authorization;
    } catch (error) {
      if (error instanceof PlatformError && (error.kind === 'forbidden' || error.kind === 'unauthorized')) return undefined;
      throw error;
    }
  }

  /**
   * Whether an authorization is the credential this client uses, so the provider can refuse to delete
   * it: its token equals the configured one, or its id is the one `ownAuthorization` found.
   */
  isOwnCredential(authorization: { readonly id?: string; readonly token?: string }): boolean {
    if (authorization.token !== undefined && this.#auth.isOwnToken(authorization.token)) return true;
    return authorization.id !== undefined && authorization.id === this.#ownAuthorizationId;
  }

  /** State-changing calls this client has sent so far (see PlatformHttpClient.changes). */
  get changes(): number {
    return this.#http.changes;
  }

  /** Closes kept-alive connections. */
  close(): void {
    this.#http.close();
  }

  /** A member path, its route template for logs, and the token as a secret when the argument is one. */
  #member(idOrToken: string): { path: string; route: string; secrets?: string[] } {
    return {
      path: `${REST}/user/authorization/${encodeURIComponent(idOrToken)}`,
      route: MEMBER_ROUTE,
      ...(AUTHORIZATION_ID.test(idOrToken) ? {} : { secrets: [idOrToken] }),
    };
  }

  async #envelope<Data>(operation: string, call: Omit<Parameters<PlatformHttpClient['request']>[0], 'operation'>): Promise<BrokerEnvelope<Data>> {
    return this.#read<Data>(operation, await this.#http.request<unknown>({ operation, ...call }));
  }

  #read<Data>(operation: string, response: PlatformResponse<unknown>): BrokerEnvelope<Data> {
    const body = response.body;
    if (typeof body !== 'object' || body === null || !('data' in body) || !Array.isArray((body as { messages?: unknown }).messages)) {
      throw this.#unexpected(operation, `HTTP ${response.status} without the broker's envelope`);
    }
    return body as BrokerEnvelope<Data>;
  }

  #authorization(operation: string, value: unknown): Authorization {
    const authorization = toAuthorization(value);
    if (typeof authorization === 'string') throw this.#unexpected(operation, authorization);
    return authorization;
  }

  #unexpected(operation: string, why: string): PlatformError {
    return this.#http.error({ operation, kind: 'failed', platformMessage: `unexpected answer: ${why}` });
  }
}

/** `https://host`, from a URL (with or without `/broker/rest`) or a bare host name. */
export function brokerOrigin(server: string): string {
  const trimmed = server.trim();
  const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  const path = url.pathname.replace(/\/+$/, '').replace(/\/broker\/rest$/, '');
  return `${url.origin}${path}`;
}

/** The message names what was deleted, which may be a token value: it is redacted. */
function deleteResult(response: PlatformResponse<unknown>, redactor: Redactor): DeleteResult {
  const messages = (response.body as { messages?: BrokerMessage[] } | undefined)?.messages;
  const text = Array.isArray(messages) ? messages.find((m) => typeof m?.text === 'string')?.text : undefined;
  return text === undefined ? {} : { message: redactor.redact(text) };
}

function signal(options: CallOptions): { signal?: AbortSignal } {
  return options.signal === undefined ? {} : { signal: options.signal };
}
