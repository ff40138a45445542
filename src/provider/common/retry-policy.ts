// How often and how long a client retries a transient failure: exponential backoff with jitter, or the
// platform's Retry-After when it gives one, within caps.

export interface RetryOptions {
  /** Requests in all, the first included; 1 turns retries off. */
  readonly maxAttempts: number;
  /** Backoff before the first retry; doubles for each further one. */
  readonly baseDelayMs: number;
  /** Backoff never exceeds this. */
  readonly maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the call fails at once with the platform's answer. */
  readonly maxRetryAfterMs: number;
  /** 0..1; jitter source (tests pass a constant). */
  readonly random: () => number;
}

// Eight attempts: at a 20% failure rate (an overloaded platform behind a flaky gateway) a call still fails
// only once in ~400,000, so an apply of hundreds of tokens (thousands of calls) completes; the waits
// add up to about 15 s at worst (backoff is capped, and Retry-After is honoured).
export const DEFAULT_RETRY_OPTIONS: RetryOptions = {
  maxAttempts: 8,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
  random: Math.random,
};

/**
 * Backoff before retry number `retry` (1 for the first retry): half the exponential delay fixed, half
 * random ("equal jitter"), so clients that failed together do not retry together, yet never retry at once.
 */
export function backoffDelay(retry: number, options: RetryOptions): number {
  const exponential = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retry - 1));
  return Math.round(exponential / 2 + options.random() * (exponential / 2));
}

/** Idempotent by HTTP semantics; callers override per call (e.g. a revoke PATCH that is safe to repeat). */
export function isIdempotentMethod(method: string): boolean {
  return ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'].includes(method.toUpperCase());
}
