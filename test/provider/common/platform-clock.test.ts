// The platform's clock read from the Date header of its answers, over real HTTP against the test
// platform: this machine's time until an answer tells otherwise, then the last measured offset, from
// success and error answers alike; an answer without a readable Date changes nothing.
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { PlatformClock, PlatformError } from '../../../src/provider/common';
import { widgetClient } from '../../support/client';
import { errorCollector, testPlatform, type WidgetState } from '../../support/test-platform';

const DAY_MS = 86_400_000;
/** Date has whole seconds; the round trip on loopback adds a little. */
const SLACK_MS = 1_500;

function expectAhead(now: Date, aheadMs: number): void {
  expect(Math.abs(now.getTime() - Date.now() - aheadMs)).toBeLessThanOrEqual(SLACK_MS);
}

describe('the platform clock', () => {
  let emulator: RunningEmulator<WidgetState>;
  beforeAll(async () => {
    emulator = await startEmulator(testPlatform(), { reportError: errorCollector().report });
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.admin.reset());

  const respond = (headers: Record<string, string>) => ({ operation: 'respond', method: 'GET', path: '/respond', query: { answer: JSON.stringify({ status: 200, headers, body: {} }) } }) as const;

  test('before any answer it is this machine\'s time, with no offset', () => {
    const client = widgetClient(emulator.baseUrl);
    expect(client.platformClockOffsetMs).toBeUndefined();
    expectAhead(client.platformNow(), 0);
    client.close();
  });

  test('one call after the platform\'s clock moved a day, platformNow() is a day ahead', async () => {
    const client = widgetClient(emulator.baseUrl);
    await client.request({ operation: 'list widgets', method: 'GET', path: '/widgets' });
    expectAhead(client.platformNow(), 0);
    await emulator.admin.advanceClock(DAY_MS / 1000);
    await client.request({ operation: 'list widgets', method: 'GET', path: '/widgets' });
    expectAhead(client.platformNow(), DAY_MS);
    expect(Math.abs(client.platformClockOffsetMs! - DAY_MS)).toBeLessThanOrEqual(SLACK_MS);
    client.close();
  });

  test('an error answer tells the time too', async () => {
    await emulator.admin.advanceClock(3_600);
    const client = widgetClient(emulator.baseUrl);
    await expect(client.request({ operation: 'get widget', method: 'GET', path: '/widgets/none' })).rejects.toBeInstanceOf(PlatformError);
    expectAhead(client.platformNow(), 3_600_000);
    client.close();
  });

  test('a platform whose clock is behind gives a negative offset', async () => {
    const client = widgetClient(emulator.baseUrl);
    await client.request(respond({ Date: new Date(Date.now() - 3_600_000).toUTCString() }));
    expectAhead(client.platformNow(), -3_600_000);
    client.close();
  });

  test('an answer with an unreadable Date keeps the last measurement', async () => {
    await emulator.admin.advanceClock(DAY_MS / 1000);
    const client = widgetClient(emulator.baseUrl);
    await client.request({ operation: 'list widgets', method: 'GET', path: '/widgets' });
    await client.request(respond({ Date: 'yesterday, probably' }));
    expectAhead(client.platformNow(), DAY_MS);
    client.close();
  });

  test('the header is truncated to the second, so it counts as half a second later; the exchange as its middle', () => {
    const clock = new PlatformClock();
    const stamped = Date.parse('Thu, 01 Jan 2026 00:00:00 GMT');
    clock.observe('Thu, 01 Jan 2026 00:00:00 GMT', stamped - 1_000, stamped + 1_000);
    expect(clock.offsetMs).toBe(500);
    clock.observe(undefined, 0, 0);
    expect(clock.offsetMs).toBe(500);
  });
});
