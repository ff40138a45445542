// The shared router over real HTTP: routing by method and pattern, body and query parsing, exact
// replies, and each platform's own answers for unknown paths and methods.
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { Router } from '../../../src/emulators/http/router';
import { errorCollector, testPlatform, type WidgetState } from '../../support/test-platform';
import { send } from '../../support/http';

describe('emulator router', () => {
  let emulator: RunningEmulator<WidgetState>;
  const failures = errorCollector();
  beforeAll(async () => {
    emulator = await startEmulator(testPlatform(), { reportError: failures.report });
  });
  afterAll(() => emulator.stop());

  test('route parameters are percent-decoded and the route is named by its pattern', async () => {
    const response = await send(`${emulator.baseUrl}/echo/a%20b/x%2Fy`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({ route: 'POST /echo/:first/:second', params: { first: 'a b', second: 'x/y' }, body: { kind: 'none' } });
  });

  test('query keeps repeated keys and reads + as a space', async () => {
    const response = await send(`${emulator.baseUrl}/echo?q=label%3Amysql%3Bprovider%3Acore&q=b&page=2&note=a+b`);
    expect(response.json<{ query: string[][] }>().query).toEqual([
      ['q', 'label:mysql;provider:core'],
      ['q', 'b'],
      ['page', '2'],
      ['note', 'a b'],
    ]);
  });

  test('a JSON body is parsed, with any JSON media type and parameters', async () => {
    const response = await send(`${emulator.baseUrl}/echo/1/2`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; version=1.7' },
      body: '{"scope":"session","expires_in":60}',
    });
    expect(response.json<{ body: unknown }>().body).toEqual({ kind: 'json', value: { scope: 'session', expires_in: 60 } });
  });

  test('malformed JSON reaches the handler as invalid-json, so the platform answers it its own way', async () => {
    const response = await send(`${emulator.baseUrl}/echo/1/2`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"label":' });
    expect(response.json<{ body: { kind: string; text: string } }>().body).toMatchObject({ kind: 'invalid-json', text: '{"label":' });
  });

  test('a form body keeps repeated keys', async () => {
    const response = await send(`${emulator.baseUrl}/echo/1/2`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8' },
      body: 'grant_type=password&username=u%40x&scope=a&scope=b',
    });
    expect(response.json<{ body: unknown }>().body).toEqual({
      kind: 'form',
      entries: [
        ['grant_type', 'password'],
        ['username', 'u@x'],
        ['scope', 'a'],
        ['scope', 'b'],
      ],
    });
  });

  test('other media types arrive as text', async () => {
    const response = await send(`${emulator.baseUrl}/echo/1/2`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' });
    expect(response.json<{ body: unknown }>().body).toEqual({ kind: 'other', contentType: 'text/plain', text: 'hello' });
  });

  test('a reply goes out with its exact status, repeated headers and raw body', async () => {
    const answer = { status: 418, headers: { 'X-Repeated': ['one', 'two'], 'Content-Type': 'text/x-odd' }, raw: '"exactly this"' };
    const response = await send(`${emulator.baseUrl}/respond`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(answer) });
    expect(response.status).toBe(418);
    expect(response.text).toBe('"exactly this"');
    expect(response.headers['content-type']).toBe('text/x-odd');
    expect(response.rawHeaders.filter((_, i, all) => i % 2 === 1 && all[i - 1] === 'X-Repeated')).toEqual(['one', 'two']);
  });

  test('an empty reply has no body and no Content-Length', async () => {
    const created = await send(`${emulator.baseUrl}/widgets`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name":"w"}' });
    const response = await send(`${emulator.baseUrl}/widgets/${created.json<{ id: string }>().id}`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(response.text).toBe('');
    expect(response.headers['content-length']).toBeUndefined();
  });

  test('an unknown path answers the platform\'s own 404', async () => {
    const response = await send(`${emulator.baseUrl}/nowhere`);
    expect(response.status).toBe(404);
    expect(response.json()).toEqual({ error: 'no route GET /nowhere' });
  });

  test('a known path with another method answers the platform\'s 405 with the allowed methods', async () => {
    const response = await send(`${emulator.baseUrl}/widgets/1`, { method: 'PATCH' });
    expect(response.status).toBe(405);
    expect(response.headers['allow']).toBe('GET, DELETE');
  });

  test('a platform without a 405 answers 404 for a wrong method, as Sinatra and Rails do', async () => {
    const platform = { ...testPlatform(), methodNotAllowed: undefined };
    const other = await startEmulator(platform);
    try {
      const response = await send(`${other.baseUrl}/widgets/1`, { method: 'PATCH' });
      expect(response.status).toBe(404);
    } finally {
      await other.stop();
    }
  });

  test('a failing handler answers 500 and reports the error instead of hanging', async () => {
    const response = await send(`${emulator.baseUrl}/crash`);
    expect(response.status).toBe(500);
    expect(failures.errors.map((e) => (e as Error).message)).toContain('handler bug');
  });
});

describe('Router.match', () => {
  test('the first added route wins, so a literal added before a parameter takes precedence', () => {
    const router = new Router().get('/v2/info', () => ({ status: 200, headers: {} })).get('/v2/:thing', () => ({ status: 201, headers: {} }));
    expect(router.match('GET', '/v2/info')).toMatchObject({ kind: 'found', route: 'GET /v2/info' });
    expect(router.match('GET', '/v2/other')).toMatchObject({ kind: 'found', route: 'GET /v2/:thing', params: { thing: 'other' } });
  });

  test('a trailing slash is significant, as on Django', () => {
    const router = new Router().get('/api/:version/vms/', () => ({ status: 200, headers: {} }));
    expect(router.match('GET', '/api/v5/vms').kind).toBe('not-found');
    expect(router.match('GET', '/api/v5/vms/').kind).toBe('found');
  });

  test('malformed percent-encoding matches nothing', () => {
    const router = new Router().get('/tokens/:id', () => ({ status: 200, headers: {} }));
    expect(router.match('GET', '/tokens/%E0%A4%A').kind).toBe('not-found');
  });

  test('defining the same route twice is refused', () => {
    const router = new Router().get('/a', () => ({ status: 200, headers: {} }));
    expect(() => router.get('/a', () => ({ status: 200, headers: {} }))).toThrow('route GET /a is already defined');
  });
});
