// The VMS API tokens client the provider uses: list, create, show, modify and revoke API tokens, and read
// or set the per-user limit, over the shared platform HTTP client (retries, TLS, abort, redaction).
// Every call takes an AbortSignal. Failures are PlatformError: `not_found` for an unknown token (the
// provider reads it as gone), `limit` (ApiTokenLimitError) for the per-user limit, never retried, and
// `forbidden` (MissingPermissionError) naming the Security-realm permission the call needs and for whom.
import { PlatformError, Redactor, collectPages, createPlatformHttpClient, type Logger, type PlatformHttpClient, type RequestAuthorizer, type RetryOptions, type TlsOptions } from '../common';
import { ApiTokenAuthorizer, BasicAuthorizer, JwtAuthorizer, type VmsAuthMethod, type VmsCredentials } from './vms-auth';
import { ApiTokenLimitError, classifyVmsFailure, parseVmsError } from './vms-errors';
import { MissingPermissionError, type SecurityPermission, type VmsPrincipal } from './missing-permission-error';
import type { ApiToken, ApiTokenCreateRequest, ApiTokenCreated, ApiTokenListQuery, ApiTokenModifyRequest, DrfPage, Vms } from './vms-models';
import { readApiToken, readApiTokenCreated, readVms } from './vms-readers';

/** go-vast-client's default API version. */
export const DEFAULT_VMS_API_VERSION = 'v5';

export interface VmsClientOptions {
  /** The VMS address, e.g. `https://vms.example.com` (paths `/api/…` are appended). */
  readonly endpoint: string;
  readonly credentials: VmsCredentials;
  /** `v5` by default; `latest` or another `vN`. */
  readonly apiVersion?: string;
  /** Sent as `X-Tenant-Name` on every call. */
  readonly tenant?: string;
  readonly tls?: TlsOptions;
  readonly timeoutMs?: number;
  readonly retry?: Partial<RetryOptions>;
  readonly logger?: Logger;
  /** The provider's shared Redactor. */
  readonly redactor?: Redactor;
  /**
   * Lists ask for DRF pages of this size and follow `next` to the end. Undefined: the plain array in one
   * answer (fewest calls); a VMS that pages anyway is followed all the same.
   */
  readonly pageSize?: number;
}

export interface CallOptions {
  /** Cancels the call, its retries and any login it waits for. */
  readonly signal?: AbortSignal;
  /**
   * `false`: the call changes nothing this process reads back (it only removes a creation marker, which
   * reads drop), so listings made before it still hold. Default: a write makes them stale.
   */
  readonly changesWhatIsRead?: false;
}

export class VmsClient {
  readonly apiVersion: string;
  readonly authMethod: VmsAuthMethod;
  /**
   * The id of the API token this client authenticates with (the part before the dot), so the provider can
   * refuse to revoke its own credential. Undefined for Basic and JWT.
   */
  readonly apiTokenId: string | undefined;
  /** The manager this client logs in as (Basic, JWT); undefined for an API token, whose owner the VMS knows. */
  readonly username: string | undefined;
  readonly redactor: Redactor;
  readonly #http: PlatformHttpClient;
  readonly #auth: RequestAuthorizer;
  readonly #pageSize: number | undefined;

