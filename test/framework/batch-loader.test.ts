import { BatchLoader } from '../../src/framework/batch-loader';

describe('BatchLoader', () => {
  test('concurrent lookups become one bulk call, each caller getting its own answer', async () => {
    const calls: string[][] = [];
    const loader = new BatchLoader<string, number>(async (keys) => {
      calls.push([...keys]);
      return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.length]));
    });
    const results = await Promise.all(['a', 'bb', 'ccc', 'bb', 'missing'].map((k) => loader.load(k)));
    expect(results).toEqual([1, 2, 3, 2, undefined]);
    expect(calls).toEqual([['a', 'bb', 'ccc', 'missing']]); // one call, keys de-duplicated
  });

  test('lookups after a batch has gone out start a new one', async () => {
    let calls = 0;
    const loader = new BatchLoader<string, string>(async (keys) => ((calls += 1), new Map(keys.map((k) => [k, k]))));
    await loader.load('x');
    await loader.load('y');
    expect(calls).toBe(2);
  });

  test('maxBatchSize sends a batch early', async () => {
    const sizes: number[] = [];
    const loader = new BatchLoader<number, number>(async (keys) => (sizes.push(keys.length), new Map(keys.map((k) => [String(k), k]))), { maxBatchSize: 3, windowMs: 50 });
    await Promise.all([1, 2, 3, 4, 5].map((k) => loader.load(k)));
    expect(sizes).toEqual([3, 2]);
  });

  test('a failed bulk call fails every caller of that batch', async () => {
    const loader = new BatchLoader<string, string>(async () => {
      throw new Error('HTTP 503');
    });
    await expect(Promise.all([loader.load('a'), loader.load('b')])).rejects.toThrow('HTTP 503');
  });

  test('a cancelled caller stops waiting; the bulk call is cancelled only when all callers are', async () => {
    let seen: AbortSignal | undefined;
    let release!: () => void;
    const loader = new BatchLoader<string, string>(async (keys, signal) => {
      seen = signal;
      await new Promise<void>((r) => (release = r));
      return new Map(keys.map((k) => [k, k]));
    });
    const a = new AbortController();
    const b = new AbortController();
    const pa = loader.load('a', a.signal);
    const pb = loader.load('b', b.signal);
    await new Promise((r) => setTimeout(r, 10));
    a.abort(new Error('stopped'));
    await expect(pa).rejects.toThrow('stopped');
    expect(seen!.aborted).toBe(false);
    b.abort(new Error('stopped'));
    expect(seen!.aborted).toBe(true);
    release();
    await expect(pb).rejects.toThrow('stopped');
  });
});

describe('BatchLoader when loadMany misbehaves', () => {
  test('a synchronous throw settles every caller, the early ones of a full batch included', async () => {
    const loader = new BatchLoader<number, number>(
      () => {
        throw new Error('sync boom');
      },
      { maxBatchSize: 3 },
    );
    const settled = await Promise.allSettled([1, 2, 3].map((k) => loader.load(k)));
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'rejected']);
  });

  test('an answer that is not a Map rejects every caller instead of escaping', async () => {
    const loader = new BatchLoader<string, string>(async () => ({}) as unknown as Map<string, string>);
    await expect(Promise.all([loader.load('a'), loader.load('b')])).rejects.toThrow('loadMany must resolve to a Map');
  });
});
