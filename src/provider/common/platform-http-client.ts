// The HTTP layer every platform client is built on: one axios instance per platform endpoint with TLS
// options, per-call timeouts and AbortSignals, retries of transient failures on idempotent calls only
// (honouring Retry-After), one refresh-and-repeat on 401, failures turned into PlatformError with every
// secret it has seen redacted, and the platform's clock read from the Date header of every answer. A
// platform client adds its models, auth flow and error-body parser.
import type { AxiosInstance, AxiosResponse, AxiosStatic } from 'axios';
import { abortableSleep } from './abortable-sleep';
import { describeNetworkFailure, kindForNetworkCode, kindForStatus, neverDelivered, type FailureClassifier } from './failure-classification';
import { noopLogger, redactingLogger, type Logger } from './logger';
import type { PlatformName } from './platform';
import { PlatformError, type PlatformErrorDetails } from './platform-error';
import { PlatformClock } from './platform-clock';
import { parseResponseBody, type ErrorBodyParser, type PlatformResponse } from './platform-response';
import { Redactor } from './redactor';
import { parseRetryAfter } from './retry-after';
import { DEFAULT_RETRY_OPTIONS, backoffDelay, isIdempotentMethod, type RetryOptions } from './retry-policy';
import { DEFAULT_SECRET_FIELDS, SECRET_HEADERS, findSecretValues, secretsInHeader } from './secret-fields';
import { createAgents, type AgentPair, type Agents, type TlsOptions } from './tls-agents';

/**
 * axios, evaluated on first use: loading it (and the http, https, fetch and stream modules it pulls in)
 * is the largest single cost of a provider start, and the launches Terraform makes only to read the
 * schema or validate never call a platform.
 */
function axiosModule(): AxiosStatic {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('axios') as AxiosStatic;
}

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

/** Supplies credentials per request, and renews them once when the platform answers 401. */
export interface RequestAuthorizer {
  /** Headers to send (e.g. `Authorization`); their values are registered as secrets. */
  headers(signal?: AbortSignal): Promise<Readonly<Record<string, string>>>;
  /**
   * Gets fresh credentials after a 401; true when the request is worth sending once more. `refused` are the
   * headers the 401 answered: when another call has renewed them since, there is nothing to renew again.
   */
  refresh?(signal?: AbortSignal, refused?: Readonly<Record<string, string>>): Promise<boolean>;
}

export interface PlatformHttpClientOptions {
  readonly platform: PlatformName;
  /** e.g. `https://api.example.com` or `https://vms.example.com/api/v5`; call paths are appended. */
  readonly baseUrl: string;
  readonly tls?: TlsOptions;
  /** Per attempt; default 30 s. */
  readonly timeoutMs?: number;
  readonly retry?: Partial<RetryOptions>;
  readonly logger?: Logger;
  /** Share one Redactor between the clients of a provider, so a secret seen by one is hidden by all. */
  readonly redactor?: Redactor;
  /** The platform's error-body reader (its own message, code and field). */
  readonly parseError: ErrorBodyParser;
  /** The platform's override of "which failures are transient", e.g. a 503 that is a limit. */
  readonly classifyFailure?: FailureClassifier;
  /** Field names whose values are secrets, in addition to DEFAULT_SECRET_FIELDS. */
  readonly secretFields?: readonly string[];
  /** Secrets in a body that field names do not reveal. */
  readonly findSecrets?: (body: unknown) => readonly string[];
  /** Sent on every call (a call's own headers win). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Default credentials for calls that do not bring their own. */
  readonly auth?: RequestAuthorizer;
}

export type QueryValue = string | number | boolean | readonly (string | number | boolean)[] | undefined;

