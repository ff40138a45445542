// Lists in both VMS forms: the plain array (one call) and DRF pages followed by `next` to the end with the
// filters kept, including thousands of tokens.
import { hashSecret, rfc3339 } from '../../../src/emulators/vms/api-token-store';
import { captureLogger } from '../../support/client';
import { startVmsClientFixture, type VmsClientFixture } from './vms-fixture';

describe('VMS client paging', () => {
  let f: VmsClientFixture;
  beforeAll(async () => {
    f = await startVmsClientFixture();
  });
  afterAll(() => f.stop());
  beforeEach(() => f.vms.admin.reset());
  afterEach(() => f.closeAll());

  /** Puts `count` tokens of `owner` straight into the emulator's state (no API has a bulk create). */
  function seed(count: number, owner: string): string[] {
    return f.vms.context.state.update((s) => {
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        const id = `${owner.slice(0, 2)}${String(i).padStart(6, '0')}`;
        s.apiTokens[id] = {
          id,
          serial: s.nextSerial++,
          name: `${owner}-${i}`,
          owner,
          secret_sha256: hashSecret(id),
          created: rfc3339(f.vms.context.clock.nowMs()),
          expiry_date: null,
          last_used: null,
          revoked: i % 10 === 9,
          revocation_time: null,
        };
        ids.push(id);
      }
      return ids;
    });
  }

  test('without a page size: one plain-array answer', async () => {
    const ids = seed(7, 'alice');
    const tokens = await f.client(f.basic('admin')).listApiTokens({ archived: true });
    expect(tokens.map((t) => t.id)).toEqual(ids);
    expect((await f.vms.admin.requests()).entries.map((e) => e.url)).toEqual(['/api/v5/apitokens/?archived=true']);
  });

  test('with a page size: DRF pages followed by `next` to the end, filters kept on every page', async () => {
    const ids = seed(7, 'alice');
    seed(3, 'bob');
    const tokens = await f.client(f.basic('admin'), { pageSize: 2 }).listApiTokens({ owner: 'alice', archived: true });
    expect(tokens.map((t) => t.id)).toEqual(ids);
    expect((await f.vms.admin.requests()).entries.map((e) => e.url)).toEqual([
      '/api/v5/apitokens/?owner=alice&archived=true&page_size=2',
      '/api/v5/apitokens/?archived=true&owner=alice&page=2&page_size=2',
      '/api/v5/apitokens/?archived=true&owner=alice&page=3&page_size=2',
      '/api/v5/apitokens/?archived=true&owner=alice&page=4&page_size=2',
    ]);
  });

  test('an empty list is one page either way', async () => {
    expect(await f.client(f.basic('admin'), { pageSize: 50 }).listApiTokens()).toEqual([]);
    expect(await f.client(f.basic('admin')).listApiTokens()).toEqual([]);
    expect(await f.vms.admin.count('GET /api/:version/apitokens/')).toBe(2);
  });

  test('thousands of tokens: 2,500 in 3 pages of 1,000, or 1 plain answer', async () => {
    const ids = [...seed(1_500, 'alice'), ...seed(1_000, 'bob')];
    const paged = await f.client(f.basic('admin'), { pageSize: 1_000 }).listApiTokens({ archived: true });
    expect(paged.map((t) => t.id)).toEqual(ids);
    expect(await f.vms.admin.count('GET /api/:version/apitokens/')).toBe(3);
    const plain = await f.client(f.basic('admin')).listApiTokens();
    expect(plain).toHaveLength(2_250); // every tenth is revoked
    expect(await f.vms.admin.count('GET /api/:version/apitokens/')).toBe(4);
  });

  test('a page size above the VMS maximum is cut down by the VMS, and the client still reads every page', async () => {
    const ids = seed(1_200, 'alice');
    const tokens = await f.client(f.basic('admin'), { pageSize: 5_000 }).listApiTokens({ archived: true });
    expect(tokens.map((t) => t.id)).toEqual(ids);
    expect(await f.vms.admin.count('GET /api/:version/apitokens/')).toBe(2);
  });

  test('a transient failure on a later page is retried without starting over', async () => {
    seed(5, 'alice');
    // Once the first page has arrived, the next request for this route meets a 502.
    let armed = false;
    const logger = captureLogger((line) => {
      if (!armed && line.level === 'debug' && line.fields?.['status'] === 200) {
        armed = true;
        f.vms.faults.add({ effect: 'status', status: 502, method: 'GET', route: '/api/:version/apitokens/', times: 1 });
      }
    });
    const client = f.client(f.basic('admin'), { pageSize: 3, logger });
    expect(await client.listApiTokens()).toHaveLength(5);
    const { entries } = await f.vms.admin.requests();
    expect(entries.map((e) => [new URL(e.url, 'http://x').searchParams.get('page'), e.outcome.kind])).toEqual([
      [null, 'answered'],
      ['2', 'fault-status'],
      ['2', 'answered'],
    ]);
  });

  test('the page size must be a whole number > 0', () => {
    expect(() => f.client(f.basic('admin'), { pageSize: 0 })).toThrow(RangeError);
  });
});
