// The count of state-changing calls a client has sent, which tells lookups made earlier in the
// operation (CollectionSnapshot) that what they listed may no longer hold.
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { widgetClient } from '../../support/client';
import { testPlatform, type WidgetState } from '../../support/test-platform';

let platform: RunningEmulator<WidgetState>;

beforeAll(async () => {
  platform = await startEmulator(testPlatform());
});

afterAll(() => platform.stop());

test('reads leave the count alone; a write moves it when sent and again when it settles, failed or not', async () => {
  const client = widgetClient(platform.baseUrl);
  await client.request({ operation: 'list widgets', method: 'GET', path: '/widgets' });
  expect(client.changes).toBe(0);
  const creating = client.request({ operation: 'create widget', method: 'POST', path: '/widgets', json: { name: 'a' } });
  expect(client.changes).toBe(1);
  await creating;
  expect(client.changes).toBe(2);
  await expect(client.request({ operation: 'create widget', method: 'POST', path: '/widgets', json: {} })).rejects.toThrow(/400/);
  expect(client.changes).toBe(4);
  client.close();
});

test('a call that says it changes nothing (a token exchange) leaves the count alone', async () => {
  const client = widgetClient(platform.baseUrl);
  await client.request({ operation: 'echo', method: 'POST', path: '/echo/a/b', changesState: false });
  expect(client.changes).toBe(0);
  client.close();
});
