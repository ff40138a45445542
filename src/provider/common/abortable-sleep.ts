// Waiting between retries, cut short when the caller's AbortSignal fires (Terraform's StopProvider).
import { setTimeout as sleep } from 'node:timers/promises';

/** Resolves true after `ms`, or false as soon as `signal` aborts. */
export async function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted) return false;
  try {
    await sleep(ms, undefined, signal === undefined ? {} : { signal });
    return true;
  } catch (error) {
    if ((error as Error).name === 'AbortError') return false;
    throw error;
  }
}
