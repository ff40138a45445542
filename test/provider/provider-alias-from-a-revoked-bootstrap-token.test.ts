// Review: a provider alias configured from a managed token (the bootstrap pattern), and that token
// revoked out of band. The plan re-creates the bootstrap token, so the alias's api_token is unknown for
// that plan; refreshing the tokens managed through the alias then failed the whole plan with "VMS
// Configuration Unknown", so the drift could not even be healed. A token that cannot be read keeps its
// prior state: the plan must re-create the bootstrap token and leave the others alone.
import { resourceTest } from '../support/resource-test';
import { allTokens } from '../provider/vms/vms-platform';

jest.setTimeout(180_000);

const CONFIG = `
variable "vms_endpoint" {
  type = string
}

resource "authtoken_vms_api_token" "bootstrap" {
  name   = "bootstrap"
  expiry = "1D"
}

provider "authtoken" {
  alias = "ci"
  vms {
    endpoint  = var.vms_endpoint
    api_token = authtoken_vms_api_token.bootstrap.token
  }
}

resource "authtoken_vms_api_token" "deploy" {
  provider = authtoken.ci
  name     = "deploy"
  expiry   = "1D"
}
`;

test('a bootstrap token revoked out of band is re-created, and tokens managed through a provider configured from it are left alone', async () => {
  let bootstrapId = '';
  let deployId = '';
  await resourceTest({
    setup: async (ctx) => {
      ctx.ws.writeConfig(`vms_endpoint = "${ctx.emulators.connection.vms.endpoint}"\n`, 'terraform.tfvars');
    },
    steps: [
      {
        name: 'create the bootstrap token and a token through it',
        config: CONFIG,
        check: async (ctx) => {
          bootstrapId = (await ctx.values('authtoken_vms_api_token.bootstrap'))['id'] as string;
          deployId = (await ctx.values('authtoken_vms_api_token.deploy'))['id'] as string;
        },
      },
      {
        name: 'the bootstrap token revoked out of band is drift',
        preConfig: async (ctx) => {
          await ctx.emulators.vms.admin.action('revoke-api-token', { id: bootstrapId });
        },
        refreshOnlyExitCode: 2,
      },
      {
        name: 'the plan re-creates the bootstrap token and leaves the other one as it is',
        planChecks: { 'authtoken_vms_api_token.bootstrap': 'create', 'authtoken_vms_api_token.deploy': 'no-op' },
        check: async (ctx) => {
          const plan = ctx.transcript.filter((t) => t.startsWith('$ terraform plan -input=false -out=tfplan')).at(-1)!;
          expect(plan).toMatch(/VMS Token Not Refreshed[\s\S]*authtoken_vms_api_token\s+\(id\s+\w+\)\s+keeps\s+its\s+prior\s+state/);
          expect((await ctx.values('authtoken_vms_api_token.deploy'))['id']).toBe(deployId);
          const live = (await allTokens(ctx)).filter((t) => !t.revoked).map((t) => t.id);
          expect(live).toContain(deployId);
          expect(live).not.toContain(bootstrapId);
        },
      },
    ],
  });
});
