// Every emulator answer carries one HTTP Date header from the emulator's clock, not the machine's: the
// platforms' own answers (successes and errors), injected faults and the admin API alike, so clients can
// read the platform's time and tests can move it.
import { startEmulators, type RunningEmulators } from '../../../src/emulators';
import { send, type RawResponse } from '../../support/http';

const DAY_MS = 86_400_000;
const IMF_FIXDATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$/;

function dateOf(response: RawResponse): number {
  const values = response.rawHeaders.filter((_, i) => i % 2 === 0 && response.rawHeaders[i]!.toLowerCase() === 'date');
  expect(values).toHaveLength(1);
  const date = String(response.headers['date']);
  expect(date).toMatch(IMF_FIXDATE);
  return Date.parse(date);
}

/** The header has whole seconds: within a second below the clock before the call and a second above after. */
function expectAround(dateMs: number, beforeMs: number, afterMs: number): void {
  expect(dateMs).toBeGreaterThanOrEqual(Math.floor(beforeMs / 1000) * 1000);
  expect(dateMs).toBeLessThanOrEqual(afterMs);
}

describe('emulator server: the Date header', () => {
  let emulators: RunningEmulators;
  beforeAll(async () => {
    emulators = await startEmulators();
  });
  afterAll(() => emulators.stop());
  afterEach(async () => {
    for (const e of [emulators.als, emulators.vms, emulators.openshift]) await e.admin.reset();
  });

  const answers = () => [
    () => send(`${emulators.als.baseUrl}/v2/info`),
    () => send(`${emulators.als.baseUrl}/v2/service_auth_tokens`),
    () => send(`${emulators.vms.baseUrl}/api/v5/apitokens/`),
    () => send(`${emulators.vms.baseUrl}/no/such/path`),
    () => send(`${emulators.openshift.baseUrl}/broker/rest/api`),
    () => send(`${emulators.openshift.baseUrl}/broker/rest/user/authorizations`),
    () => send(`${emulators.vms.adminUrl}/clock`),
  ];

  test('without a clock change it is the real time, in HTTP\'s date format, once per answer', async () => {
    for (const answer of answers()) {
      const before = Date.now();
      const response = await answer();
      expectAround(dateOf(response), before, Date.now());
    }
  });

  test('after the emulator clock moves a day, every answer is dated a day later', async () => {
    for (const e of [emulators.als, emulators.vms, emulators.openshift]) await e.admin.advanceClock(DAY_MS / 1000);
    for (const answer of answers()) {
      const before = Date.now();
      const response = await answer();
      expectAround(dateOf(response), before + DAY_MS, Date.now() + DAY_MS);
    }
  });

  test('an injected fault is dated by the emulator clock too', async () => {
    await emulators.vms.admin.advanceClock(3_600);
    await emulators.vms.admin.addFault({ effect: 'status', status: 503, retryAfter: 1, times: 1 });
    const before = Date.now();
    const response = await send(`${emulators.vms.baseUrl}/api/v5/vms/`);
    expect(response.status).toBe(503);
    expectAround(dateOf(response), before + 3_600_000, Date.now() + 3_600_000);
  });

  test('each emulator has its own clock', async () => {
    await emulators.als.admin.advanceClock(DAY_MS / 1000);
    const before = Date.now();
    const vms = await send(`${emulators.vms.baseUrl}/api/v5/vms/`);
    const als = await send(`${emulators.als.baseUrl}/v2/info`);
    expectAround(dateOf(vms), before, Date.now());
    expectAround(dateOf(als), before + DAY_MS, Date.now() + DAY_MS);
  });
});
