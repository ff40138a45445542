// isLostAnswer: the request may have reached the platform but no answer came back (reset, hang-up,
// timeout, a gateway's 502/504), so a create may have happened; a refused connection, a failed name
// lookup or TLS handshake, or the platform's own answer say it did not. Failures made over real HTTP.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { isLostAnswer, PlatformError, Redactor, type PlatformErrorDetails } from '../../../src/provider/common';
import { widgetClient } from '../../support/client';
import { errorCollector, testPlatform, type WidgetState } from '../../support/test-platform';

async function failure(promise: Promise<unknown>): Promise<PlatformError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PlatformError)) throw new Error(`expected a PlatformError, got ${String(error)}`);
  return error;
}

const create = { operation: 'create widget', method: 'POST', path: '/widgets', json: { name: 'w' } } as const;
const build = (details: Omit<PlatformErrorDetails, 'platform' | 'operation'>) => new PlatformError({ platform: 'vms', operation: 'create API token', ...details }, new Redactor());

describe('isLostAnswer', () => {
  let emulator: RunningEmulator<WidgetState>;
  beforeAll(async () => {
    emulator = await startEmulator(testPlatform(), { reportError: errorCollector().report });
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.admin.reset());

  test('a connection reset after the create was sent: lost, and the platform did receive it', async () => {
    await emulator.admin.addFault({ effect: 'reset', method: 'POST', times: 1 });
    const client = widgetClient(emulator.baseUrl);
    const error = await failure(client.request(create));
    expect(error.networkCode).toBe('ECONNRESET');
    expect(isLostAnswer(error)).toBe(true);
    expect((await emulator.admin.requests()).entries.map((e) => e.outcome.kind)).toEqual(['fault-reset']);
    client.close();
  });

  test('no answer within the timeout: lost', async () => {
    await emulator.admin.addFault({ effect: 'latency', ms: 2_000, method: 'POST', times: 1 });
    const client = widgetClient(emulator.baseUrl, { timeoutMs: 100 });
    const error = await failure(client.request(create));
    expect(error.networkCode).toBe('ETIMEDOUT');
    expect(isLostAnswer(error)).toBe(true);
    client.close();
  });

  test('a server that hangs up after reading the request ("socket hang up"): lost', async () => {
    const hangUp: Server = createServer((request) => request.on('end', () => request.socket.destroy()).resume());
    await new Promise<void>((resolve) => hangUp.listen(0, '127.0.0.1', resolve));
    const client = widgetClient(`http://127.0.0.1:${(hangUp.address() as AddressInfo).port}`);
    const error = await failure(client.request(create));
    expect(isLostAnswer(error)).toBe(true);
    client.close();
    await new Promise<void>((resolve) => hangUp.close(() => resolve()));
  });

  test('a refused connection: not lost (nothing was sent)', async () => {
    const closed = await startEmulator(testPlatform());
    const url = closed.baseUrl;
    await closed.stop();
    const client = widgetClient(url, { retry: { maxAttempts: 1 } });
    const error = await failure(client.request(create));
    expect(error.networkCode).toBe('ECONNREFUSED');
    expect(isLostAnswer(error)).toBe(false);
    client.close();
  });

  test('a gateway\'s 502 or 504 stands for a platform that did not answer: lost; other answers are not', async () => {
    const client = widgetClient(emulator.baseUrl);
    for (const status of [502, 504] as const) {
      await emulator.admin.addFault({ effect: 'status', status, method: 'POST', times: 1 });
      expect(isLostAnswer(await failure(client.request(create)))).toBe(true);
    }
    for (const status of [503, 429] as const) {
      await emulator.admin.addFault({ effect: 'status', status, method: 'POST', times: 1 });
      expect(isLostAnswer(await failure(client.request(create)))).toBe(false);
    }
    expect(isLostAnswer(await failure(client.request({ operation: 'get widget', method: 'GET', path: '/widgets/none' })))).toBe(false);
    expect(isLostAnswer(await failure(client.request({ ...create, json: {} })))).toBe(false);
    client.close();
  });

  test('a failed name lookup, a TLS failure or a cancelled call: not lost', () => {
    for (const networkCode of ['ENOTFOUND', 'EAI_AGAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'ECONNREFUSED', 'EHOSTUNREACH']) {
      expect(isLostAnswer(build({ kind: 'network', networkCode }))).toBe(false);
    }
    expect(isLostAnswer(build({ kind: 'aborted', platformMessage: 'cancelled' }))).toBe(false);
  });

  test('transport errors that are not PlatformErrors are read by their code; anything with a response, or no error at all, is not lost', () => {
    expect(isLostAnswer(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isLostAnswer(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))).toBe(true);
    expect(isLostAnswer(Object.assign(new Error('timeout'), { code: 'ECONNABORTED', response: { status: 200 } }))).toBe(false);
    expect(isLostAnswer(Object.assign(new Error('getaddrinfo'), { code: 'ENOTFOUND' }))).toBe(false);
    expect(isLostAnswer(new Error('plain'))).toBe(false);
    expect(isLostAnswer(undefined)).toBe(false);
    expect(isLostAnswer('ECONNRESET')).toBe(false);
  });
});
