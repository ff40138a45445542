// The request log counts what the platform API received, per route pattern, including requests answered
// by injected faults; the admin API never counts.
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { testPlatform, type WidgetState } from '../../support/test-platform';
import { send } from '../../support/http';

describe('request log', () => {
  let emulator: RunningEmulator<WidgetState>;
  beforeAll(async () => {
    emulator = await startEmulator(testPlatform());
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.admin.reset());

  test('counts per method and route pattern, not per concrete path', async () => {
    await send(`${emulator.baseUrl}/widgets/1`);
    await send(`${emulator.baseUrl}/widgets/2`);
    await send(`${emulator.baseUrl}/widgets`);
    await send(`${emulator.baseUrl}/widgets/3`, { method: 'DELETE' });

    const log = await emulator.admin.requests();
    expect(log.counts).toEqual({ 'GET /widgets/:id': 2, 'GET /widgets': 1, 'DELETE /widgets/:id': 1 });
    expect(log.total).toBe(4);
    expect(await emulator.admin.count('GET /widgets/:id')).toBe(2);
  });

  test('requests answered by injected faults are logged with their outcome', async () => {
    await emulator.admin.addFault({ effect: 'status', status: 503, retryAfter: 0, times: 1 });
    await emulator.admin.addFault({ effect: 'reset', times: 1 });
    await send(`${emulator.baseUrl}/widgets?page=2`);
    await send(`${emulator.baseUrl}/widgets`).catch(() => undefined);
    await send(`${emulator.baseUrl}/widgets`);

    const { entries, counts } = await emulator.admin.requests();
    expect(counts['GET /widgets']).toBe(3);
    expect(entries.map((e) => e.outcome)).toEqual([{ kind: 'fault-status', status: 503 }, { kind: 'fault-reset' }, { kind: 'answered', status: 200 }]);
    expect(entries[0]).toMatchObject({ sequence: 1, method: 'GET', url: '/widgets?page=2', route: 'GET /widgets' });
    expect(entries[0]!.connection).toBeGreaterThan(0);
    expect(entries[0]!.connection).not.toBe(entries[2]!.connection); // each `send` opens its own connection
  });

  test('unmatched paths are counted under "(unmatched)" and wrong methods under the path\'s pattern', async () => {
    await send(`${emulator.baseUrl}/nowhere`);
    await send(`${emulator.baseUrl}/widgets/9`, { method: 'PUT' });
    expect((await emulator.admin.requests()).counts).toEqual({ 'GET (unmatched)': 1, 'PUT /widgets/:id': 1 });
  });

  test('admin API calls are not logged', async () => {
    await emulator.admin.info();
    await emulator.admin.state();
    await emulator.admin.faults();
    expect((await emulator.admin.requests()).total).toBe(0);
  });

  test('resetting the log empties counts and restarts the sequence', async () => {
    await send(`${emulator.baseUrl}/widgets`);
    await emulator.admin.resetRequests();
    await send(`${emulator.baseUrl}/widgets`);
    const log = await emulator.admin.requests();
    expect(log.total).toBe(1);
    expect(log.entries[0]?.sequence).toBe(1);
  });

  test('the log is complete by the time the client has its answer', async () => {
    await send(`${emulator.baseUrl}/widgets`);
    expect(emulator.requestLog.count('GET /widgets')).toBe(1);
  });
});
