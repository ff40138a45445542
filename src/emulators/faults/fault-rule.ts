// What can go wrong between a client and the platform, as a rule the admin API accepts as JSON:
// "the next 2 GETs on /v2/service_auth_tokens answer 503 with Retry-After: 1" is
// `{"effect":"status","status":503,"retryAfter":1,"method":"GET","route":"/v2/service_auth_tokens","times":2}`.

/** Statuses a proxy or an overloaded platform answers; the clients must treat them as transient. */
export const FAULT_STATUSES = [429, 502, 503, 504] as const;
export type FaultStatus = (typeof FAULT_STATUSES)[number];

export type FaultEffect =
  /** Delays the request by `ms`, then lets it through (to the platform, or to another fault). */
  | { readonly effect: 'latency'; readonly ms: number }
  /**
   * Answers instead of the platform. `retryAfter` is sent as `Retry-After`: a number of seconds, or a
   * string sent verbatim (an HTTP-date). `body` defaults to the status text as plain text.
   */
  | {
      readonly effect: 'status';
      readonly status: FaultStatus;
      readonly retryAfter?: number | string;
      readonly body?: string;
      readonly contentType?: string;
    }
  /** Destroys the connection without answering (the client sees ECONNRESET / "socket hang up"). */
  | { readonly effect: 'reset' }
  /**
   * Lets the platform handle the request (a create creates), then destroys the connection instead of
   * sending its answer: the lost answer a client must not take for "nothing happened".
   */
  | { readonly effect: 'lose-answer' }
  /**
   * Lets the platform handle the request (a create creates), then holds its answer back for `ms`: an
   * object that exists while the client still waits, e.g. for a process killed before the answer came.
   */
  | { readonly effect: 'delay-answer'; readonly ms: number };

export interface FaultScope {
  /** Only requests with this method (any case). */
  readonly method?: string;
  /** Only requests matching this route pattern exactly as the platform registered it, e.g. `/v2/service_auth_tokens/:guid`. */
  readonly route?: string;
  /** Apply to at most this many matching requests, then the rule is gone. Unlimited when absent. */
  readonly times?: number;
  /** Probability (0..1) that a matching request is hit; 1 when absent. */
  readonly rate?: number;
  /** Seed for the rule's random draws, so a rate below 1 hits the same requests on every run. */
  readonly seed?: number;
}

export type FaultRuleSpec = FaultEffect & FaultScope;

/** A rule as the injector holds it: with an id, and what remains of `times`. */
export type FaultRule = FaultRuleSpec & { readonly id: string; readonly remaining?: number; readonly hits: number };

/** Checks a rule that came in as JSON; returns the reason it is invalid, or undefined. */
export function invalidFaultRule(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return 'a fault rule must be a JSON object';
  const rule = input as Record<string, unknown>;
  switch (rule['effect']) {
    case 'latency':
      if (typeof rule['ms'] !== 'number' || !(rule['ms'] >= 0)) return 'latency needs "ms" >= 0';
      break;
    case 'status':
      if (!FAULT_STATUSES.includes(rule['status'] as FaultStatus)) return `status must be one of ${FAULT_STATUSES.join(', ')}`;
      if (rule['retryAfter'] !== undefined && typeof rule['retryAfter'] !== 'number' && typeof rule['retryAfter'] !== 'string') {
        return '"retryAfter" must be seconds or an HTTP-date string';
      }
      if (rule['body'] !== undefined && typeof rule['body'] !== 'string') return '"body" must be a string';
      if (rule['contentType'] !== undefined && typeof rule['contentType'] !== 'string') return '"contentType" must be a string';
      break;
    case 'delay-answer':
      if (typeof rule['ms'] !== 'number' || !(rule['ms'] >= 0)) return 'delay-answer needs "ms" >= 0';
      break;
    case 'reset':
    case 'lose-answer':
      break;
    default:
      return '"effect" must be "latency", "status", "reset", "lose-answer" or "delay-answer"';
  }
  if (rule['method'] !== undefined && typeof rule['method'] !== 'string') return '"method" must be a string';
  if (rule['route'] !== undefined && (typeof rule['route'] !== 'string' || !rule['route'].startsWith('/'))) {
    return '"route" must be a route pattern starting with "/"';
  }
  if (rule['times'] !== undefined && !(Number.isInteger(rule['times']) && (rule['times'] as number) > 0)) return '"times" must be an integer > 0';
  if (rule['rate'] !== undefined && !(typeof rule['rate'] === 'number' && rule['rate'] >= 0 && rule['rate'] <= 1)) return '"rate" must be within 0..1';
  if (rule['seed'] !== undefined && !Number.isInteger(rule['seed'])) return '"seed" must be an integer';
  return undefined;
}
