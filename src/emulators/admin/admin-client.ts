// A typed client for one emulator's admin API (see admin-routes.ts). Works the same against an emulator
// in this process and one started by `authtoken emulate` in another.
import axios, { type AxiosInstance } from 'axios';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { FaultRule, FaultRuleSpec } from '../faults/fault-rule';
import type { RequestLogSnapshot } from '../request-log/request-log';

export interface EmulatorInfo {
  readonly name: string;
  readonly title: string;
  readonly baseUrl: string;
  readonly actions: readonly string[];
}

export class EmulatorAdminClient {
  readonly #http: AxiosInstance;

  /** `adminUrl` ends in `/__emulator`; `caPem` is needed when the emulator serves HTTPS. */
  constructor(
    readonly adminUrl: string,
    options: { caPem?: string } = {},
  ) {
    this.#http = axios.create({
      baseURL: adminUrl,
      timeout: 10_000,
      // No keep-alive: an idle admin connection must never hold a test process open.
      httpAgent: new HttpAgent({ keepAlive: false }),
      httpsAgent: new HttpsAgent({ keepAlive: false, ...(options.caPem === undefined ? {} : { ca: options.caPem }) }),
      validateStatus: () => true,
    });
  }

  info(): Promise<EmulatorInfo> {
    return this.#call('GET', '');
  }

  requests(): Promise<RequestLogSnapshot> {
    return this.#call('GET', '/requests');
  }

  /** Requests for one route, e.g. `GET /v2/service_auth_tokens/:guid`. */
  async count(route: string): Promise<number> {
    return (await this.requests()).counts[route] ?? 0;
  }

  resetRequests(): Promise<void> {
    return this.#call('DELETE', '/requests');
  }

  faults(): Promise<FaultRule[]> {
    return this.#call('GET', '/faults');
  }

  addFault(rule: FaultRuleSpec): Promise<FaultRule> {
    return this.#call('POST', '/faults', rule);
  }

  removeFault(id: string): Promise<void> {
    return this.#call('DELETE', `/faults/${encodeURIComponent(id)}`);
  }

  clearFaults(): Promise<void> {
    return this.#call('DELETE', '/faults');
  }

  state<State = unknown>(): Promise<State> {
    return this.#call('GET', '/state');
  }

  /** Initial state, empty request log, no faults, real time. */
  reset(): Promise<void> {
    return this.#call('POST', '/reset');
  }

  clock(): Promise<{ now: string; offsetMs: number }> {
    return this.#call('GET', '/clock');
  }

  advanceClock(seconds: number): Promise<{ now: string; offsetMs: number }> {
    return this.#call('POST', '/clock', { advanceSeconds: seconds });
  }

  users(): Promise<{ username: string; roles: string[] }[]> {
    return this.#call('GET', '/users');
  }

  putUser(username: string, user: { password?: string; roles?: readonly string[] }): Promise<{ username: string; roles: string[] }> {
    return this.#call('PUT', `/users/${encodeURIComponent(username)}`, user);
  }

  removeUser(username: string): Promise<void> {
    return this.#call('DELETE', `/users/${encodeURIComponent(username)}`);
  }

  /** Runs the platform's out-of-band action `name` and returns its result. */
  async action<Result = unknown>(name: string, input: unknown = {}): Promise<Result> {
    return (await this.#call<{ result: Result }>('POST', `/actions/${encodeURIComponent(name)}`, input)).result;
  }

  async #call<T>(method: string, path: string, data?: unknown): Promise<T> {
    const response = await this.#http.request({ method, url: `${this.adminUrl}${path}`, ...(data === undefined ? {} : { data }) });
    if (response.status >= 300) {
      const message = (response.data as { error?: unknown } | undefined)?.error;
      throw new Error(`emulator admin ${method} ${path}: HTTP ${response.status}${typeof message === 'string' ? `: ${message}` : ''}`);
    }
    return (response.status === 204 ? undefined : response.data) as T;
  }
}
