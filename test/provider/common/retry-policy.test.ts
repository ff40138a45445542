// Retries over real HTTP against injected faults: transient failures on idempotent calls are retried
// with backoff or the platform's Retry-After, a create is never repeated blindly, and the request log
// shows exactly how many attempts reached the platform.
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { PlatformError } from '../../../src/provider/common';
import { errorCollector, testPlatform, type WidgetState } from '../../support/test-platform';
import { captureLogger, widgetClient } from '../../support/client';

async function failure(promise: Promise<unknown>): Promise<PlatformError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PlatformError)) throw new Error(`expected a PlatformError, got ${String(error)}`);
  return error;
}

describe('retry policy', () => {
  let emulator: RunningEmulator<WidgetState>;
  beforeAll(async () => {
    emulator = await startEmulator(testPlatform(), { reportError: errorCollector().report });
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.admin.reset());

  const list = { operation: 'list widgets', method: 'GET', path: '/widgets' } as const;
  const create = { operation: 'create widget', method: 'POST', path: '/widgets', json: { name: 'w' } } as const;

  test('a GET answered 503 with Retry-After is retried until it succeeds, and the log shows every attempt', async () => {
    await emulator.admin.addFault({ effect: 'status', status: 503, retryAfter: 0, method: 'GET', route: '/widgets', times: 2 });
    const response = await widgetClient(emulator.baseUrl).request(list);
    expect(response.status).toBe(200);
    const log = await emulator.admin.requests();
    expect(log.counts['GET /widgets']).toBe(3);
    expect(log.entries.map((e) => e.outcome.kind)).toEqual(['fault-status', 'fault-status', 'answered']);
  });

  test('a POST answered 503 is not repeated: one request reaches the platform', async () => {
    await emulator.admin.addFault({ effect: 'status', status: 503, retryAfter: 0, method: 'POST', times: 1 });
    const error = await failure(widgetClient(emulator.baseUrl).request(create));
    expect(error).toMatchObject({ kind: 'transient', status: 503, attempts: 1 });
    expect(await emulator.admin.count('POST /widgets')).toBe(1);
  });

  test('a POST whose connection was reset is not repeated (the platform may have created it)', async () => {
    await emulator.admin.addFault({ effect: 'reset', method: 'POST', times: 1 });
    const error = await failure(widgetClient(emulator.baseUrl).request(create));
    expect(error).toMatchObject({ kind: 'transient', networkCode: 'ECONNRESET', attempts: 1 });
    expect(await emulator.admin.count('POST /widgets')).toBe(1);
  });

  test('calls that may be repeated share a kept-alive connection; a create always gets a new one', async () => {
    const client = widgetClient(emulator.baseUrl);
    await client.request(list);
    await client.request(list);
    await client.request(create);
    await client.request(create);
    client.close();
    const [get1, get2, post1, post2] = (await emulator.admin.requests()).entries.map((e) => e.connection);
    expect(get1).toBe(get2);
    expect(new Set([get1, post1, post2]).size).toBe(3);
  });

  test('a GET whose connection was reset is retried', async () => {
    await emulator.admin.addFault({ effect: 'reset', method: 'GET', times: 1 });
    expect((await widgetClient(emulator.baseUrl).request(list)).status).toBe(200);
    expect(await emulator.admin.count('GET /widgets')).toBe(2);
  });

  test('a call declared idempotent is retried whatever its method', async () => {
    await emulator.admin.addFault({ effect: 'status', status: 502, method: 'POST', times: 1 });
    expect((await widgetClient(emulator.baseUrl).request({ ...create, idempotent: true })).status).toBe(201);
    expect(await emulator.admin.count('POST /widgets')).toBe(2);
  });

  test('Retry-After in seconds is waited for, instead of the backoff', async () => {
    await emulator.admin.addFault({ effect: 'status', status: 429, retryAfter: 1, times: 1 });
    const client = widgetClient(emulator.baseUrl, { retry: { baseDelayMs: 5_000, maxDelayMs: 5_000 } });
    const started = Date.now();
    await client.request(list);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(1_000);
    expect(elapsed).toBeLessThan(2_000);
  });

  test('Retry-After as an HTTP-date is waited for until that moment', async () => {
    const until = Math.ceil((Date.now() + 1_000) / 1_000) * 1_000 + 1_000; // a whole second, 1-2 s ahead
    await emulator.admin.addFault({ effect: 'status', status: 503, retryAfter: new Date(until).toUTCString(), times: 1 });
    const client = widgetClient(emulator.baseUrl, { retry: { baseDelayMs: 5_000, maxDelayMs: 5_000 } });
    await client.request(list);
    expect(Date.now()).toBeGreaterThanOrEqual(until - 20);
    expect(Date.now()).toBeLessThan(until + 1_000);
  });

  test('gives up after maxAttempts with the last status and the number of attempts', async () => {
    await emulator.admin.addFault({ effect: 'status', status: 502, retryAfter: 0 });
    const error = await failure(widgetClient(emulator.baseUrl, { retry: { maxAttempts: 3 } }).request(list));
    expect(error.message).toBe('VMS list widgets: HTTP 502: Bad Gateway (after 3 attempts)');
    expect(error).toMatchObject({ kind: 'transient', status: 502, attempts: 3, retryable: true });
    expect(await emulator.admin.count('GET /widgets')).toBe(3);
  });

  test('a Retry-After longer than the cap fails at once instead of waiting', async () => {
    await emulator.admin.addFault({ effect: 'status', status: 503, retryAfter: 120 });
    const started = Date.now();
    const error = await failure(widgetClient(emulator.baseUrl, { retry: { maxRetryAfterMs: 1_000 } }).request(list));
    expect(error).toMatchObject({ status: 503, attempts: 1 });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  test('without Retry-After the backoff doubles per retry, and each retry is logged', async () => {
    await emulator.admin.addFault({ effect: 'status', status: 504, times: 3 });
    const logger = captureLogger();
    const client = widgetClient(emulator.baseUrl, { logger, retry: { baseDelayMs: 20, maxDelayMs: 1_000, random: () => 1 } });
    await client.request(list);
    const retries = logger.lines.filter((l) => l.level === 'warn');
    expect(retries.map((l) => l.fields?.['delay_ms'])).toEqual([20, 40, 80]);
    expect(retries.map((l) => l.fields?.['attempt'])).toEqual([1, 2, 3]);
    expect(retries[0]?.fields).toMatchObject({ platform: 'vms', operation: 'list widgets', method: 'GET', route: '/widgets', status: 504 });
  });

  test('a platform can declare a 503 a limit: it is not retried, even on a GET', async () => {
    const answer = JSON.stringify({ status: 503, body: 'Max allowed API tokens reached' });
    const client = widgetClient(emulator.baseUrl, {
      classifyFailure: (response) => (response.status === 503 && response.body === 'Max allowed API tokens reached' ? 'limit' : undefined),
    });
    const error = await failure(client.request({ operation: 'create API token', method: 'GET', path: '/respond', route: '/respond', query: { answer } }));
    expect(error.message).toBe('VMS create API token: HTTP 503: Max allowed API tokens reached');
    expect(error).toMatchObject({ kind: 'limit', retryable: false, attempts: 1 });
    expect(await emulator.admin.count('GET /respond')).toBe(1);
  });

  test('a 500 is not transient and is not retried', async () => {
    const error = await failure(widgetClient(emulator.baseUrl).request({ operation: 'crash', method: 'GET', path: '/crash' }));
    expect(error).toMatchObject({ kind: 'failed', status: 500, attempts: 1 });
  });

  test('a timeout on an idempotent call is retried', async () => {
    await emulator.admin.addFault({ effect: 'latency', ms: 500, times: 1 });
    const logger = captureLogger();
    const response = await widgetClient(emulator.baseUrl, { logger, timeoutMs: 100 }).request(list);
    expect(response.status).toBe(200);
    expect(logger.lines.filter((l) => l.level === 'debug').map((l) => l.fields?.['status'] ?? l.fields?.['error'])).toEqual(['ETIMEDOUT', 200]);
  });

  test('a refused connection is retried even for a POST: nothing reached the platform', async () => {
    const probe = await startEmulator(testPlatform());
    const port = Number(new URL(probe.baseUrl).port);
    await probe.stop();
    let late: RunningEmulator<WidgetState> | undefined;
    let starting: Promise<void> | undefined;
    // The platform comes up while the client waits to retry.
    const logger = captureLogger((line) => {
      if (line.level === 'warn') starting ??= startEmulator(testPlatform(), { port }).then((e) => void (late = e));
    });
    try {
      const client = widgetClient(`http://127.0.0.1:${port}`, { logger, retry: { baseDelayMs: 300, maxDelayMs: 300 } });
      const response = await client.request(create);
      expect(response.status).toBe(201);
      expect(logger.lines.find((l) => l.level === 'debug')?.fields?.['error']).toBe('ECONNREFUSED');
      expect(Object.keys(late!.context.state.read().widgets)).toHaveLength(1);
    } finally {
      await starting;
      await late?.stop();
    }
  });

  test('a 401 renews the credentials once and repeats the call, even a POST', async () => {
    let token = 'stale-token-value';
    let refreshes = 0;
    const client = widgetClient(emulator.baseUrl, {
      auth: {
        headers: async () => ({ Authorization: `Bearer ${token}` }),
        refresh: async () => {
          refreshes += 1;
          token = emulator.context.users.admin.password;
          return true;
        },
      },
    });
    const response = await client.request({ operation: 'create widget', method: 'POST', path: '/guarded/widgets' });
    expect(response.status).toBe(201);
    expect(refreshes).toBe(1);
    expect(await emulator.admin.count('POST /guarded/widgets')).toBe(2);
    expect(Object.keys(emulator.context.state.read().widgets)).toHaveLength(1);
  });

  test('a second 401 after renewing is the answer: no endless renewal', async () => {
    let refreshes = 0;
    const client = widgetClient(emulator.baseUrl, {
      auth: {
        headers: async () => ({ Authorization: 'Bearer always-wrong' }),
        refresh: async () => {
          refreshes += 1;
          return true;
        },
      },
    });
    const error = await failure(client.request({ operation: 'create widget', method: 'POST', path: '/guarded/widgets' }));
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, attempts: 2, platformMessage: 'invalid bearer token' });
    expect(refreshes).toBe(1);
  });
});
