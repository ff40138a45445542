// Fault injection switched at run time through the admin API: deterministic by count, scoped by method
// and route, and never touching the admin API itself.
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { testPlatform, type WidgetState } from '../../support/test-platform';
import { send } from '../../support/http';

describe('fault injection', () => {
  let emulator: RunningEmulator<WidgetState>;
  beforeAll(async () => {
    emulator = await startEmulator(testPlatform());
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.admin.reset());

  test('"fail the next 2 GETs on /widgets with 503 Retry-After: 1" hits exactly those requests', async () => {
    await emulator.admin.addFault({ effect: 'status', status: 503, retryAfter: 1, method: 'GET', route: '/widgets', times: 2 });

    const post = await send(`${emulator.baseUrl}/widgets`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name":"a"}' });
    const other = await send(`${emulator.baseUrl}/widgets/1`);
    const first = await send(`${emulator.baseUrl}/widgets`);
    const second = await send(`${emulator.baseUrl}/widgets`);
    const third = await send(`${emulator.baseUrl}/widgets`);

    expect([post.status, other.status]).toEqual([201, 200]);
    expect([first.status, second.status, third.status]).toEqual([503, 503, 200]);
    expect(first.headers['retry-after']).toBe('1');
    expect(first.text).toBe('Service Unavailable\n');
    expect(await emulator.admin.faults()).toEqual([]); // used up
  });

  test('a lost answer: the platform creates the widget, then the connection drops before the answer', async () => {
    await emulator.admin.addFault({ effect: 'lose-answer', method: 'POST', route: '/widgets', times: 1 });
    await expect(send(`${emulator.baseUrl}/widgets`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name":"lost"}' })).rejects.toThrow();
    const listed = await send(`${emulator.baseUrl}/widgets`);
    expect(JSON.parse(listed.text)).toEqual([{ id: '1', name: 'lost' }]);
    const log = await emulator.admin.requests();
    expect(log.entries[0]!.outcome).toEqual({ kind: 'fault-lost-answer', status: 201 });
  });

  test('a delayed answer: the widget exists while the client still waits for the answer', async () => {
    await emulator.admin.addFault({ effect: 'delay-answer', ms: 400, method: 'POST', route: '/widgets', times: 1 });
    const started = Date.now();
    const answer = send(`${emulator.baseUrl}/widgets`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name":"slow"}' });
    await new Promise((r) => setTimeout(r, 150));
    expect(JSON.parse((await send(`${emulator.baseUrl}/widgets`)).text)).toEqual([{ id: '1', name: 'slow' }]);
    expect((await answer).status).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
  });

  test('an HTTP-date Retry-After and a custom body are sent verbatim', async () => {
    const date = new Date(Date.now() + 5_000).toUTCString();
    await emulator.admin.addFault({ effect: 'status', status: 429, retryAfter: date, body: '{"detail":"slow down"}', contentType: 'application/json', times: 1 });
    const response = await send(`${emulator.baseUrl}/widgets`);
    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toBe(date);
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.text).toBe('{"detail":"slow down"}');
  });

  test('a reset destroys the connection without an answer', async () => {
    await emulator.admin.addFault({ effect: 'reset', route: '/widgets/:id', times: 1 });
    await expect(send(`${emulator.baseUrl}/widgets/1`)).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect((await send(`${emulator.baseUrl}/widgets/1`)).status).toBe(404);
  });

  test('latency delays the answer and then lets the platform answer', async () => {
    await emulator.admin.addFault({ effect: 'latency', ms: 150, times: 1 });
    const started = Date.now();
    const response = await send(`${emulator.baseUrl}/widgets`);
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  test('latency combines with a status fault on the same request', async () => {
    await emulator.admin.addFault({ effect: 'latency', ms: 100, times: 1 });
    await emulator.admin.addFault({ effect: 'status', status: 504, times: 1 });
    const started = Date.now();
    expect((await send(`${emulator.baseUrl}/widgets`)).status).toBe(504);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  });

  test('a seeded rate hits the same requests on every run', async () => {
    const pattern = async () => {
      await emulator.admin.reset();
      await emulator.admin.addFault({ effect: 'status', status: 502, rate: 0.5, seed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 16; i++) statuses.push((await send(`${emulator.baseUrl}/widgets`)).status);
      return statuses;
    };
    const first = await pattern();
    expect(await pattern()).toEqual(first);
    expect(first).toContain(502);
    expect(first).toContain(200);
  });

  test('rate 0 never hits', async () => {
    await emulator.admin.addFault({ effect: 'reset', rate: 0 });
    for (let i = 0; i < 5; i++) expect((await send(`${emulator.baseUrl}/widgets`)).status).toBe(200);
  });

  test('the admin API is never hit by faults', async () => {
    await emulator.admin.addFault({ effect: 'reset' });
    expect((await emulator.admin.info()).name).toBe('widgets');
    expect(await emulator.admin.faults()).toHaveLength(1);
  });

  test('one rule can be removed by id and all can be cleared', async () => {
    const a = await emulator.admin.addFault({ effect: 'status', status: 503 });
    await emulator.admin.addFault({ effect: 'status', status: 502 });
    await emulator.admin.removeFault(a.id);
    expect((await send(`${emulator.baseUrl}/widgets`)).status).toBe(502);
    await emulator.admin.clearFaults();
    expect((await send(`${emulator.baseUrl}/widgets`)).status).toBe(200);
  });

  test('an invalid rule is refused with the reason', async () => {
    await expect(emulator.admin.addFault({ effect: 'status', status: 500 as 503 })).rejects.toThrow('HTTP 400: status must be one of 429, 502, 503, 504');
    await expect(emulator.admin.addFault({ effect: 'reset', times: 0 })).rejects.toThrow('"times" must be an integer > 0');
    await expect(emulator.admin.addFault({ effect: 'reset', rate: 2 })).rejects.toThrow('"rate" must be within 0..1');
  });

  test('a rule naming a route the emulator does not have is refused, so a typo cannot pass silently', async () => {
    await expect(emulator.admin.addFault({ effect: 'reset', route: '/widget/:id' })).rejects.toThrow(
      '"route" /widget/:id is not a route of this emulator; its routes are: /widgets, /widgets/:id,',
    );
  });
});
