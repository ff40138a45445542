// Review: a saved plan shortens a VMS token's expiry in place (10 days to 2, when the token is a day
// old: a day left). Applied a day and a half later, the VMS counts the new expiry from creation, so the
// PATCH made the token expire on the spot: the apply reported success, the token no longer worked, and
// the next plan created a new one with a new secret. The apply must refuse instead (nothing changed on
// the VMS), saying to plan again; a new plan replaces the token, as it does for such a change.
import { resourceTest } from '../../support/resource-test';
import { MODIFY, allTokens, authenticates, tokenCalls } from './vms-platform';

jest.setTimeout(180_000);

const DAY = 86_400;
const config = (expiry: string) => `
resource "authtoken_vms_api_token" "r" {
  name   = "late"
  expiry = "${expiry}"
}
`;

test('a saved in-place expiry change that would expire the token by the time it is applied is refused', async () => {
  let first: Record<string, unknown> = {};
  await resourceTest({
    steps: [
      {
        name: 'a 10-day token',
        config: config('10D'),
        check: async (ctx) => {
          first = await ctx.values('authtoken_vms_api_token.r');
        },
      },
      {
        name: 'a day later, shortened to 2 days in place; the saved plan applied a day and a half after that',
        preConfig: async (ctx) => {
          await ctx.emulators.vms.admin.advanceClock(DAY);
        },
        config: config('2D'),
        planChecks: { 'authtoken_vms_api_token.r': 'update' },
        planOnly: true,
        check: async (ctx) => {
          await ctx.emulators.vms.admin.advanceClock(1.5 * DAY);
          await ctx.emulators.vms.admin.resetRequests();
          const applied = await ctx.terraform(['apply', '-input=false', 'tfplan'], 1);
          expect(applied.stdout + applied.stderr).toMatch(/already expired/);
          // Nothing was changed on the VMS: the token keeps its 10 days and still works.
          expect((await tokenCalls(ctx)).map((c) => c.route)).not.toContain(MODIFY);
          expect((await allTokens(ctx)).find((t) => t.id === first['id'])).toMatchObject({ expiry_date: first['expires_at'], revoked: false });
          expect(await authenticates(ctx, first['token'] as string)).toBe(true);
        },
      },
      {
        name: 'planned again, the change replaces the token',
        planChecks: { 'authtoken_vms_api_token.r': 'replace' },
      },
    ],
  });
});
