// Drift that means something: a token used by its holder is no drift, a token revoked or expired behind
// Terraform's back is (`plan -refresh-only -detailed-exitcode` exits 2), and the next plan creates it again.
import { resourceTest, type TestContext } from '../../support/resource-test';
import { authenticates, inOutput, nothingLive } from './vms-platform';

jest.setTimeout(180_000);

const ADDRESS = 'authtoken_vms_api_token.ci';
const HOUR = 3600;

test('use is no drift; revoked or expired outside Terraform is drift, and a plan creates the token again', async () => {
  const ids: string[] = [];
  const remember = async (ctx: TestContext) => {
    const id = (await ctx.values(ADDRESS))['id'] as string;
    expect(ids).not.toContain(id);
    ids.push(id);
  };
  await resourceTest({
    steps: [
      {
        name: 'create',
        config: `
resource "authtoken_vms_api_token" "ci" {
  name   = "ci-deploy"
  expiry = "1D"
}
`,
        check: remember,
      },
      {
        name: 'the token is used: no drift',
        preConfig: async (ctx) => {
          expect(await authenticates(ctx, (await ctx.values(ADDRESS))['token'] as string)).toBe(true);
        },
        refreshOnlyExitCode: 0,
      },
      {
        name: 'revoked out of band: drift',
        preConfig: async (ctx) => {
          await ctx.emulators.vms.admin.action('revoke-api-token', { id: ids.at(-1) });
        },
        refreshOnlyExitCode: 2,
        check: async (_ctx, r) => {
          expect(r.stdout).toMatch(/authtoken_vms_api_token\.ci has been deleted/);
        },
      },
      { name: 'a plan creates it again', planChecks: { [ADDRESS]: 'create' }, check: remember },
      {
        name: 'expired by the VMS clock: drift',
        preConfig: async (ctx) => {
          await ctx.emulators.vms.admin.advanceClock(25 * HOUR);
        },
        refreshOnlyExitCode: 2,
        check: async (_ctx, r) => {
          expect(r.stdout).toMatch(/authtoken_vms_api_token\.ci has been deleted/);
        },
      },
      { name: 'a plan creates it again', planChecks: { [ADDRESS]: 'create' }, check: remember },
      {
        name: 'two hours on, an expiry of 1H would leave the token expired: it is replaced instead',
        preConfig: async (ctx) => {
          await ctx.emulators.vms.admin.advanceClock(2 * HOUR);
        },
        config: `
resource "authtoken_vms_api_token" "ci" {
  name   = "ci-deploy"
  expiry = "1H"
}
`,
        planChecks: { [ADDRESS]: 'replace' },
        check: async (ctx) => {
          await remember(ctx);
          const plan = ctx.transcript.filter((t) => t.startsWith('$ terraform plan -input=false -out=tfplan')).at(-1)!;
          expect(plan).toMatch(inOutput('Expiry Change Replaces the VMS API Token', 'would leave the existing token'));
          const v = await ctx.values(ADDRESS);
          expect(Date.parse(v['expires_at'] as string) - Date.parse(v['created'] as string)).toBe(HOUR * 1000);
        },
      },
    ],
    checkDestroy: (ctx) => nothingLive(ctx),
  });
});
