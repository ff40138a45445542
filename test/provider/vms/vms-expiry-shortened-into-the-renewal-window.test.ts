// Review: a VMS API token with renew_before = "36h", its expiry shortened from 10 days to 2 when it is a
// day old. The new expiry (counted from creation) leaves it a day, inside the renewal window, but the plan
// judged renewal by the old expiry and changed the token in place; the very next plan then replaced it.
// One plan must do it: replace the token (a new 2-day token), after which the re-plan is empty.
import { resourceTest } from '../../support/resource-test';

jest.setTimeout(180_000);

const config = (expiry: string) => `
resource "authtoken_vms_api_token" "r" {
  name         = "shortened"
  expiry       = "${expiry}"
  renew_before = "36h"
}
`;

test('an expiry shortened into the renewal window replaces the token in one plan', async () => {
  let firstId = '';
  await resourceTest({
    steps: [
      {
        name: 'a 10-day token',
        config: config('10D'),
        check: async (ctx) => {
          firstId = (await ctx.values('authtoken_vms_api_token.r'))['id'] as string;
        },
      },
      {
        name: 'a day later, the expiry shortened to 2 days: due for renewal at once',
        preConfig: async (ctx) => {
          await ctx.emulators.vms.admin.advanceClock(86_400);
        },
        config: config('2D'),
        planChecks: { 'authtoken_vms_api_token.r': 'replace' },
        check: async (ctx) => {
          const v = await ctx.values('authtoken_vms_api_token.r');
          expect(v['id']).not.toBe(firstId);
          expect(Date.parse(v['expires_at'] as string) - Date.parse(v['created'] as string)).toBe(2 * 86_400_000);
        },
      },
    ],
  });
});
