// Coalesces the lookups that concurrent RPCs make into one bulk call. Terraform refreshes resources ten
// at a time, each in its own ReadResource; a provider holding one loader in its configured data turns
// those into a single list call per window instead of one GET per token.
export interface BatchLoaderOptions<K> {
  /** How long to collect keys after the first one arrives. Default 2 ms: one turn of Terraform's RPC burst. */
  windowMs?: number;
  /** Start a batch early once this many keys are waiting. */
  maxBatchSize?: number;
  /** Identity of a key, for de-duplication; default String(key). */
  keyOf?: (key: K) => string;
}

/**
 * `loadMany` answers for every key it was asked about: a value, or undefined for "does not exist".
 * Keys missing from its map count as undefined. A rejection fails every caller of that batch.
 */
export type LoadMany<K, V> = (keys: K[], signal: AbortSignal) => Promise<Map<string, V | undefined>>;

interface Waiter<V> {
  resolve(v: V | undefined): void;
  reject(e: unknown): void;
  signal?: AbortSignal;
}

export class BatchLoader<K, V> {
  private pending = new Map<string, { key: K; waiters: Waiter<V>[] }>();
  private timer: NodeJS.Timeout | undefined;
  private readonly windowMs: number;
  private readonly maxBatchSize: number;
  private readonly keyOf: (key: K) => string;

  constructor(
    private readonly loadMany: LoadMany<K, V>,
    options: BatchLoaderOptions<K> = {},
  ) {
    this.windowMs = options.windowMs ?? 2;
    this.maxBatchSize = options.maxBatchSize ?? Infinity;
    this.keyOf = options.keyOf ?? ((k) => String(k));
  }

  load(key: K, signal?: AbortSignal): Promise<V | undefined> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<V | undefined>((resolve, reject) => {
      const id = this.keyOf(key);
      const entry = this.pending.get(id) ?? { key, waiters: [] };
      entry.waiters.push({ resolve, reject, ...(signal ? { signal } : {}) });
      this.pending.set(id, entry);
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      if (this.pending.size >= this.maxBatchSize) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.windowMs);
    });
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = new Map();
    if (batch.size === 0) return;
    // The bulk call is cancelled only when every caller waiting on it has been cancelled.
    const controller = new AbortController();
    const waiters = [...batch.values()].flatMap((e) => e.waiters);
    const signals = waiters.map((w) => w.signal);
    if (signals.every((s) => s !== undefined)) {
      const abortIfAll = () => {
        if (signals.every((s) => s!.aborted)) controller.abort(signals[0]!.reason);
      };
      for (const s of signals) s!.addEventListener('abort', abortIfAll, { once: true });
    }
    // Whatever loadMany does — throw synchronously, reject, or answer something that is not a Map — every
    // caller of this batch settles: none may hang, and nothing may escape as an unhandled error.
    Promise.resolve()
      .then(() => this.loadMany([...batch.values()].map((e) => e.key), controller.signal))
      .then((results) => {
        if (!(results instanceof Map)) throw new TypeError('BatchLoader: loadMany must resolve to a Map');
        for (const [id, entry] of batch) for (const w of entry.waiters) w.resolve(results.get(id));
      })
      .catch((err: unknown) => {
        for (const w of waiters) w.reject(err);
      });
  }
}