  constructor(options: VmsClientOptions) {
    this.apiVersion = options.apiVersion ?? DEFAULT_VMS_API_VERSION;
    if (!/^(latest|v\d+)$/.test(this.apiVersion)) throw new RangeError(`VMS API version must be "latest" or v<N>, not ${JSON.stringify(this.apiVersion)}`);
    if (options.pageSize !== undefined && !(Number.isInteger(options.pageSize) && options.pageSize > 0)) throw new RangeError('pageSize must be a whole number > 0');
    this.#pageSize = options.pageSize;
    this.redactor = options.redactor ?? new Redactor();
    this.#http = createPlatformHttpClient({
      platform: 'vms',
      baseUrl: options.endpoint,
      parseError: parseVmsError,
      classifyFailure: classifyVmsFailure,
      redactor: this.redactor,
      // The create answer's `token` is registered by field name; its secret part alone is a secret too.
      findSecrets: secretParts,
      ...(options.tls === undefined ? {} : { tls: options.tls }),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(options.retry === undefined ? {} : { retry: options.retry }),
      ...(options.logger === undefined ? {} : { logger: options.logger }),
      ...(options.tenant === undefined ? {} : { headers: { 'X-Tenant-Name': options.tenant } }),
    });
    const credentials = options.credentials;
    this.authMethod = credentials.kind;
    switch (credentials.kind) {
      case 'api-token': {
        const authorizer = new ApiTokenAuthorizer(credentials.token, this.redactor);
        this.#auth = authorizer;
        this.apiTokenId = authorizer.tokenId;
        this.username = undefined;
        break;
      }
      case 'basic':
        this.#auth = new BasicAuthorizer(credentials.username, credentials.password, this.redactor);
        this.apiTokenId = undefined;
        this.username = credentials.username;
        break;
      case 'jwt':
        this.#auth = new JwtAuthorizer(this.#http, credentials.username, credentials.password);
        this.apiTokenId = undefined;
        this.username = credentials.username;
        break;
    }
  }

  /** Every matching token, following pages to the end. Revoked tokens only with `archived: true`. */
  async listApiTokens(query: ApiTokenListQuery = {}, options: CallOptions = {}): Promise<ApiToken[]> {
    const search = new URLSearchParams();
    if (query.owner !== undefined) search.set('owner', query.owner);
    if (query.archived === true) search.set('archived', 'true');
    if (query.name !== undefined) search.set('name', query.name);
    const items = await this.#list('list API tokens', this.#path('apitokens/'), search, options, 'View');
    return items.map((item) => this.#read('list API tokens', item, readApiToken));
  }

  /** One token, revoked ones included; `not_found` when the VMS does not know it. */
  async getApiToken(id: string, options: CallOptions = {}): Promise<ApiToken> {
    const operation = 'show API token';
    const response = await this.#request({ operation, method: 'GET', path: this.#tokenPath(id), route: this.#path('apitokens/:id/') }, options, 'View');
    return this.#read(operation, response.body, readApiToken);
  }

  /**
   * Creates a token; the answer's `token` is the only time its value is shown. Never repeated after an
   * ambiguous failure (no duplicate tokens). At the per-user limit: ApiTokenLimitError (kind `limit`).
   */
  async createApiToken(request: ApiTokenCreateRequest = {}, options: CallOptions = {}): Promise<ApiTokenCreated> {
    const operation = 'create API token';
    try {
      const response = await this.#request({ operation, method: 'POST', path: this.#path('apitokens/'), json: withoutUndefined(request) }, options, 'Create');
      return this.#read(operation, response.body, readApiTokenCreated);
    } catch (error) {
      if (error instanceof PlatformError && error.kind === 'limit') throw await this.#limitError(error, request.owner ?? this.username, options);
      throw error;
    }
  }

  /** Changes name and/or expiry; a new `expiry_date` counts from the token's creation. */
  async modifyApiToken(id: string, changes: ApiTokenModifyRequest, options: CallOptions = {}): Promise<void> {
    // Setting the same values again changes nothing, so the call may be repeated after a transient failure.
    await this.#request(
      { operation: 'modify API token', method: 'PATCH', path: this.#tokenPath(id), route: this.#path('apitokens/:id/'), json: withoutUndefined(changes), idempotent: true },
      options,
      'Edit',
    );
  }

  /**
   * Revokes a token (final). Revoking a revoked token again changes nothing, so it may be repeated.
   * Refuses (kind `conflict`, nothing sent) to revoke the API token this client authenticates with: that
   * would lock the provider out mid-run.
   */
  async revokeApiToken(id: string, options: CallOptions = {}): Promise<void> {
    const operation = 'revoke API token';
    if (this.apiTokenId !== undefined && id === this.apiTokenId) {
      throw this.#http.error({ operation, kind: 'conflict', platformMessage: `refusing to revoke API token ${id}: it is the credential this client authenticates with` });
    }
    await this.#request(
      { operation, method: 'PATCH', path: `${this.#tokenPath(id)}revoke/`, route: this.#path('apitokens/:id/revoke/'), idempotent: true },
      options,
      'Delete',
    );
  }

  async listVms(options: CallOptions = {}): Promise<Vms[]> {
    const items = await this.#list('list VMS', this.#path('vms/'), new URLSearchParams(), options);
    return items.map((item) => this.#read('list VMS', item, readVms));
  }

  async getVms(id: number, options: CallOptions = {}): Promise<Vms> {
    const operation = 'show VMS';
    const response = await this.#request({ operation, method: 'GET', path: this.#path(`vms/${id}/`), route: this.#path('vms/:id/') }, options);
    return this.#read(operation, response.body, readVms);
  }

  /** The cluster's `max_api_tokens_per_user` and the VMS object that holds it. */
  async getMaxApiTokensPerUser(options: CallOptions = {}): Promise<{ vmsId: number; maxApiTokensPerUser: number }> {
    const [vms] = await this.listVms(options);
    if (vms === undefined) throw this.#http.error({ operation: 'list VMS', kind: 'failed', platformMessage: 'the VMS list is empty' });
    return { vmsId: vms.id, maxApiTokensPerUser: vms.max_api_tokens_per_user };
  }

  /** Sets `max_api_tokens_per_user` (on the first VMS unless `vmsId` is given). */
  async setMaxApiTokensPerUser(limit: number, options: CallOptions & { vmsId?: number } = {}): Promise<void> {
    if (!(Number.isInteger(limit) && limit > 0)) throw new RangeError('max_api_tokens_per_user must be a whole number > 0');
    const vmsId = options.vmsId ?? (await this.getMaxApiTokensPerUser(options)).vmsId;
    await this.#request(
      {
        operation: 'set max API tokens per user',
        method: 'PATCH',
        path: this.#path(`vms/${vmsId}/set_max_api_tokens_per_user/`),
        route: this.#path('vms/:id/set_max_api_tokens_per_user/'),
        json: { max_api_tokens_per_user: limit },
        idempotent: true,
      },
      options,
    );
  }

  /** Now by the VMS's clock, from the Date header of its answers; this machine's time before the first one. */
  platformNow(): Date {
    return this.#http.platformNow();
  }

  /** State-changing calls this client has sent so far (see PlatformHttpClient.changes). */
  get changes(): number {
    return this.#http.changes;
  }

  /** Closes kept-alive connections. */
  close(): void {
    this.#http.close();
  }

  #path(rest: string): string {
    return `/api/${this.apiVersion}/${rest}`;
  }

  #tokenPath(id: string): string {
    return this.#path(`apitokens/${encodeURIComponent(id)}/`);
  }

  /** `needs`: the Security-realm permission the call takes, named in the error when the VMS answers 403. */
  async #request(call: Parameters<PlatformHttpClient['request']>[0], options: CallOptions, needs?: SecurityPermission) {
    const auth = this.#auth instanceof JwtAuthorizer ? this.#auth.forCall() : this.#auth;
    try {
      return await this.#http.request<unknown>({
        ...call,
        auth,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
        ...(options.changesWhatIsRead === false ? { changesState: false } : {}),
      });
    } catch (error) {
      if (needs !== undefined && error instanceof PlatformError && error.kind === 'forbidden' && error.status === 403) {
        throw new MissingPermissionError(error, needs, this.#principal(), this.redactor);
      }
      throw error;
    }
  }

  #principal(): VmsPrincipal {
    // Basic and JWT know the manager's name; an API token only its id (the VMS knows its owner).
    return this.apiTokenId !== undefined ? { apiTokenId: this.apiTokenId } : { username: this.username! };
  }

  /** Both list forms: a plain array (one answer), or DRF pages followed by `next` to the end. */
  async #list(operation: string, path: string, search: URLSearchParams, options: CallOptions, needs?: SecurityPermission): Promise<unknown[]> {
    if (this.#pageSize !== undefined) search.set('page_size', String(this.#pageSize));
    const first = search.size === 0 ? path : `${path}?${search.toString()}`;
    return collectPages<unknown, unknown>({
      first,
      fetch: async (pagePath) => (await this.#request({ operation, method: 'GET', path: pagePath, route: path }, options, needs)).body,
      items: (page) => {
        if (Array.isArray(page)) return page;
        if (isDrfPage(page)) return page.results;
        throw this.#http.error({ operation, kind: 'failed', platformMessage: 'the answer is neither a list nor a page of results' });
      },
      next: (page) => (isDrfPage(page) ? page.next : null),
      fail: (message) => this.#http.error({ operation, kind: 'failed', platformMessage: message }),
    });
  }

  #read<T>(operation: string, value: unknown, reader: (value: unknown) => T | undefined): T {
    const result = reader(value);
    if (result === undefined) throw this.#http.error({ operation, kind: 'failed', platformMessage: 'the answer does not have the documented fields' });
    return result;
  }

  /** Adds the limit and how to raise it; reading the limit is best effort and never hides the refusal. */
  async #limitError(refusal: PlatformError, owner: string | undefined, options: CallOptions): Promise<ApiTokenLimitError> {
    let setting: { vmsId: number; maxApiTokensPerUser: number } | undefined;
    try {
      setting = await this.getMaxApiTokensPerUser(options);
    } catch {
      setting = undefined;
    }
    return new ApiTokenLimitError(
      refusal,
      { owner, maxApiTokensPerUser: setting?.maxApiTokensPerUser, vmsId: setting?.vmsId, apiVersion: this.apiVersion },
      this.redactor,
    );
  }
}

export function createVmsClient(options: VmsClientOptions): VmsClient {
  return new VmsClient(options);
}

function isDrfPage(value: unknown): value is DrfPage<unknown> {
  return typeof value === 'object' && value !== null && Array.isArray((value as { results?: unknown }).results);
}

/** The secret half of any `<id>.<secret>` token value in a body. */
function secretParts(body: unknown): string[] {
  const token = (body as { token?: unknown } | undefined)?.token;
  return typeof token === 'string' && token.includes('.') ? [token.slice(token.indexOf('.') + 1)] : [];
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
