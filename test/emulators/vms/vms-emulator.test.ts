// The VMS emulator skeleton: the vms endpoint behind HTTP Basic, DRF's auth and method errors, Django's 404.
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { vmsEmulator } from '../../../src/emulators/vms/vms-emulator';
import type { VmsState } from '../../../src/emulators/vms/vms-state';
import { send } from '../../support/http';

describe('VMS emulator', () => {
  let vms: RunningEmulator<VmsState>;
  let basic: string;
  beforeAll(async () => {
    vms = await startEmulator(vmsEmulator);
    const { username, password } = vms.context.users.admin;
    basic = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  });
  afterAll(() => vms.stop());

  test('GET /api/<version>/vms/ with the admin\'s Basic credentials answers the cluster and its token limit', async () => {
    for (const version of ['latest', 'v5']) {
      const response = await send(`${vms.baseUrl}/api/${version}/vms/`, { headers: { Authorization: basic } });
      expect(response.status).toBe(200);
      expect(response.json()).toEqual([expect.objectContaining({ id: 1, max_api_tokens_per_user: 5 })]);
    }
  });

  test('no credentials: 401 with DRF\'s detail and a Basic challenge', async () => {
    const response = await send(`${vms.baseUrl}/api/latest/vms/`);
    expect(response.status).toBe(401);
    expect(response.json()).toEqual({ detail: 'Authentication credentials were not provided.' });
    expect(response.headers['www-authenticate']).toBe('Basic realm="api"');
  });

  test('a wrong password: 401 "Invalid username/password."', async () => {
    const wrong = `Basic ${Buffer.from(`admin:not-the-password`).toString('base64')}`;
    const response = await send(`${vms.baseUrl}/api/latest/vms/`, { headers: { Authorization: wrong } });
    expect(response.status).toBe(401);
    expect(response.json()).toEqual({ detail: 'Invalid username/password.' });
  });

  test('an unknown API version or path answers Django\'s HTML 404', async () => {
    for (const path of ['/api/version9/vms/', '/api/latest/nothing/']) {
      const response = await send(`${vms.baseUrl}${path}`, { headers: { Authorization: basic } });
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.text).toContain('<h1>Not Found</h1>');
    }
  });

  test('another method answers DRF\'s 405 with Allow', async () => {
    const response = await send(`${vms.baseUrl}/api/latest/vms/`, { method: 'DELETE', headers: { Authorization: basic } });
    expect(response.status).toBe(405);
    expect(response.json()).toEqual({ detail: 'Method "DELETE" not allowed.' });
    expect(response.headers['allow']).toBe('GET, OPTIONS');
  });
});
