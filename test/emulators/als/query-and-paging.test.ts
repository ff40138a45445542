// CC's `q` filter and pagination on /v2/service_auth_tokens over real HTTP.
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { alsEmulator } from '../../../src/emulators/als/als-emulator';
import type { AlsState } from '../../../src/emulators/als/als-state';
import { cc, freshSecret, loginAdmin } from './als-http';

interface Page {
  total_results: number;
  total_pages: number;
  prev_url: string | null;
  next_url: string | null;
  resources: { entity: { label: string; provider: string } }[];
}

const PATH = '/v2/service_auth_tokens';

describe('ALS emulator: q filters and paging', () => {
  let als: RunningEmulator<AlsState>;
  let admin: string;
  beforeAll(async () => {
    als = await startEmulator(alsEmulator);
    admin = (await loginAdmin(als)).access_token;
    const pairs = [
      ['mysql', 'core'],
      ['mysql', 'hp'],
      ['redis', 'core'],
      ['postgresql', 'core'],
      ['mongodb', 'hp'],
    ];
    await als.admin.action('seed-service-auth-tokens', { tokens: pairs.map(([label, provider]) => ({ label, provider, token: freshSecret() })) });
  });
  afterAll(() => als.stop());

  const list = async (query: string) => {
    const response = await cc(als, 'GET', `${PATH}${query}`, { token: admin });
    return { response, page: response.json<Page>() };
  };
  const labels = (page: Page) => page.resources.map((r) => `${r.entity.label}-${r.entity.provider}`);

  test('no filter lists everything in creation order', async () => {
    const { page } = await list('');
    expect(page).toMatchObject({ total_results: 5, total_pages: 1, prev_url: null, next_url: null });
    expect(labels(page)).toEqual(['mysql-core', 'mysql-hp', 'redis-core', 'postgresql-core', 'mongodb-hp']);
  });

  test.each([
    ['q=label:mysql', ['mysql-core', 'mysql-hp']],
    ['q=provider:hp', ['mysql-hp', 'mongodb-hp']],
    ['q=label:mysql%3Bprovider:core', ['mysql-core']],
    ['q=label%3Amysql%3Bprovider%3Ahp', ['mysql-hp']], // the Go cf CLI encodes the whole value
    ['q=label%20IN%20redis,mongodb', ['redis-core', 'mongodb-hp']],
    ['q=label+IN+redis', ['redis-core']],
    ['q=label>=p', ['redis-core', 'postgresql-core']],
    ['q=label>postgresql', ['redis-core']],
    ['q=label<mysql', ['mongodb-hp']],
    ['q=label<=mysql%3Bprovider:core', ['mysql-core']],
    ['q=label:nothing', []],
    ['q=', ['mysql-core', 'mysql-hp', 'redis-core', 'postgresql-core', 'mongodb-hp']],
  ])('%s', async (query, expected) => {
    const { response, page } = await list(`?${query}`);
    expect(response.status).toBe(200);
    expect(labels(page)).toEqual(expected);
    expect(page.total_results).toBe(expected.length);
  });

  test.each([
    ['q=label:mysql&q=provider:hp', ['mysql-hp']],
    ['q=provider:hp&q=label:mysql', ['mysql-hp']],
    ['q=label%20IN%20mysql,redis&q=provider:core&q=label>n', ['redis-core']],
    ['q=label:mysql&q=label:redis', []],
  ])('every q counts, all conditions together: %s', async (query, expected) => {
    const { response, page } = await list(`?${query}`);
    expect(response.status).toBe(200);
    expect(labels(page)).toEqual(expected);
  });

  test('a raw ";" ends the parameter, as Rack and CGI.parse split the query string: only an encoded one joins conditions', async () => {
    expect(labels((await list('?q=label:mysql;provider:hp')).page)).toEqual(['mysql-core', 'mysql-hp']);
    expect(labels((await list('?q=label:mysql;q=provider:hp')).page)).toEqual(['mysql-hp']);
    expect(labels((await list('?results-per-page=1;page=2')).page)).toEqual(['mysql-hp']);
  });

  test('";;" inside a q stands for a literal ";"', async () => {
    const { guids } = await als.admin.action<{ guids: string[] }>('seed-service-auth-tokens', { tokens: [{ label: 'odd;label', provider: 'core', token: freshSecret() }] });
    try {
      expect(labels((await list(`?q=${encodeURIComponent('label:odd;;label;provider:core')}`)).page)).toEqual(['odd;label-core']);
      expect(labels((await list(`?q=${encodeURIComponent('label:odd;provider:core')}`)).page)).toEqual([]);
    } finally {
      await als.admin.action('delete-service-auth-token', { guid: guids[0] });
    }
  });

  test.each([
    ['q=label:mysql&q=guid:abc', 'guid'],
    ['q=guid:abc', 'guid'],
    ['q=label:mysql%3Bname:x', 'name'],
    ['q=label', 'label'],
  ])('%s answers 400 CF-BadQueryParameter', async (query, detail) => {
    const { response, page } = await list(`?${query}`);
    expect(response.status).toBe(400);
    expect(page).toEqual({ code: 10005, description: `The query parameter is invalid: ${detail}`, error_code: 'CF-BadQueryParameter' });
  });

  test('results-per-page above 100 answers 400 "results_per_page must be <= 100"; 100 is fine', async () => {
    const { response, page } = await list('?results-per-page=101');
    expect(response.status).toBe(400);
    expect(page).toEqual({ code: 10005, description: 'The query parameter is invalid: results_per_page must be <= 100', error_code: 'CF-BadQueryParameter' });
    expect((await list('?results-per-page=100')).response.status).toBe(200);
  });

  test.each(['page=0', 'page=x', 'results-per-page=0', 'results-per-page=-1', 'order-direction=up'])('%s answers 400 CF-BadQueryParameter', async (query) => {
    const { response, page } = await list(`?${query}`);
    expect(response.status).toBe(400);
    expect(page).toMatchObject({ code: 10005, error_code: 'CF-BadQueryParameter' });
  });

  test('pages link to each other with relative URLs rebuilt from the request', async () => {
    const first = (await list('?results-per-page=2')).page;
    expect(first).toMatchObject({ total_results: 5, total_pages: 3, prev_url: null, next_url: `${PATH}?page=2&results-per-page=2` });
    const second = (await list(`?page=2&results-per-page=2`)).page;
    expect(labels(second)).toEqual(['redis-core', 'postgresql-core']);
    expect(second).toMatchObject({ prev_url: `${PATH}?page=1&results-per-page=2`, next_url: `${PATH}?page=3&results-per-page=2` });
    const third = (await list(`?page=3&results-per-page=2`)).page;
    expect(labels(third)).toEqual(['mongodb-hp']);
    expect(third.next_url).toBeNull();
  });

  test('links carry every q in request order; following them keeps every condition', async () => {
    const { page } = await list('?q=provider:core&q=label>mysql&results-per-page=1');
    expect(labels(page)).toEqual(['redis-core']);
    expect(page.next_url).toBe(`${PATH}?page=2&q=provider%3Acore&q=label%3Emysql&results-per-page=1`);
    const next = (await list(page.next_url!.slice(PATH.length))).page;
    expect(labels(next)).toEqual(['postgresql-core']);
    expect(next).toMatchObject({ total_results: 2, next_url: null, prev_url: `${PATH}?page=1&q=provider%3Acore&q=label%3Emysql&results-per-page=1` });
  });

  test('links carry q and order-direction, sorted by name', async () => {
    const { page } = await list('?q=provider:core&results-per-page=1&order-direction=desc');
    expect(labels(page)).toEqual(['postgresql-core']);
    expect(page.next_url).toBe(`${PATH}?order-direction=desc&page=2&q=provider%3Acore&results-per-page=1`);
    const next = (await list(page.next_url!.slice(PATH.length))).page;
    expect(labels(next)).toEqual(['redis-core']);
  });

  test('the default page size is 50', async () => {
    const { page } = await list('?page=2');
    expect(page).toMatchObject({ total_results: 5, total_pages: 1, prev_url: `${PATH}?page=1&results-per-page=50`, next_url: null, resources: [] });
  });

  test('an empty collection has one page', async () => {
    expect((await list('?q=label:none')).page).toEqual({ total_results: 0, total_pages: 1, prev_url: null, next_url: null, resources: [] });
  });
});