export interface PlatformCall {
  /** Lower-case words in the platform's terms, e.g. `create service auth token`; used in errors and logs. */
  readonly operation: string;
  readonly method: HttpMethod;
  /** Relative to the base URL (`/v2/info`), or an absolute URL on the same origin (a `next` link). */
  readonly path: string;
  /**
   * The route template for logs, e.g. `/v2/service_auth_tokens/:guid`. Give it whenever the path holds
   * ids or tokens. Defaults to the (redacted) path without its query.
   */
  readonly route?: string;
  /** Appended to the path's query; a list repeats the key. */
  readonly query?: Readonly<Record<string, QueryValue>>;
  /** A JSON body. */
  readonly json?: unknown;
  /** An `application/x-www-form-urlencoded` body. */
  readonly form?: Readonly<Record<string, string>>;
  readonly headers?: Readonly<Record<string, string>>;
  /** Whether the call may be repeated after a transient failure. Default: by method (GET, HEAD, OPTIONS, PUT, DELETE). */
  readonly idempotent?: boolean;
  readonly signal?: AbortSignal;
  /** Secrets this call carries that field names do not reveal. */
  readonly secrets?: readonly (string | undefined)[];
  /** Statuses that are success; default 2xx. */
  readonly ok?: (status: number) => boolean;
  /** This call's credentials; `false` for calls that carry their own (a token grant). Default: the client's. */
  readonly auth?: RequestAuthorizer | false;
  readonly timeoutMs?: number;
  /**
   * Whether the call may change what the platform holds, as far as this process reads it; default: every
   * method but GET, HEAD and OPTIONS. A token exchange (a login) does not, nor does removing a creation
   * marker (reads drop markers).
   */
  readonly changesState?: boolean;
}

export class PlatformHttpClient {
  readonly platform: PlatformName;
  readonly baseUrl: string;
  readonly redactor: Redactor;
  readonly #options: PlatformHttpClientOptions;
  readonly #retry: RetryOptions;
  readonly #logger: Logger;
  readonly #agents: Agents;
  readonly #axios: AxiosInstance;
  readonly #secretFields: readonly string[];
  readonly #origin: string;
  readonly #clock = new PlatformClock();
  #changes = 0;

