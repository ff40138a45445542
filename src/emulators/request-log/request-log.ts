// Every platform request an emulator received (admin API calls excluded), including those answered by an
// injected fault, with counts per route, so a test can assert how many API calls an operation made.

export type RequestOutcome =
  /** The platform's handler (or its 404/405) answered. */
  | { readonly kind: 'answered'; readonly status: number }
  /** An injected fault answered with this status instead of the platform. */
  | { readonly kind: 'fault-status'; readonly status: number }
  /** An injected fault destroyed the connection. */
  | { readonly kind: 'fault-reset' }
  /** The platform handled the request, then the connection was dropped instead of answering. */
  | { readonly kind: 'fault-lost-answer'; readonly status: number }
  /** The client went away, or the handler failed, before an answer was sent. */
  | { readonly kind: 'aborted' };

export interface RequestLogEntry {
  /** 1, 2, 3… since the last reset. */
  readonly sequence: number;
  /** ISO timestamp (real time, not the emulator clock) when the request arrived. */
  readonly receivedAt: string;
  readonly method: string;
  /** Path and query as sent. */
  readonly url: string;
  /** `METHOD /route/:pattern`; `METHOD (unmatched)` when no route's path matched. */
  readonly route: string;
  /** Which TCP connection carried it (1, 2, 3… per emulator), to tell kept-alive reuse from new connections. */
  readonly connection: number;
  /** Injected latency, in ms, that delayed this request. */
  readonly delayMs: number;
  readonly outcome: RequestOutcome;
  readonly durationMs: number;
}

export interface RequestLogSnapshot {
  readonly total: number;
  /** Requests per route, e.g. `{"GET /v2/service_auth_tokens/:guid": 2}`. */
  readonly counts: Readonly<Record<string, number>>;
  /** Oldest first; only the most recent entries are kept (see RequestLog's limit). */
  readonly entries: readonly RequestLogEntry[];
}

export const UNMATCHED_ROUTE = '(unmatched)';

export class RequestLog {
  readonly #entries: RequestLogEntry[] = [];
  readonly #counts = new Map<string, number>();
  readonly #limit: number;
  #sequence = 0;

  constructor(limit = 10_000) {
    this.#limit = limit;
  }

  /** Assigns the sequence number; counts include the request from this moment on. */
  record(entry: Omit<RequestLogEntry, 'sequence'>): RequestLogEntry {
    const full: RequestLogEntry = { sequence: ++this.#sequence, ...entry };
    this.#entries.push(full);
    if (this.#entries.length > this.#limit) this.#entries.shift();
    this.#counts.set(full.route, (this.#counts.get(full.route) ?? 0) + 1);
    return full;
  }

  count(route: string): number {
    return this.#counts.get(route) ?? 0;
  }

  snapshot(): RequestLogSnapshot {
    return { total: this.#sequence, counts: Object.fromEntries(this.#counts), entries: [...this.#entries] };
  }

  reset(): void {
    this.#entries.length = 0;
    this.#counts.clear();
    this.#sequence = 0;
  }
}
