// Cancellation: the provider aborts in-flight calls when Terraform sends StopProvider.
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { PlatformError } from '../../../src/provider/common';
import { testPlatform, type WidgetState } from '../../support/test-platform';
import { widgetClient } from '../../support/client';

describe('abort', () => {
  let emulator: RunningEmulator<WidgetState>;
  beforeAll(async () => {
    emulator = await startEmulator(testPlatform());
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.admin.reset());

  const list = { operation: 'list widgets', method: 'GET', path: '/widgets' } as const;

  test('an AbortSignal cancels a call in flight at once', async () => {
    await emulator.admin.addFault({ effect: 'latency', ms: 1_500, times: 1 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const error = await widgetClient(emulator.baseUrl).request({ ...list, signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ kind: 'aborted', message: 'VMS list widgets: cancelled' });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  test('aborting while waiting out a Retry-After stops retrying', async () => {
    await emulator.admin.addFault({ effect: 'status', status: 503, retryAfter: 5 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const started = Date.now();
    const error = await widgetClient(emulator.baseUrl).request({ ...list, signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'aborted', attempts: 1 });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await emulator.admin.count('GET /widgets')).toBe(1);
  });

  test('an already aborted signal sends nothing', async () => {
    const error = await widgetClient(emulator.baseUrl).request({ ...list, signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'aborted', attempts: 0 });
    expect((await emulator.admin.requests()).total).toBe(0);
  });
});
