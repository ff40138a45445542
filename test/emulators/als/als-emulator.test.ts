// The ALS emulator skeleton: Cloud Controller's discovery endpoint and its error format.
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { alsEmulator } from '../../../src/emulators/als/als-emulator';
import type { AlsState } from '../../../src/emulators/als/als-state';
import { send } from '../../support/http';

describe('ALS emulator', () => {
  let als: RunningEmulator<AlsState>;
  beforeAll(async () => {
    als = await startEmulator(alsEmulator);
  });
  afterAll(() => als.stop());

  test('GET /v2/info answers without auth, pointing the login at this emulator\'s /uaa', async () => {
    const response = await send(`${als.baseUrl}/v2/info`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json;charset=utf-8');
    expect(response.headers['x-vcap-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const info = response.json<Record<string, unknown>>();
    expect(info).toMatchObject({ version: 2, authorization_endpoint: `${als.baseUrl}/uaa`, token_endpoint: `${als.baseUrl}/uaa` });
    expect(info['stackato']).toMatchObject({ license_accepted: true });
    expect(info['user']).toBeUndefined();
  });

  test('an unknown path answers CF-NotFound', async () => {
    const response = await send(`${als.baseUrl}/v2/apps_that_do_not_exist`);
    expect(response.status).toBe(404);
    expect(response.json()).toEqual({ code: 10000, description: 'Unknown request', error_code: 'CF-NotFound' });
    expect(response.headers['x-vcap-request-id']).toBeDefined();
  });

  test('a known path with another method also answers CF-NotFound (CC has no 405)', async () => {
    const response = await send(`${als.baseUrl}/v2/info`, { method: 'DELETE' });
    expect(response.status).toBe(404);
    expect(response.json<{ error_code: string }>().error_code).toBe('CF-NotFound');
  });

  test('the admin user holds the cloud_controller.admin scope', () => {
    expect(als.context.users.admin.roles).toContain('cloud_controller.admin');
  });
});
