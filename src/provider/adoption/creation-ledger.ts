// What one provider process knows about the tokens its creates made, for the creation markers to work:
//   - which tokens it has handed to Terraform (or is about to): a create looking for tokens an interrupted
//     earlier create left behind must never take one of these, even when its configuration is the same;
//   - which create calls are in flight: a token carrying one of their markers is theirs, whatever its
//     configuration key says, although its answer has not arrived yet;
//   - which markers still wait to be removed. A marker stays on a new token until Terraform has shown it
//     holds the token: when Terraform closes the provider at the end of the apply (it does so only after
//     it has recorded every result), or, if that never happens (Terraform or the provider killed), when a
//     later run refreshes the token from its state. A token still carrying its marker after that was
//     never recorded anywhere: an orphan, which the next create of the same configuration finds.
export type MarkerRemoval = (signal: AbortSignal) => Promise<void>;

export interface SettleOutcome {
  readonly removed: number;
  readonly failed: number;
  /** Not tried before the close's time ran out: the next refresh removes them. */
  readonly left: number;
}

/**
 * Removals in flight at once. Thousands started together contend on the platform until the close's time
 * is up and almost none finishes (2 of 5,000 measured); Terraform's own parallelism is 10.
 */
const REMOVALS_AT_ONCE = 10;

export class CreationLedger {
  readonly #claimed = new Set<string>();
  readonly #inFlight = new Set<string>();
  readonly #unconfirmed = new Map<string, MarkerRemoval>();

  /** Takes `key` (platform and id) for this process; false when a create here already took it. */
  claim(key: string): boolean {
    if (this.#claimed.has(key)) return false;
    this.#claimed.add(key);
    return true;
  }

  isClaimed(key: string): boolean {
    return this.#claimed.has(key);
  }

  /** A create call of this process, by its marker's call part, is under way until `end` is called. */
  begin(call: string): () => void {
    this.#inFlight.add(call);
    return () => this.#inFlight.delete(call);
  }

  /** Whether a create call of this process made (or is making) the token carrying this call part. */
  isInFlight(call: string | undefined): boolean {
    return call !== undefined && this.#inFlight.has(call);
  }

  /** The marker of `key` is to be removed once Terraform closes the provider. */
  removeMarkerAtClose(key: string, removal: MarkerRemoval): void {
    this.claim(key);
    this.#unconfirmed.set(key, removal);
  }

  /** Nothing left to do for `key` (its marker is gone, or the token is). */
  forget(key: string): void {
    this.#unconfirmed.delete(key);
  }

  get waiting(): number {
    return this.#unconfirmed.size;
  }

  /**
   * Terraform has recorded every result: remove the markers, a few at a time, until `signal` ends the
   * close. One that fails or is not reached stays on its token until the next refresh removes it; that is
   * only cosmetic now that the token is in the state.
   */
  async removeMarkers(signal: AbortSignal): Promise<SettleOutcome> {
    const waiting = [...this.#unconfirmed.values()];
    this.#unconfirmed.clear();
    let next = 0;
    let removed = 0;
    let failed = 0;
    const removeInTurn = async (): Promise<void> => {
      while (next < waiting.length && !signal.aborted) {
        const removal = waiting[next++]!;
        try {
          await removal(signal);
          removed++;
        } catch {
          failed++;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(REMOVALS_AT_ONCE, waiting.length) }, removeInTurn));
    return { removed, failed, left: waiting.length - removed - failed };
  }
}
