// A platform session that expires in the middle of a long apply is renewed once for all the calls in
// flight, not once per call: the emulators' clocks are moved past the session's lifetime while ten
// creates at a time are under way (ALS: the UAA access token, 12 h; VMS: the JWT access token, 1 h, whose
// refresh token still holds). The request logs then show one login at the start and one renewal for the
// whole burst of 401s. (OpenShift authenticates every call with Basic or a token: it has no session.)
import { madePerPlatform } from '../../support/crash-recovery';
import { waitFor } from '../../support/process-tree';
import { census, describeCensus, expectConverged, useFleet, type Fleet } from '../../support/token-fleet';

jest.setTimeout(180_000);

const SIZE = { als: 40, vms: 40, openshift: 0 };
const UAA_TOKEN = 'POST /uaa/oauth/token';
const VMS_LOGIN = 'POST /api/token/';
const VMS_REFRESH = 'POST /api/token/refresh/';

let fleet: Fleet;
useFleet(SIZE, (started) => (fleet = started));

test('sessions expiring mid-apply are renewed once for every call in flight', async () => {
  await fleet.terraform(['plan', '-input=false', '-out=tfplan']);
  const { als, vms } = fleet.emulators;
  for (const e of [als, vms]) await e.admin.resetRequests();
  // Creates take 300 ms on their way in, so ten are always in flight; auth is checked after the wait.
  await als.admin.addFault({ effect: 'latency', ms: 300, method: 'POST', route: '/v2/service_auth_tokens' });
  await vms.admin.addFault({ effect: 'latency', ms: 300, method: 'POST', route: '/api/:version/apitokens/' });

  const applying = fleet.terraform(['apply', '-input=false', 'tfplan']);
  // Each platform's session expires once its creates are well under way.
  const expire = async (platform: 'als' | 'vms', seconds: number) => {
    await waitFor(`the apply to be under way on ${platform}`, () => madePerPlatform(fleet)[platform] >= 8, 60_000);
    await fleet.emulators[platform].admin.advanceClock(seconds);
  };
  await Promise.all([expire('als', 12 * 3600 + 60), expire('vms', 2 * 3600)]);
  await applying;

  const alsLog = (await als.admin.requests()).entries;
  const vmsLog = (await vms.admin.requests()).entries;
  const status = (e: (typeof alsLog)[number]) => (e.outcome.kind === 'answered' ? e.outcome.status : undefined);
  const figures = {
    alsGrants: alsLog.filter((e) => e.route === UAA_TOKEN).length,
    als401: alsLog.filter((e) => status(e) === 401).length,
    vmsLogins: vmsLog.filter((e) => e.route === VMS_LOGIN).length,
    vmsRefreshes: vmsLog.filter((e) => e.route === VMS_REFRESH).length,
    vms401: vmsLog.filter((e) => status(e) === 401).length,
  };
  const result = await census(fleet);
  process.stdout.write(
    describeCensus(
      `session-expiry-mid-apply: ALS — ${figures.als401} calls met the expired UAA token, UAA grants in the apply ${figures.alsGrants} (the login and one renewal); ` +
        `VMS — ${figures.vms401} calls met the expired JWT, logins ${figures.vmsLogins}, refreshes ${figures.vmsRefreshes}`,
      result,
    ),
  );
  expectConverged(result, SIZE);
  // Several calls were in flight when the session expired…
  expect(figures.als401).toBeGreaterThan(1);
  expect(figures.vms401).toBeGreaterThan(1);
  // …and one renewal served them all.
  expect(figures.alsGrants).toBe(2);
  expect(figures.vmsLogins).toBe(1);
  expect(figures.vmsRefreshes).toBe(1);
});