  constructor(options: PlatformHttpClientOptions) {
    this.platform = options.platform;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#origin = new URL(this.baseUrl).origin;
    this.redactor = options.redactor ?? new Redactor();
    this.#options = options;
    this.#retry = { ...DEFAULT_RETRY_OPTIONS, ...options.retry };
    this.#logger = redactingLogger(options.logger ?? noopLogger, this.redactor);
    this.#agents = createAgents(options.tls);
    this.#secretFields = [...DEFAULT_SECRET_FIELDS, ...(options.secretFields ?? [])];
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(this.baseUrl).hostname);
    this.#axios = axiosModule().create({
      // Status handling, body parsing and redirects are ours: every status reaches the retry logic, bodies
      // stay raw text until secrets are registered, and credentials never follow a redirect elsewhere.
      validateStatus: () => true,
      responseType: 'text',
      transformResponse: [(data: unknown) => data],
      maxRedirects: 0,
      transitional: { clarifyTimeoutError: true, silentJSONParsing: true, forcedJSONParsing: false },
      // A proxy from the environment must not intercept loopback platforms (the emulators).
      ...(loopback ? { proxy: false as const } : {}),
    });
  }

  /**
   * Now by the platform's clock: this machine's time plus the offset measured from the Date header of the
   * last answer (any answer, errors included); this machine's time before any answer had one.
   */
  platformNow(): Date {
    return this.#clock.now();
  }

  /** Milliseconds the platform's clock runs ahead of this machine's, as last measured; undefined before. */
  get platformClockOffsetMs(): number | undefined {
    return this.#clock.offsetMs;
  }

  /** Registers a secret learned outside a call (a configured password, a token read from a file). */
  registerSecret(secret: string | null | undefined): void {
    this.redactor.register(secret);
  }

  /** Builds a PlatformError for this platform (redacted), e.g. for an answer that lacks a field. */
  error(details: Omit<PlatformErrorDetails, 'platform'>): PlatformError {
    return new PlatformError({ platform: this.platform, ...details }, this.redactor);
  }

  /**
   * State-changing calls sent so far, counted when each is sent and again when it settles: what this
   * process read from the platform before the count last moved may no longer hold.
   */
  get changes(): number {
    return this.#changes;
  }

  /** Sends the call, retrying as the policy allows; answers the success response or throws PlatformError. */
  async request<Body = unknown>(call: PlatformCall): Promise<PlatformResponse<Body>> {
    if (!(call.changesState ?? !['GET', 'HEAD', 'OPTIONS'].includes(call.method))) return this.#request<Body>(call);
    this.#changes += 1;
    try {
      return await this.#request<Body>(call);
    } finally {
      this.#changes += 1;
    }
  }

  async #request<Body>(call: PlatformCall): Promise<PlatformResponse<Body>> {
    this.redactor.registerAll(call.secrets ?? []);
    const url = this.#url(call);
    const body = this.#body(call);
    const idempotent = call.idempotent ?? isIdempotentMethod(call.method);
    const auth = call.auth === false ? undefined : (call.auth ?? this.#options.auth);
    const timeoutMs = call.timeoutMs ?? this.#options.timeoutMs ?? 30_000;
    const route = call.route ?? this.redactor.redact(new URL(url).pathname);
    const fields = { platform: this.platform, operation: call.operation, method: call.method, route };

    let attempts = 0;
    let retries = 0;
    let refreshed = false;
    for (;;) {
      if (call.signal?.aborted) throw this.error({ operation: call.operation, kind: 'aborted', platformMessage: 'cancelled', attempts });
      const headers = await this.#headers(call, body, auth);
      attempts += 1;
      const started = performance.now();
      const outcome = await this.#send(call, url, headers, body.data, timeoutMs, idempotent ? this.#agents.reused : this.#agents.fresh);
      const durationMs = Math.round(performance.now() - started);

      if (outcome.kind === 'response') {
        const response = outcome.response;
        this.#logger.debug(`${call.method} ${route} ${response.status}`, { ...fields, status: response.status, attempt: attempts, duration_ms: durationMs });
        if ((call.ok ?? is2xx)(response.status)) return response as PlatformResponse<Body>;
        if (response.status === 401 && auth?.refresh !== undefined && !refreshed) {
          refreshed = true;
          if (await auth.refresh(call.signal, headers)) continue; // a 401 means nothing was done, so even a create may be repeated
        }
        const kind = this.#options.classifyFailure?.(response) ?? kindForStatus(response.status);
        const message = this.#options.parseError(response);
        const retryAfterMs = parseRetryAfter(response.headers['retry-after']);
        const failure = this.error({
          ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
          operation: call.operation,
          kind,
          status: response.status,
          attempts,
          ...(message === undefined ? {} : { platformMessage: message.message }),
          ...(message?.code === undefined ? {} : { platformCode: message.code }),
          ...(message?.field === undefined ? {} : { field: message.field }),
        });
        if (kind !== 'transient' || !idempotent) throw failure;
        if (retryAfterMs !== undefined && retryAfterMs > this.#retry.maxRetryAfterMs) throw failure;
        retries = await this.#wait(call, fields, retries, attempts, failure, retryAfterMs);
        continue;
      }

      if (outcome.kind === 'aborted') throw this.error({ operation: call.operation, kind: 'aborted', platformMessage: 'cancelled', attempts });
      const { code } = outcome;
      this.#logger.debug(`${call.method} ${route} failed: ${code}`, { ...fields, error: code, attempt: attempts, duration_ms: durationMs });
      const failure = this.error({
        operation: call.operation,
        kind: kindForNetworkCode(code),
        networkCode: code,
        platformMessage: describeNetworkFailure(code, timeoutMs),
        attempts,
      });
      if (failure.kind !== 'transient' || !(idempotent || neverDelivered(code))) throw failure;
      retries = await this.#wait(call, fields, retries, attempts, failure, undefined);
    }
  }

  /** Closes kept-alive connections; the client must not be used afterwards. */
  close(): void {
    this.#agents.destroy();
  }

  /** Waits before the next retry, or throws `failure` when retries are used up or the call is aborted. */
  async #wait(
    call: PlatformCall,
    fields: Record<string, string>,
    retries: number,
    attempts: number,
    failure: PlatformError,
    retryAfterMs: number | undefined,
  ): Promise<number> {
    if (retries + 1 >= this.#retry.maxAttempts) throw failure;
    const retry = retries + 1;
    const delayMs = retryAfterMs ?? backoffDelay(retry, this.#retry);
    this.#logger.warn(`retrying ${call.method} ${fields['route']} after a transient failure`, {
      ...fields,
      attempt: attempts,
      status: failure.status,
      error: failure.networkCode,
      delay_ms: delayMs,
      retry_after: retryAfterMs !== undefined,
    });
    if (!(await abortableSleep(delayMs, call.signal))) {
      throw this.error({ operation: call.operation, kind: 'aborted', platformMessage: 'cancelled', attempts });
    }
    return retry;
  }

  async #send(
    call: PlatformCall,
    url: string,
    headers: Record<string, string>,
    data: string | undefined,
    timeoutMs: number,
    agents: AgentPair,
  ): Promise<{ kind: 'response'; response: PlatformResponse } | { kind: 'aborted' } | { kind: 'network'; code: string }> {
    let raw: AxiosResponse<string>;
    const sentAtMs = Date.now();
    try {
      raw = await this.#axios.request<string>({
        method: call.method,
        url,
        headers,
        timeout: timeoutMs,
        httpAgent: agents.httpAgent,
        httpsAgent: agents.httpsAgent,
        ...(data === undefined ? {} : { data }),
        ...(call.signal === undefined ? {} : { signal: call.signal }),
      });
    } catch (error) {
      // Only the code is kept: the axios error holds the request config, headers and body.
      const axios = axiosModule();
      if (axios.isCancel(error) || call.signal?.aborted) return { kind: 'aborted' };
      const code = axios.isAxiosError(error) ? error.code : (error as NodeJS.ErrnoException | undefined)?.code;
      return { kind: 'network', code: code ?? 'UNKNOWN' };
    }
    const responseHeaders: Record<string, string> = {};
    for (const [name, value] of Object.entries(raw.headers)) {
      if (value !== undefined && value !== null) responseHeaders[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    }
    this.#clock.observe(responseHeaders['date'], sentAtMs, Date.now());
    const text = typeof raw.data === 'string' ? raw.data : String(raw.data ?? '');
    const body = parseResponseBody(text, responseHeaders['content-type']);
    this.#registerBodySecrets(body);
    return { kind: 'response', response: { status: raw.status, headers: responseHeaders, text, body } };
  }

  /** The call's full URL; an absolute URL must stay on the platform's origin (credentials go with it). */
  #url(call: PlatformCall): string {
    const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(call.path);
    const url = new URL(absolute ? call.path : `${this.baseUrl}/${call.path.replace(/^\/+/, '')}`);
    if (url.origin !== this.#origin) {
      throw this.error({ operation: call.operation, kind: 'failed', platformMessage: `refusing to send credentials to ${url.origin}, which is not ${this.#origin}` });
    }
    for (const [key, value] of Object.entries(call.query ?? {})) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
    }
    return url.toString();
  }

  #body(call: PlatformCall): { data?: string; contentType?: string } {
    if (call.json !== undefined) {
      this.redactor.registerAll(findSecretValues(call.json, this.#secretFields));
      this.redactor.registerAll(this.#options.findSecrets?.(call.json) ?? []);
      return { data: JSON.stringify(call.json), contentType: 'application/json' };
    }
    if (call.form !== undefined) {
      const form = new URLSearchParams(call.form as Record<string, string>);
      this.redactor.registerAll(findSecretValues(form, this.#secretFields));
      return { data: form.toString(), contentType: 'application/x-www-form-urlencoded' };
    }
    return {};
  }

  async #headers(call: PlatformCall, body: { contentType?: string }, auth: RequestAuthorizer | undefined): Promise<Record<string, string>> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      ...(body.contentType === undefined ? {} : { 'Content-Type': body.contentType }),
      ...this.#options.headers,
      ...call.headers,
      ...(auth === undefined ? {} : await auth.headers(call.signal)),
    };
    for (const [name, value] of Object.entries(headers)) {
      if (SECRET_HEADERS.includes(name.toLowerCase())) this.redactor.registerAll(secretsInHeader(value));
    }
    return headers;
  }

  #registerBodySecrets(body: unknown): void {
    this.redactor.registerAll(findSecretValues(body, this.#secretFields));
    this.redactor.registerAll(this.#options.findSecrets?.(body) ?? []);
  }
}

function is2xx(status: number): boolean {
  return status >= 200 && status < 300;
}

/** Builds the HTTP client of one platform endpoint. */
export function createPlatformHttpClient(options: PlatformHttpClientOptions): PlatformHttpClient {
  return new PlatformHttpClient(options);
}
