// The ALS client: Cloud Controller v2 service auth tokens over the shared platform HTTP client. It
// discovers UAA through /v2/info, logs in (als-auth.ts), lists with `q` following `next_url` to the end,
// and answers typed models. Every call takes an AbortSignal; every failure is a PlatformError whose kind
// tells "gone" (`not_found`, only for CF-ServiceAuthTokenNotFound) from everything else.
//
// Retries (common/retry-policy): GET, PUT and DELETE are repeated after transient failures; a create
// (POST) never is, except after a refused connection or one renewed 401. CC's (label, provider) unique
// index makes a duplicate impossible anyway: a create whose outcome was lost answers
// CF-ServiceAuthTokenLabelTaken (kind `conflict`) when tried again.
import {
  collectPages,
  createPlatformHttpClient,
  noopLogger,
  redactingLogger,
  Redactor,
  type Logger,
  type PlatformCall,
  type PlatformHttpClient,
  type PlatformHttpClientOptions,
  type PlatformResponse,
  type RequestAuthorizer,
  type RetryOptions,
  type TlsOptions,
} from '../common';
import { AlsAuthorizer, type AlsCredentials } from './als-auth';
import { classifyAlsFailure, parseAlsError } from './als-errors';
import type { AlsIdentity } from './als-identity';
import {
  DEFAULT_SERVICE_PROVIDER,
  type CfInfo,
  type CfJob,
  type CfPage,
  type CfResource,
  type ServiceAuthToken,
  type ServiceAuthTokenCreateRequest,
  type ServiceAuthTokenEntity,
  type ServiceAuthTokenUpdateRequest,
} from './als-models';
import { serviceAuthTokenQuery, type ServiceAuthTokenFilter } from './service-auth-token-query';
import { canonicalTarget } from './stackato-token-file';
import { UaaTokenEndpoint } from './uaa-token-endpoint';

export const SERVICE_AUTH_TOKENS_PATH = '/v2/service_auth_tokens';
const SERVICE_AUTH_TOKEN_ROUTE = `${SERVICE_AUTH_TOKENS_PATH}/:guid`;

/** CC's maximum page size: the fewest calls for a long list. */
export const MAX_RESULTS_PER_PAGE = 100;

export interface AlsClientOptions {
  /** The CC API endpoint, e.g. `https://api.example.com`; `https://` is assumed without a scheme (as the CLI does). */
  readonly apiEndpoint: string;
  readonly credentials: AlsCredentials;
  /** For UAA too, when it lives on another host. */
  readonly tls?: TlsOptions;
  /** Per attempt. */
  readonly timeoutMs?: number;
  readonly retry?: Partial<RetryOptions>;
  readonly logger?: Logger;
  /** Share the provider's Redactor, so secrets this client learns are hidden everywhere. */
  readonly redactor?: Redactor;
  /** Page size for lists; default 100, CC's maximum (CC refuses more with 400 CF-BadQueryParameter). */
  readonly resultsPerPage?: number;
}

export interface AlsCallOptions {
  /** Cancels the call (and its retries); Terraform's StopProvider. */
  readonly signal?: AbortSignal;
}

export interface AlsDeleteOptions extends AlsCallOptions {
  /** `?async=true`: CC answers 202 with a job instead of 204. */
  readonly async?: boolean;
}

export class AlsClient {
  readonly apiEndpoint: string;
  readonly redactor: Redactor;
  readonly #options: AlsClientOptions;
  readonly #logger: Logger;
  readonly #cc: PlatformHttpClient;
  readonly #auth: AlsAuthorizer;
  readonly #resultsPerPage: number;
  readonly #warnings = new Set<string>();
  #info: Promise<CfInfo> | undefined;
  #uaa: Promise<UaaTokenEndpoint> | undefined;

