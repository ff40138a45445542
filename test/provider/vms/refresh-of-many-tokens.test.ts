// A refresh as Terraform really runs it (ten ReadResource calls at a time, one provider process per
// walk): a dozen tokens cost one list request, drift stays exact, and each run reads afresh.
import { resourceTest } from '../../support/resource-test';
import { nothingLive } from './vms-platform';

jest.setTimeout(180_000);

const LIST = 'GET /api/:version/apitokens/';

test('twelve tokens refresh from one list request; one revoked out of band is drift, the other eleven are not', async () => {
  let ids: string[] = [];
  await resourceTest({
    setup: async (ctx) => {
      await ctx.emulators.vms.admin.action('set-max-api-tokens-per-user', { limit: 50 });
    },
    steps: [
      {
        name: 'create twelve',
        config: `
resource "authtoken_vms_api_token" "t" {
  count  = 12
  name   = "team-\${count.index}"
  expiry = "30D"
}
`,
        check: async (ctx) => {
          const state = await ctx.state();
          ids = (state.values?.root_module?.resources ?? []).map((r) => r.values['id'] as string);
          expect(ids).toHaveLength(12);
        },
      },
      {
        name: 'untouched: no drift, one list request, no read of a single token',
        preConfig: (ctx) => ctx.emulators.vms.admin.resetRequests(),
        refreshOnlyExitCode: 0,
        check: async (ctx) => {
          const counts = (await ctx.emulators.vms.admin.requests()).counts;
          expect(counts[LIST]).toBe(1);
          expect(counts['GET /api/:version/apitokens/:id/']).toBeUndefined();
        },
      },
      {
        name: 'one revoked out of band: drift, found from the same one list',
        preConfig: async (ctx) => {
          await ctx.emulators.vms.admin.action('revoke-api-token', { id: ids[5] });
          await ctx.emulators.vms.admin.resetRequests();
        },
        refreshOnlyExitCode: 2,
        check: async (ctx, r) => {
          expect(r.stdout).toMatch(/authtoken_vms_api_token\.t\[5\] has been deleted/);
          expect(r.stdout.match(/has been deleted/g)).toHaveLength(1);
          expect((await ctx.emulators.vms.admin.requests()).counts[LIST]).toBe(1);
        },
      },
      { name: 'a plan creates it again', planChecks: { 'authtoken_vms_api_token.t[5]': 'create', 'authtoken_vms_api_token.t[4]': 'no-op' } },
    ],
    checkDestroy: (ctx) => nothingLive(ctx),
  });
});
