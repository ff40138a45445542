import { CollectionSnapshot } from '../../src/framework/collection-snapshot';

interface Token {
  readonly id: string;
  readonly name: string;
}

/** A platform in memory: what is listed and read, and every call made. */
function platform(ids: string[]) {
  const tokens = new Map(ids.map((id) => [id, { id, name: `token ${id}` }]));
  const calls: string[] = [];
  let writes = 0;
  let failList: Error | undefined;
  let failRead: Error | undefined;
  const snapshot = (options: { absentMeansGone?: () => boolean } = {}) =>
    new CollectionSnapshot<Token>({
      list: async () => {
        calls.push('list');
        await new Promise((r) => setTimeout(r, 5));
        if (failList) throw failList;
        return [...tokens.values()];
      },
      keyOf: (t) => t.id,
      read: async (id) => {
        calls.push(`read ${id}`);
        if (failRead) throw failRead;
        return tokens.get(id);
      },
      version: () => writes,
      ...options,
    });
  return {
    tokens,
    calls,
    snapshot,
    write: () => void writes++,
    failLists: (e: Error | undefined) => void (failList = e),
    failReads: (e: Error | undefined) => void (failRead = e),
  };
}

const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `t${from + i}`);

describe('CollectionSnapshot', () => {
  test('concurrent reads of different tokens share one listing; its absences are answers', async () => {
    const p = platform(ids(20));
    const s = p.snapshot();
    const found = await Promise.all([...ids(10), 'gone'].map((id) => s.find(id)));
    expect(found.map((t) => t?.id)).toEqual([...ids(10), undefined]);
    expect(p.calls).toEqual(['list']);
  });

  test('the reads that come later in the operation, in bursts of ten as Terraform sends them, use that listing', async () => {
    const p = platform(ids(1000));
    const s = p.snapshot();
    for (let burst = 0; burst < 100; burst++) {
      const found = await Promise.all(ids(10, burst * 10).map((id) => s.find(id)));
      expect(found.every((t) => t !== undefined)).toBe(true);
    }
    expect(p.calls).toEqual(['list']);
  });

  test('a lone read is one read, not a listing of everything', async () => {
    const p = platform(ids(1000));
    expect((await p.snapshot().find('t7'))?.id).toBe('t7');
    expect(p.calls).toEqual(['read t7']);
  });

  test('a write by this process makes the listing stale: the next reads list again and see it', async () => {
    const p = platform(ids(3));
    const s = p.snapshot();
    await Promise.all(ids(3).map((id) => s.find(id)));
    p.tokens.delete('t1');
    p.write();
    expect(await Promise.all(ids(3).map((id) => s.find(id)))).toEqual([p.tokens.get('t0'), undefined, p.tokens.get('t2')]);
    expect(p.calls).toEqual(['list', 'list']);
  });

  test('a listing during which this process wrote is used by the reads waiting on it, but not kept', async () => {
    const p = platform(ids(3));
    const s = p.snapshot();
    const first = Promise.all(['t0', 't1'].map((id) => s.find(id)));
    await new Promise((r) => setTimeout(r, 3)); // the listing is under way
    p.write();
    expect((await first).map((t) => t?.id)).toEqual(['t0', 't1']);
    await Promise.all(['t0', 't2'].map((id) => s.find(id)));
    expect(p.calls).toEqual(['list', 'list']);
  });

  test('each operation has its own: a token revoked between two operations is gone in the second', async () => {
    const p = platform(ids(3));
    expect((await Promise.all(ids(3).map((id) => p.snapshot().find(id)))).every((t) => t !== undefined)).toBe(true);
    p.tokens.delete('t2'); // out of band: no write by the provider
    const second = p.snapshot();
    expect((await Promise.all(ids(3).map((id) => second.find(id)))).map((t) => t?.id)).toEqual(['t0', 't1', undefined]);
  });

  test('when listing fails, every read falls back to a read of its own, and the rest of the operation reads singly', async () => {
    const p = platform(ids(5));
    const s = p.snapshot();
    p.failLists(new Error('HTTP 403'));
    expect((await Promise.all(['t0', 't1', 'nope'].map((id) => s.find(id)))).map((t) => t?.id)).toEqual(['t0', 't1', undefined]);
    expect((await Promise.all(['t2', 't3'].map((id) => s.find(id)))).map((t) => t?.id)).toEqual(['t2', 't3']);
    expect(p.calls).toEqual(['list', 'read t0', 'read t1', 'read nope', 'read t2', 'read t3']);
  });

  test('…and fails as that read would', async () => {
    const p = platform(ids(5));
    const s = p.snapshot();
    p.failLists(new Error('HTTP 503 after retries'));
    p.failReads(new Error('HTTP 503 show'));
    const settled = await Promise.allSettled(['t0', 't1'].map((id) => s.find(id)));
    expect(settled.map((r) => (r.status === 'rejected' ? (r.reason as Error).message : 'ok'))).toEqual(['HTTP 503 show', 'HTTP 503 show']);
  });

  test('when the listing does not show everything the caller may read, a missing key is read on its own', async () => {
    const p = platform(ids(3));
    p.tokens.delete('t2');
    const hidden = { id: 't2', name: 'listed to nobody' };
    const s = new CollectionSnapshot<Token>({
      list: async () => (p.calls.push('list'), [...p.tokens.values()]),
      keyOf: (t) => t.id,
      read: async (id) => (p.calls.push(`read ${id}`), id === 't2' ? hidden : p.tokens.get(id)),
      version: () => 0,
      absentMeansGone: () => false,
    });
    expect(await Promise.all(ids(3).map((id) => s.find(id)))).toEqual([p.tokens.get('t0'), p.tokens.get('t1'), hidden]);
    expect(p.calls).toEqual(['list', 'read t2']);
  });

  test('a cancelled read stops waiting', async () => {
    const p = platform(ids(3));
    const s = p.snapshot();
    const stop = new AbortController();
    const reads = Promise.allSettled([s.find('t0', stop.signal), s.find('t1', stop.signal)]);
    stop.abort(new Error('Terraform asked the provider to stop'));
    expect((await reads).map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });

  test('without a single read (one that cannot tell gone from hidden), a lone read lists, and a failed listing fails the reads, not the next burst', async () => {
    const p = platform(ids(3));
    const calls: string[] = [];
    let failing: Error | undefined = new Error('the list was made without the session scope');
    const s = new CollectionSnapshot<Token>({
      list: async () => {
        calls.push('list');
        if (failing) throw failing;
        return [...p.tokens.values()];
      },
      keyOf: (t) => t.id,
      version: () => 0,
      absentMeansGone: () => false,
    });
    const settled = await Promise.allSettled(['t0', 't1'].map((id) => s.find(id)));
    expect(settled.map((r) => (r.status === 'rejected' ? (r.reason as Error).message : 'ok'))).toEqual(['the list was made without the session scope', 'the list was made without the session scope']);
    failing = undefined;
    expect((await s.find('t2'))?.id).toBe('t2');
    expect(await s.find('gone')).toBeUndefined();
    expect(calls).toEqual(['list', 'list']);
  });
});