  constructor(options: AlsClientOptions) {
    this.#options = options;
    this.apiEndpoint = canonicalTarget(options.apiEndpoint);
    this.redactor = options.redactor ?? new Redactor();
    this.#logger = redactingLogger(options.logger ?? noopLogger, this.redactor);
    this.#resultsPerPage = options.resultsPerPage ?? MAX_RESULTS_PER_PAGE;
    // Only CC calls carry the bearer token; the authorizer is made below, and read when a call is sent.
    this.#cc = createPlatformHttpClient(
      this.#httpOptions(this.apiEndpoint, { headers: (signal) => this.#auth.headers(signal), refresh: (signal, refused) => this.#auth.refresh(signal, refused) }),
    );
    this.#auth = new AlsAuthorizer(options.credentials, {
      target: this.apiEndpoint,
      uaa: () => this.#uaaEndpoint(),
      logger: this.#logger,
      registerSecret: (secret) => this.redactor.register(secret),
      error: (details) => this.#cc.error(details),
    });
  }

  /** `GET /v2/info` (no auth), read once per client. */
  info(options: AlsCallOptions = {}): Promise<CfInfo> {
    this.#info ??= this.#fetchInfo(options.signal).catch((error: unknown) => {
      this.#info = undefined; // a failed discovery is tried again by the next call
      throw error;
    });
    return this.#info;
  }

  /** Logs in now (otherwise the first call does) and answers who the client is. */
  async login(options: AlsCallOptions = {}): Promise<AlsIdentity> {
    await this.#auth.headers(options.signal);
    return this.#auth.identity!;
  }

  /** Who the client is logged in as, without the token; undefined before the first call. */
  get identity(): AlsIdentity | undefined {
    return this.#auth.identity;
  }

  /**
   * Now by Cloud Controller's clock, from the Date header of its answers; this machine's time before the
   * first one. Expiry windows are judged by it (the platform's time, not this machine's).
   */
  platformNow(): Date {
    return this.#cc.platformNow();
  }

  /** Warnings CC sent in `X-Cf-Warnings` (e.g. "Endpoint deprecated"), decoded, each once. */
  get warnings(): readonly string[] {
    return [...this.#warnings];
  }

  /** Every token matching the filter (all of them without one), following `next_url` to the last page. */
  async listServiceAuthTokens(options: ServiceAuthTokenFilter & AlsCallOptions = {}): Promise<ServiceAuthToken[]> {
    const query = serviceAuthTokenQuery(options);
    if (query.matchesNothing) return [];
    const params = new URLSearchParams({ ...(query.q === undefined ? {} : { q: query.q }), 'results-per-page': String(this.#resultsPerPage) });
    const operation = 'list service auth tokens';
    const resources = await collectPages<CfPage<ServiceAuthTokenEntity>, CfResource<ServiceAuthTokenEntity>>({
      first: `${SERVICE_AUTH_TOKENS_PATH}?${params.toString()}`,
      fetch: async (path) => this.#page(await this.#call({ operation, method: 'GET', path, route: SERVICE_AUTH_TOKENS_PATH, ...signalOf(options) }), operation),
      items: (page) => page.resources,
      next: (page) => page.next_url,
      fail: (message) => this.#cc.error({ operation, kind: 'failed', platformMessage: message }),
    });
    return resources.map((resource) => this.#token(resource, operation, 200)).filter((token) => query.matches(token));
  }

  /** The token of (label, provider), or undefined; the pair is unique on CC. */
  async findServiceAuthToken(label: string, provider: string = DEFAULT_SERVICE_PROVIDER, options: AlsCallOptions = {}): Promise<ServiceAuthToken | undefined> {
    const found = await this.listServiceAuthTokens({ label, provider, ...signalOf(options) });
    if (found.length > 1) {
      throw this.#cc.error({ operation: 'find service auth token', kind: 'failed', platformMessage: `${found.length} tokens have label ${label.trim()} and provider ${provider.trim()}` });
    }
    return found[0];
  }

  /** Throws a PlatformError of kind `not_found` when CC does not know the guid. */
  async getServiceAuthToken(guid: string, options: AlsCallOptions = {}): Promise<ServiceAuthToken> {
    const operation = 'get service auth token';
    const response = await this.#call({ operation, method: 'GET', path: this.#tokenPath(guid, operation), route: SERVICE_AUTH_TOKEN_ROUTE, ...signalOf(options) });
    return this.#token(response.body, operation, response.status);
  }

  /** Answers 201 on CC; never repeated blindly (see the header). The secret is not in the answer. */
  async createServiceAuthToken(request: ServiceAuthTokenCreateRequest, options: AlsCallOptions = {}): Promise<ServiceAuthToken> {
    const operation = 'create service auth token';
    const response = await this.#call({
      operation,
      method: 'POST',
      path: SERVICE_AUTH_TOKENS_PATH,
      json: { label: request.label, provider: request.provider, token: request.token },
      secrets: stringsOnly(request.token),
      ...signalOf(options),
    });
    return this.#token(response.body, operation, response.status);
  }

  /** Changes only what is given; CC answers 201. A PUT is safe to repeat, so it is retried. */
  async updateServiceAuthToken(guid: string, changes: ServiceAuthTokenUpdateRequest, options: AlsCallOptions = {}): Promise<ServiceAuthToken> {
    const operation = 'update service auth token';
    const json = Object.fromEntries(Object.entries({ label: changes.label, provider: changes.provider, token: changes.token }).filter(([, v]) => v !== undefined));
    const response = await this.#call({
      operation,
      method: 'PUT',
      path: this.#tokenPath(guid, operation),
      route: SERVICE_AUTH_TOKEN_ROUTE,
      json,
      secrets: stringsOnly(changes.token),
      ...signalOf(options),
    });
    return this.#token(response.body, operation, response.status);
  }

  /**
   * 204 from CC; with `async`, CC's 202 job is answered. A retried delete whose first attempt went
   * through answers `not_found`: the caller reads that as "already gone".
   */
  async deleteServiceAuthToken(guid: string, options: AlsDeleteOptions = {}): Promise<CfJob | undefined> {
    const operation = 'delete service auth token';
    const response = await this.#call({
      operation,
      method: 'DELETE',
      path: this.#tokenPath(guid, operation),
      route: SERVICE_AUTH_TOKEN_ROUTE,
      ...(options.async === true ? { query: { async: 'true' } } : {}),
      ...signalOf(options),
    });
    return options.async === true ? this.#job(response, operation) : undefined;
  }

  /** A CC job, e.g. from an async delete. */
  async getJob(guid: string, options: AlsCallOptions = {}): Promise<CfJob> {
    const operation = 'get job';
    const response = await this.#call({ operation, method: 'GET', path: `/v2/jobs/${encodeURIComponent(guid)}`, route: '/v2/jobs/:guid', ...signalOf(options) });
    return this.#job(response, operation);
  }

  /** State-changing calls this client has sent so far (see PlatformHttpClient.changes). */
  get changes(): number {
    return this.#cc.changes;
  }

  /** Closes kept-alive connections (CC and UAA). */
  close(): void {
    this.#cc.close();
    void this.#uaa?.then((uaa) => uaa.close(), () => undefined);
  }

  async #call(call: PlatformCall): Promise<PlatformResponse> {
    const response = await this.#cc.request(call);
    this.#noteWarnings(response.headers['x-cf-warnings'], call.operation);
    return response;
  }

  async #fetchInfo(signal: AbortSignal | undefined): Promise<CfInfo> {
    const operation = 'get info';
    const response = await this.#cc.request<unknown>({ operation, method: 'GET', path: '/v2/info', auth: false, ...(signal === undefined ? {} : { signal }) });
    const info = response.body as Partial<CfInfo> | undefined;
    const endpoint = info?.authorization_endpoint ?? info?.token_endpoint;
    if (typeof info !== 'object' || info === null || typeof endpoint !== 'string' || endpoint === '') {
      throw this.#cc.error({ operation, kind: 'failed', status: response.status, platformMessage: 'the answer names no authorization_endpoint; is this a Cloud Foundry v2 API endpoint?' });
    }
    return { ...info, authorization_endpoint: endpoint } as CfInfo;
  }

  /** UAA's token endpoint, on its own origin (credentials never follow a link to another one). */
  #uaaEndpoint(): Promise<UaaTokenEndpoint> {
    this.#uaa ??= this.info()
      .then((info) => new UaaTokenEndpoint(createPlatformHttpClient(this.#httpOptions(info.authorization_endpoint))))
      .catch((error: unknown) => {
        this.#uaa = undefined;
        throw error;
      });
    return this.#uaa;
  }

  #httpOptions(baseUrl: string, auth?: RequestAuthorizer): PlatformHttpClientOptions {
    const { tls, timeoutMs, retry, logger } = this.#options;
    return {
      platform: 'als',
      baseUrl,
      redactor: this.redactor,
      parseError: parseAlsError,
      classifyFailure: classifyAlsFailure,
      ...(tls === undefined ? {} : { tls }),
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
      ...(retry === undefined ? {} : { retry }),
      ...(logger === undefined ? {} : { logger }),
      ...(auth === undefined ? {} : { auth }),
    };
  }

  #tokenPath(guid: string, operation: string): string {
    if (guid.trim() === '') throw this.#cc.error({ operation, kind: 'invalid', platformMessage: 'the guid is empty' });
    return `${SERVICE_AUTH_TOKENS_PATH}/${encodeURIComponent(guid)}`;
  }

  #page(response: PlatformResponse, operation: string): CfPage<ServiceAuthTokenEntity> {
    const page = response.body as Partial<CfPage<ServiceAuthTokenEntity>> | undefined;
    if (typeof page !== 'object' || page === null || !Array.isArray(page.resources)) {
      throw this.#cc.error({ operation, kind: 'failed', status: response.status, platformMessage: 'the answer is not a page of resources' });
    }
    return page as CfPage<ServiceAuthTokenEntity>;
  }

  #token(value: unknown, operation: string, status: number): ServiceAuthToken {
    const resource = value as Partial<CfResource<Partial<ServiceAuthTokenEntity>>> | undefined;
    const metadata = resource?.metadata;
    const entity = resource?.entity;
    if (typeof metadata?.guid !== 'string' || typeof entity?.label !== 'string' || typeof entity.provider !== 'string') {
      throw this.#cc.error({ operation, kind: 'failed', status, platformMessage: 'the answer is not a service auth token resource' });
    }
    return {
      guid: metadata.guid,
      label: entity.label,
      provider: entity.provider,
      url: typeof metadata.url === 'string' ? metadata.url : `${SERVICE_AUTH_TOKENS_PATH}/${metadata.guid}`,
      createdAt: typeof metadata.created_at === 'string' ? metadata.created_at : '',
      updatedAt: typeof metadata.updated_at === 'string' ? metadata.updated_at : null,
    };
  }

  #job(response: PlatformResponse, operation: string): CfJob {
    const job = response.body as Partial<CfJob> | undefined;
    if (typeof job?.metadata?.guid !== 'string' || typeof job.entity?.status !== 'string') {
      throw this.#cc.error({ operation, kind: 'failed', status: response.status, platformMessage: 'the answer is not a job' });
    }
    return job as CfJob;
  }

  /** CC URL-escapes the message (`CGI.escape`) and joins several with commas. */
  #noteWarnings(header: string | undefined, operation: string): void {
    if (header === undefined || header === '') return;
    for (const part of header.split(',')) {
      const warning = safeDecode(part.trim().replace(/\+/g, ' '));
      if (warning === '' || this.#warnings.has(warning)) continue;
      this.#warnings.add(warning);
      this.#logger.warn(`ALS warns: ${warning}`, { platform: 'als', operation });
    }
  }
}

export function createAlsClient(options: AlsClientOptions): AlsClient {
  return new AlsClient(options);
}

function signalOf(options: AlsCallOptions): { signal?: AbortSignal } {
  return options.signal === undefined ? {} : { signal: options.signal };
}

/** Untyped callers may pass anything; only strings can be secrets (a number is refused by CC anyway). */
function stringsOnly(...values: unknown[]): string[] {
  return values.filter((v): v is string => typeof v === 'string');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
