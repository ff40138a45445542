// One platform's state: a plain JSON-serialisable object held in memory. Every change goes through
// `update`, which persists the new state when a state file is in use, so a change can never be lost by
// forgetting to save.
import type { DeepReadonly } from './deep-readonly';

export type PersistState<State> = (state: State) => void;

export class StateStore<State> {
  #state: State;
  readonly #initial: () => State;
  readonly #persist: PersistState<State> | undefined;

  /** `loaded` is the state read from the state file, if it had this platform's part. */
  constructor(initial: () => State, options: { loaded?: State; persist?: PersistState<State> } = {}) {
    this.#initial = initial;
    this.#persist = options.persist;
    this.#state = options.loaded ?? initial();
  }

  read(): DeepReadonly<State> {
    return this.#state as DeepReadonly<State>;
  }

  /** Runs `change` on the live state, then persists; returns what `change` returns. */
  update<Result>(change: (state: State) => Result): Result {
    const result = change(this.#state);
    this.#persist?.(this.#state);
    return result;
  }

  /** Back to the platform's initial state (an admin reset). */
  reset(): void {
    this.#state = this.#initial();
    this.#persist?.(this.#state);
  }
}
