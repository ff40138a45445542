// Following "next" links to the end over real HTTP, staying on the platform's origin.
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { PlatformError, collectPages, type PlatformHttpClient } from '../../../src/provider/common';
import { testPlatform, type WidgetState } from '../../support/test-platform';
import { widgetClient } from '../../support/client';

interface Page {
  items: string[];
  next: string | null;
}

describe('paging', () => {
  let emulator: RunningEmulator<WidgetState>;
  let client: PlatformHttpClient;
  beforeAll(async () => {
    emulator = await startEmulator(testPlatform());
    client = widgetClient(emulator.baseUrl);
  });
  afterAll(async () => {
    client.close();
    await emulator.stop();
  });
  beforeEach(() => emulator.admin.reset());

  const fetchPage = async (path: string) => (await client.request<Page>({ operation: 'list items', method: 'GET', path, route: '/pages' })).body;

  test('relative next links are followed to the last page', async () => {
    const items = await collectPages({ first: '/pages', fetch: fetchPage, items: (p) => p.items, next: (p) => p.next });
    expect(items).toEqual(['item-1a', 'item-1b', 'item-2a', 'item-2b', 'item-3a', 'item-3b']);
    expect(await emulator.admin.count('GET /pages')).toBe(3);
  });

  test('absolute next links on the same origin are followed', async () => {
    const items = await collectPages({ first: '/pages?absolute=1', fetch: fetchPage, items: (p) => p.items, next: (p) => p.next });
    expect(items).toHaveLength(6);
  });

  test('a next link back to an earlier page stops with an error', async () => {
    await expect(collectPages({ first: '/pages?page=1&loop=1', fetch: fetchPage, items: (p) => p.items, next: (p) => p.next })).rejects.toThrow(
      'paging did not end: page 2 links back to an earlier page',
    );
  });

  test('a next link to another origin is refused before any credentials are sent', async () => {
    const elsewhere = await startEmulator(testPlatform());
    try {
      const error = await fetchPage(`${elsewhere.baseUrl}/pages`).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PlatformError);
      expect((error as Error).message).toContain(`refusing to send credentials to ${elsewhere.baseUrl}`);
      expect((await elsewhere.admin.requests()).total).toBe(0);
    } finally {
      await elsewhere.stop();
    }
  });

  test('query values are appended, a list repeating its key', async () => {
    const response = await client.request<{ query: string[][] }>({ operation: 'echo', method: 'GET', path: '/echo?fixed=1', query: { q: ['label:a', 'provider:b'], page: 2, skip: undefined } });
    expect(response.body.query).toEqual([
      ['fixed', '1'],
      ['q', 'label:a'],
      ['q', 'provider:b'],
      ['page', '2'],
    ]);
  });
});
