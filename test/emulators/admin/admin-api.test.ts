// The admin API: state dump and reset, the platform's out-of-band actions, the clock, and users.
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { testPlatform, type WidgetState } from '../../support/test-platform';
import { send } from '../../support/http';

describe('admin API', () => {
  let emulator: RunningEmulator<WidgetState>;
  beforeAll(async () => {
    emulator = await startEmulator(testPlatform());
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.admin.reset());

  const createWidget = async (name: string) =>
    (await send(`${emulator.baseUrl}/widgets`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name }) })).json<{ id: string }>();

  test('describes the emulator and lists its actions', async () => {
    expect(await emulator.admin.info()).toEqual({ name: 'widgets', title: 'Widget platform (tests)', baseUrl: emulator.baseUrl, actions: ['rename'] });
  });

  test('dumps the platform state', async () => {
    const { id } = await createWidget('alpha');
    expect(await emulator.admin.state<WidgetState>()).toEqual({ widgets: { [id]: { id, name: 'alpha' } }, nextId: 2 });
  });

  test('reset restores the initial state, empties the log, clears faults and the clock offset', async () => {
    await createWidget('alpha');
    await emulator.admin.addFault({ effect: 'latency', ms: 1 });
    await emulator.admin.advanceClock(60);
    await emulator.admin.reset();
    expect(await emulator.admin.state()).toEqual({ widgets: {}, nextId: 1 });
    expect((await emulator.admin.requests()).total).toBe(0);
    expect(await emulator.admin.faults()).toEqual([]);
    expect((await emulator.admin.clock()).offsetMs).toBe(0);
  });

  test('a platform action changes state out of band and answers its result', async () => {
    const { id } = await createWidget('alpha');
    expect(await emulator.admin.action('rename', { id, name: 'beta' })).toEqual({ id, name: 'beta' });
    expect((await send(`${emulator.baseUrl}/widgets/${id}`)).json()).toEqual({ id, name: 'beta' });
  });

  test('an action\'s AdminActionError becomes its status and message', async () => {
    await expect(emulator.admin.action('rename', { id: '99', name: 'x' })).rejects.toThrow('HTTP 404: no widget 99');
  });

  test('an unknown action answers 404 naming the actions there are', async () => {
    await expect(emulator.admin.action('explode')).rejects.toThrow('no admin action "explode"; this emulator has: rename');
  });

  test('the clock moves forward only', async () => {
    const before = emulator.context.clock.nowMs();
    const { offsetMs } = await emulator.admin.advanceClock(3600);
    expect(offsetMs).toBe(3_600_000);
    expect(emulator.context.clock.nowMs() - before).toBeGreaterThanOrEqual(3_600_000);
    const backwards = await send(`${emulator.adminUrl}/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"advanceSeconds":-1}' });
    expect(backwards.status).toBe(400);
  });

  test('users can be added with roles, are listed without passwords, and removed; the admin stays', async () => {
    await emulator.admin.putUser('viewer', { password: 'generated-in-test', roles: ['view'] });
    const users = await emulator.admin.users();
    expect(users).toEqual([
      { username: 'root', roles: ['admin'] },
      { username: 'viewer', roles: ['view'] },
    ]);
    expect(JSON.stringify(users)).not.toContain('generated-in-test');
    expect(emulator.context.users.authenticate('viewer', 'generated-in-test')?.roles).toEqual(['view']);
    await emulator.admin.removeUser('viewer');
    expect(emulator.context.users.find('viewer')).toBeUndefined();
    await expect(emulator.admin.removeUser('root')).rejects.toThrow('HTTP 409: the admin user cannot be removed');
  });

  test('an unknown admin path answers 404 and is not mistaken for a platform path', async () => {
    const response = await send(`${emulator.adminUrl}/nothing`);
    expect(response.status).toBe(404);
    expect(response.json()).toEqual({ error: 'no such admin endpoint' });
    expect((await emulator.admin.requests()).total).toBe(0);
  });
});
