// A VMS emulator with users (passwords generated per run) and VMS clients on it with fast retries: alice
// and bob manage API tokens (Security create, edit, delete), auditor has Security view, guest has nothing.
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { vmsEmulator } from '../../../src/emulators/vms/vms-emulator';
import type { VmsState } from '../../../src/emulators/vms/vms-state';
import { PlatformError } from '../../../src/provider/common';
import { createVmsClient, type VmsClient, type VmsClientOptions, type VmsCredentials } from '../../../src/provider/vms';


/** Security create, edit and delete: what managing one's own API tokens takes. */
export const TOKEN_MANAGER = ['security.create', 'security.edit', 'security.delete'];
export interface VmsClientFixture {
  readonly vms: RunningEmulator<VmsState>;
  password(username: string): string;
  basic(username?: string): VmsCredentials;
  jwt(username?: string): VmsCredentials;
  apiToken(token: string): VmsCredentials;
  /** A client; closed by `closeAll`. */
  client(credentials: VmsCredentials, options?: Partial<VmsClientOptions>): VmsClient;
  closeAll(): void;
  stop(): Promise<void>;
}

export async function startVmsClientFixture(): Promise<VmsClientFixture> {
  const vms = await startEmulator(vmsEmulator, {
    users: [
      { username: 'alice', roles: TOKEN_MANAGER },
      { username: 'bob', roles: TOKEN_MANAGER },
      { username: 'auditor', roles: ['security.view'] },
      { username: 'guest', roles: [] },
    ],
  });
  const clients: VmsClient[] = [];
  const password = (username: string) => vms.context.users.find(username)!.password;
  return {
    vms,
    password,
    basic: (username = 'admin') => ({ kind: 'basic', username, password: password(username) }),
    jwt: (username = 'admin') => ({ kind: 'jwt', username, password: password(username) }),
    apiToken: (token) => ({ kind: 'api-token', token }),
    client(credentials, options = {}) {
      const client = createVmsClient({ endpoint: vms.baseUrl, credentials, ...options, retry: { baseDelayMs: 5, maxDelayMs: 20, ...options.retry } });
      clients.push(client);
      return client;
    },
    closeAll() {
      for (const client of clients.splice(0)) client.close();
    },
    async stop() {
      for (const client of clients.splice(0)) client.close();
      await vms.stop();
    },
  };
}

/** The PlatformError a promise rejects with (fails the test when it resolves or throws something else). */
export async function failure(promise: Promise<unknown>): Promise<PlatformError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PlatformError)) throw new Error(`expected a PlatformError, got ${String(error)}`);
  return error;
}
