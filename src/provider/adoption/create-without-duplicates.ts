// Never a blind duplicate: a create whose answer is lost (reset, timeout) may have created the token
// anyway. Before trying again, look for it — by a natural key or by the creation marker — and adopt
// what is found, with a warning. Only when nothing is there is the create sent again. After the last
// attempt's lost answer it is looked for too: a creation marker is unique to this call, so nothing
// later could ever find (and adopt or clean up) what that attempt made.
import type { Diagnostics } from '../../framework';
import { isLostAnswer, type PlatformError } from '../common';

export interface CreateWithoutDuplicates<T> {
  /** How messages name the object, e.g. "VMS API token". */
  readonly what: string;
  create(): Promise<T>;
  /** What a lost create may have made, or undefined when there is nothing to adopt. */
  find(): Promise<T | undefined>;
  readonly diagnostics: Diagnostics;
  /** Creates sent at most (default 3). */
  readonly attempts?: number;
}

export async function createWithoutDuplicates<T>(options: CreateWithoutDuplicates<T>): Promise<T> {
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return await options.create();
    } catch (error) {
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
