// What an interrupted earlier run left behind (a token still carrying a creation marker of this
// configuration) was there before this operation started, and nothing this operation does can add to it:
// every create of this process is in the ledger. So the check before each create reads one listing per
// operation (per client, and per owner where the platform lists by owner) instead of listing again for
// every create, which made an apply of N tokens cost N listings of up to N tokens.
// A create's own lost answer is never looked up here: what that call made came after the listing, so
// createWithoutDuplicates' lookup lists afresh.
export class ListingAtStart<T> {
  readonly #list: (scope: string, signal: AbortSignal) => Promise<readonly T[]>;
  readonly #listings = new Map<string, Promise<readonly T[]>>();

  constructor(list: (scope: string, signal: AbortSignal) => Promise<readonly T[]>) {
    this.#list = list;
  }

  /** The first listing of `scope` made by this operation; a failed one is not kept, the next caller lists again. */
  get(scope: string, signal: AbortSignal): Promise<readonly T[]> {
    let listing = this.#listings.get(scope);
    if (listing === undefined) {
      const made = this.#list(scope, signal);
      made.catch(() => {
        if (this.#listings.get(scope) === made) this.#listings.delete(scope);
      });
      this.#listings.set(scope, made);
      listing = made;
    }
    return listing;
  }
}
