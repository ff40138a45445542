// Raw HTTP against a VMS emulator, to see exactly what goes over the wire: users with generated passwords
// (alice and bob manage API tokens: Security create, edit and delete; auditor has Security view; guest has
// no Security permission at all), and credentials as header values.
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { vmsEmulator } from '../../../src/emulators/vms/vms-emulator';
import type { VmsState } from '../../../src/emulators/vms/vms-state';
import { send, type RawResponse } from '../../support/http';


/** Security create, edit and delete: what managing one's own API tokens takes. */
export const TOKEN_MANAGER = ['security.create', 'security.edit', 'security.delete'];
export interface VmsFixture {
  readonly vms: RunningEmulator<VmsState>;
  /** `Basic …` for a user of the emulator. */
  basic(username: string): string;
  /** Sends a request; `json` becomes the JSON body. */
  call(method: string, path: string, options?: { auth?: string; json?: unknown; headers?: Record<string, string> }): Promise<RawResponse>;
  /** Creates a token through the API as `username` (default admin) and answers `{id, token}`. */
  createToken(body?: Record<string, unknown>, username?: string): Promise<{ id: string; token: string }>;
  stop(): Promise<void>;
}

export async function startVmsFixture(): Promise<VmsFixture> {
  const vms = await startEmulator(vmsEmulator, {
    users: [
      { username: 'alice', roles: TOKEN_MANAGER },
      { username: 'bob', roles: TOKEN_MANAGER },
      { username: 'auditor', roles: ['security.view'] },
      { username: 'guest', roles: [] },
    ],
  });
  const basic = (username: string) => {
    const user = vms.context.users.find(username);
    if (user === undefined) throw new Error(`no user ${username}`);
    return `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
  };
  const call: VmsFixture['call'] = (method, path, options = {}) =>
    send(`${vms.baseUrl}${path}`, {
      method,
      headers: {
        ...(options.auth === undefined ? {} : { Authorization: options.auth }),
        ...(options.json === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...options.headers,
      },
      ...(options.json === undefined ? {} : { body: JSON.stringify(options.json) }),
    });
  return {
    vms,
    basic,
    call,
    async createToken(body = {}, username = 'admin') {
      const response = await call('POST', '/api/v5/apitokens/', { auth: basic(username), json: body });
      if (response.status !== 201) throw new Error(`create answered ${response.status}: ${response.text}`);
      return response.json();
    },
    stop: () => vms.stop(),
  };
}
