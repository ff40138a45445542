// Never a blind duplicate: a create whose answer is lost (reset, timeout, a gateway's 502/504) may have
// created the token anyway. Before trying again, look for it — by a natural key or by the creation marker
// — and adopt what is found, with a warning. Only when nothing is there is the create sent again. After
// the last attempt's lost answer it is looked for too: nothing later could otherwise find (and adopt or
// clean up) what that attempt made.
// A create the platform refused outright (429 Too Many Requests, 503 Service Unavailable: the request
// was turned away, nothing was made) is sent again after the wait the platform asked for, or a backoff.
import type { Diagnostics } from '../../framework';
import { abortableSleep } from '../common/abortable-sleep';
import { DEFAULT_RETRY_OPTIONS, PlatformError, backoffDelay, isLostAnswer } from '../common';

export interface CreateWithoutDuplicates<T> {
  /** How messages name the object, e.g. "VMS API token". */
  readonly what: string;
  create(): Promise<T>;
  /** What a lost create may have made, or undefined when there is nothing to adopt. */
  find(): Promise<T | undefined>;
  readonly diagnostics: Diagnostics;
  /** Creates sent at most (default 6). */
  readonly attempts?: number;
  /** Cuts the waits between attempts short (Terraform's StopProvider). */
  readonly signal?: AbortSignal;
  /** Backoff base between attempts after a refusal without Retry-After (default: the clients'). */
  readonly baseDelayMs?: number;
}

/** Statuses with which a platform turns a request away without acting on it. */
const REFUSED_STATUSES = new Set([429, 503]);

/** A transient answer that says nothing was done: safe to send the create again (after waiting). */
export function isRefusal(error: unknown): error is PlatformError {
  return error instanceof PlatformError && error.kind === 'transient' && error.status !== undefined && REFUSED_STATUSES.has(error.status);
}

/** Longest wait for a Retry-After before the refusal is the answer. */
const MAX_RETRY_AFTER_MS = DEFAULT_RETRY_OPTIONS.maxRetryAfterMs;

export async function createWithoutDuplicates<T>(options: CreateWithoutDuplicates<T>): Promise<T> {
  const attempts = options.attempts ?? 6;
  for (let attempt = 1; ; attempt++) {
    try {
      return await options.create();
    } catch (error) {
      if (isRefusal(error)) {
        if (attempt >= attempts || (error.retryAfterMs ?? 0) > MAX_RETRY_AFTER_MS) throw error;
        const delayMs = error.retryAfterMs ?? backoffDelay(attempt, { ...DEFAULT_RETRY_OPTIONS, ...(options.baseDelayMs === undefined ? {} : { baseDelayMs: options.baseDelayMs }) });
        if (!(await abortableSleep(delayMs, options.signal))) throw error;
        continue;
      }
      if (!isLostAnswer(error)) throw error;
      const found = await options.find();
      if (found !== undefined) {
        options.diagnostics.warning(
          `Adopted the ${options.what} a Lost Request Created`,
          `The answer to the create request was lost (${(error as PlatformError).message}), but the ${options.what} it created was found on the platform and is now managed by this resource; no second one was created.`,
        );
        return found;
      }
      if (attempt >= attempts) throw error;
    }
  }
}
