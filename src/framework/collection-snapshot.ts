// Lookups by key answered from one listing of the whole collection, for the duration of one Terraform
// operation. Terraform refreshes resources ten at a time, each in its own ReadResource, and keeps going
// as answers come back: coalescing only the reads that arrive together (one list per burst) would still
// make a hundred list calls for a thousand tokens. So the first burst lists everything (all pages) and
// every later read of the operation is answered from that listing.
//
// What keeps a listing true:
//   - it is one operation's: hold one per configured provider (ConfigureProvider starts every walk, and
//     Terraform starts a new provider process for each), so the next operation lists again;
//   - `version` is the count of state-changing calls this process has sent to the platform: a write
//     after the listing began (a create, an update, a revoke) makes it stale, and the next read lists
//     again;
//   - a key the listing lacks is gone only when the listing shows everything the caller may read
//     (`absentMeansGone`); otherwise it is read on its own;
//   - a lone read (a burst of one) is a single read, not a listing of everything;
//   - when listing fails, each read falls back to a single read of its own, which answers or fails as
//     it always would, and the rest of the operation reads singly;
//   - a platform whose single read cannot be trusted to tell "gone" from "hidden from this caller" gives
//     no `read`: every read then goes through a listing (a lone one too), and a failed listing fails the
//     reads waiting on it, as a failed single read would.
import { BatchLoader } from './batch-loader';

export interface CollectionSnapshotOptions<V> {
  /** Every object of the collection the caller may read, all pages. */
  list(signal: AbortSignal): Promise<Iterable<V>>;
  keyOf(value: V): string;
  /** One object by key, undefined when it does not exist (or no longer counts as existing). Absent: see above. */
  read?(key: string, signal: AbortSignal): Promise<V | undefined>;
  /** A counter that moves with every state-changing call to the platform. */
  version(): number;
  /** Whether a key the listing lacks is gone, asked after each listing; default: it is. */
  absentMeansGone?(): boolean;
  /** How long the first reads of a burst wait for the rest of it. Default 2 ms. */
  windowMs?: number;
}

interface Listing<V> {
  readonly version: number;
  readonly byKey: ReadonlyMap<string, V>;
  readonly absentMeansGone: boolean;
}

/** Per key: the answer, or "read it on its own". */
type Answer<V> = { readonly found: V | undefined } | { readonly readAlone: true };

const NEVER_ABORTED = new AbortController().signal;

export class CollectionSnapshot<V> {
  readonly #options: CollectionSnapshotOptions<V>;
  readonly #bursts: BatchLoader<string, Answer<V>>;
  #listing: Listing<V> | undefined;
  #inFlight: { readonly version: number; readonly listing: Promise<Listing<V>> } | undefined;
  #listingFails = false;

  constructor(options: CollectionSnapshotOptions<V>) {
    this.#options = options;
    this.#bursts = new BatchLoader((keys, signal) => this.#answerBurst(keys, signal), { windowMs: options.windowMs ?? 2 });
  }

  /** The object with this key, or undefined when it does not exist. */
  async find(key: string, signal?: AbortSignal): Promise<V | undefined> {
    const listing = this.#current();
    const answer =
      listing !== undefined ? answerFrom(listing, key) : this.#listingFails ? undefined : await this.#bursts.load(key, signal);
    if (answer !== undefined && 'found' in answer) return answer.found;
    // Only a snapshot with a single read answers "read it alone".
    return this.#options.read!(key, signal ?? NEVER_ABORTED);
  }

  /** The listing, if one was made since the last state-changing call. */
  #current(): Listing<V> | undefined {
    const listing = this.#listing;
    return listing !== undefined && listing.version === this.#options.version() ? listing : undefined;
  }

  async #answerBurst(keys: string[], signal: AbortSignal): Promise<Map<string, Answer<V>>> {
    let listing = this.#current();
    if (listing === undefined) {
      const canReadAlone = this.#options.read !== undefined;
      if (canReadAlone && (this.#listingFails || (keys.length === 1 && this.#inFlight === undefined))) return new Map(keys.map((k) => [k, { readAlone: true }]));
      try {
        listing = await this.#list(signal);
      } catch (error) {
        if (signal.aborted || !canReadAlone) throw error;
        this.#listingFails = true;
        return new Map(keys.map((k) => [k, { readAlone: true }]));
      }
    }
    return new Map(keys.map((k) => [k, answerFrom(listing!, k)]));
  }

  /** One listing at a time; kept for later reads unless the platform changed while it was made. */
  #list(signal: AbortSignal): Promise<Listing<V>> {
    const version = this.#options.version();
    if (this.#inFlight !== undefined && this.#inFlight.version === version) return this.#inFlight.listing;
    const listing = this.#options.list(signal).then((items) => {
      const byKey = new Map<string, V>();
      for (const item of items) byKey.set(this.#options.keyOf(item), item);
      // Without a single read, what the listing lacks can only be gone.
      return { version, byKey, absentMeansGone: this.#options.read === undefined || (this.#options.absentMeansGone?.() ?? true) };
    });
    const inFlight = { version, listing };
    this.#inFlight = inFlight;
    const settle = () => {
      if (this.#inFlight === inFlight) this.#inFlight = undefined;
    };
    listing.then((made) => {
      settle();
      if (made.version === this.#options.version()) this.#listing = made;
    }, settle);
    return listing;
  }
}

function answerFrom<V>(listing: Listing<V>, key: string): Answer<V> {
  const found = listing.byKey.get(key);
  return found !== undefined || listing.absentMeansGone ? { found } : { readAlone: true };
}
