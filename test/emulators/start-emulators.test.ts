// startEmulators: the three platforms on loopback, connection info in PRODUCT.md's exact shape, fresh
// admin passwords per start, and HTTPS with a CA the clients can trust.
import { startEmulators, type RunningEmulators } from '../../src/emulators';
import { send } from '../support/http';

describe('startEmulators', () => {
  let emulators: RunningEmulators;
  beforeAll(async () => {
    emulators = await startEmulators();
  });
  afterAll(() => emulators.stop());

  test('connection info has exactly the PRODUCT.md shape, with the admin user of each platform', () => {
    const { connection } = emulators;
    expect(Object.keys(connection)).toEqual(['als', 'vms', 'openshift']);
    expect(Object.keys(connection.als)).toEqual(['api_endpoint', 'username', 'password']);
    expect(Object.keys(connection.vms)).toEqual(['endpoint', 'username', 'password']);
    expect(Object.keys(connection.openshift)).toEqual(['server', 'username', 'password']);
    expect(connection.als.api_endpoint).toBe(emulators.als.baseUrl);
    expect(connection.vms.endpoint).toBe(emulators.vms.baseUrl);
    expect(connection.openshift.server).toBe(emulators.openshift.baseUrl);
    for (const url of [connection.als.api_endpoint, connection.vms.endpoint, connection.openshift.server]) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(emulators.als.context.users.authenticate(connection.als.username, connection.als.password)).toBeDefined();
    expect(emulators.vms.context.users.authenticate(connection.vms.username, connection.vms.password)).toBeDefined();
    expect(emulators.openshift.context.users.authenticate(connection.openshift.username, connection.openshift.password)).toBeDefined();
  });

  test('each start generates new admin passwords', async () => {
    const other = await startEmulators();
    try {
      expect(other.connection.als.password).not.toBe(emulators.connection.als.password);
      expect(other.connection.vms.password).not.toBe(emulators.connection.vms.password);
      expect(other.connection.openshift.password).not.toBe(emulators.connection.openshift.password);
      expect(emulators.connection.als.password).toMatch(/^[A-Za-z0-9]{24}$/);
    } finally {
      await other.stop();
    }
  });

  test('fixed ports and extra users are honoured', async () => {
    const probe = await startEmulators();
    const port = Number(new URL(probe.vms.baseUrl).port);
    await probe.stop();
    const fixed = await startEmulators({ ports: { vms: port }, users: { als: [{ username: 'auditor', roles: [] }] } });
    try {
      expect(fixed.vms.baseUrl).toBe(`http://127.0.0.1:${port}`);
      expect(fixed.als.context.users.find('auditor')?.roles).toEqual([]);
    } finally {
      await fixed.stop();
    }
  });

  test('a port already in use fails the whole start with EADDRINUSE', async () => {
    const port = Number(new URL(emulators.als.baseUrl).port);
    await expect(startEmulators({ ports: { openshift: port } })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});

describe('startEmulators with TLS', () => {
  let emulators: RunningEmulators;
  beforeAll(async () => {
    emulators = await startEmulators({ tls: true });
  });
  afterAll(() => emulators.stop());

  test('all three serve HTTPS that verifies against the CA PEM, for 127.0.0.1 and localhost', async () => {
    const ca = emulators.caPem!;
    expect(ca).toContain('-----BEGIN CERTIFICATE-----');
    expect((await send(`${emulators.connection.als.api_endpoint}/v2/info`, { ca })).status).toBe(200);
    expect((await send(`${emulators.connection.vms.endpoint}/api/latest/vms/`, { ca })).status).toBe(401);
    expect((await send(`${emulators.connection.openshift.server}/broker/rest/api`, { ca })).status).toBe(200);
    const viaLocalhost = emulators.connection.als.api_endpoint.replace('127.0.0.1', 'localhost');
    expect((await send(`${viaLocalhost}/v2/info`, { ca })).status).toBe(200);
  });

  test('a client that does not trust the CA is refused', async () => {
    await expect(send(`${emulators.connection.als.api_endpoint}/v2/info`)).rejects.toMatchObject({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
  });

  test('the admin clients work over HTTPS', async () => {
    expect((await emulators.openshift.admin.info()).name).toBe('openshift');
  });
});
