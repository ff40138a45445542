// Renewal by the VMS's clock: a token within renew_before of its expiry is replaced, and with
// create_before_destroy the new token exists before the old one is revoked (the request log's order);
// a token without renew_before only gets a warning when less than a tenth of its lifetime is left.
import { resourceTest } from '../../support/resource-test';
import { CREATE, REVOKE, authenticates, nothingLive, tokenCalls } from './vms-platform';

jest.setTimeout(180_000);

const DAY = 86_400;

test('renew_before replaces a token due for renewal, new before old; without it, a warning names the token and its expiry', async () => {
  let before: { rotating: Record<string, unknown>; plain: Record<string, unknown> } | undefined;
  await resourceTest({
    steps: [
      {
        name: 'create',
        config: `
resource "authtoken_vms_api_token" "rotating" {
  name         = "rotating"
  expiry       = "10D"
  renew_before = "72h"
  lifecycle {
    create_before_destroy = true
  }
}

resource "authtoken_vms_api_token" "plain" {
  name   = "plain"
  expiry = "10D"
}
`,
        check: async (ctx) => {
          before = { rotating: await ctx.values('authtoken_vms_api_token.rotating'), plain: await ctx.values('authtoken_vms_api_token.plain') };
        },
      },
      {
        name: 'six days on, nothing is due',
        preConfig: async (ctx) => {
          await ctx.emulators.vms.admin.advanceClock(6 * DAY);
        },
        planChecks: { 'authtoken_vms_api_token.rotating': 'no-op', 'authtoken_vms_api_token.plain': 'no-op' },
        planOnly: true,
        check: async (_ctx, plan) => {
          expect(plan.stdout).not.toMatch(/Warning/);
        },
      },
      {
        name: 'nine days and a half on, the token is rotated and the other one warned about',
        preConfig: async (ctx) => {
          await ctx.emulators.vms.admin.advanceClock(3.5 * DAY);
          await ctx.emulators.vms.admin.resetRequests();
        },
        planChecks: { 'authtoken_vms_api_token.rotating': 'replace', 'authtoken_vms_api_token.plain': 'no-op' },
        check: async (ctx) => {
          const plan = ctx.transcript.find((t) => t.startsWith('$ terraform plan -input=false -out=tfplan') && t.includes('Token Due for Renewal'));
          expect(plan).toBeDefined();
          const text = plan!.replace(/\s+/g, ' ');
          expect(text).toMatch(new RegExp(`VMS API token "rotating" \\(id ${before!.rotating['id']}\\) expires at ${before!.rotating['expires_at']} \\(in 11h\\d+m\\d+s by the platform's clock\\), within renew_before = "72h"`));
          expect(text).toMatch(new RegExp(`Token Expires Soon .*VMS API token "plain" \\(id ${before!.plain['id']}\\) expires at ${before!.plain['expires_at']} \\(in 11h\\d+m\\d+s by the platform's clock\\)`));
          const rotated = await ctx.values('authtoken_vms_api_token.rotating');
          expect(rotated['id']).not.toBe(before!.rotating['id']);
          expect(Date.parse(rotated['expires_at'] as string) - Date.parse(rotated['created'] as string)).toBe(10 * DAY * 1000);
          expect(await authenticates(ctx, rotated['token'] as string)).toBe(true);
          expect(await authenticates(ctx, before!.rotating['token'] as string)).toBe(false);
          // Create before destroy: the new token was made before the old one was revoked.
          const calls = await tokenCalls(ctx);
          const created = calls.findIndex((c) => c.route === CREATE);
          const revoked = calls.findIndex((c) => c.route === REVOKE && c.url.includes(`/${before!.rotating['id']}/`));
          expect(created).toBeGreaterThanOrEqual(0);
          expect(revoked).toBeGreaterThan(created);
          expect(calls.filter((c) => c.route === REVOKE)).toHaveLength(1);
        },
      },
    ],
    checkDestroy: (ctx) => nothingLive(ctx),
  });
});
