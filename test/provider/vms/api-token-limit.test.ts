// The VMS allows each owner max_api_tokens_per_user valid tokens. Over it, the create is refused with 503
// "Max allowed API tokens reached": a limit reported with the limit and what to do, never retried; once
// the limit is raised, the same configuration applies.
import { resourceTest } from '../../support/resource-test';
import { CREATE, adminApi, inOutput, nothingLive, routesOf, tokenCalls } from './vms-platform';

jest.setTimeout(120_000);

test('an owner at the token limit gets the limit and what to do, after one create call; raising it lets the apply through', async () => {
  let existing = '';
  await resourceTest({
    setup: async (ctx) => {
      const api = adminApi(ctx);
      try {
        await api.setMaxApiTokensPerUser(1);
        existing = (await api.createApiToken({ name: 'made-elsewhere' })).id;
      } finally {
        api.close();
      }
      await ctx.emulators.vms.admin.resetRequests();
    },
    steps: [
      {
        name: 'at the limit',
        config: `
resource "authtoken_vms_api_token" "ci" {
  name = "ci-deploy"
}
`,
        expectError: inOutput(
          'VMS create API token failed',
          'Max allowed API tokens reached: "admin" already holds the maximum of 1 valid API tokens per user',
          'Revoke one of them, or raise the limit',
          'vms set_max_api_tokens_per_user',
        ),
        check: async (ctx, r) => {
          expect(r.stderr).not.toMatch(/bug in the provider/);
          expect(routesOf(await tokenCalls(ctx)).filter((c) => c === CREATE)).toEqual([CREATE]);
          await nothingLive(ctx, [existing]);
        },
      },
      {
        name: 'the limit raised',
        preConfig: async (ctx) => {
          const api = adminApi(ctx);
          try {
            await api.setMaxApiTokensPerUser(2);
          } finally {
            api.close();
          }
        },
        planChecks: { 'authtoken_vms_api_token.ci': 'create' },
      },
    ],
    checkDestroy: (ctx) => nothingLive(ctx, [existing]),
  });
});
