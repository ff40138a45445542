// A provider configured from another resource's output: its VMS block is unknown while planning, so the
// plan must go through (no API call is possible yet), and the apply then creates the
// token with the configuration known. Also the environment-only configuration beside it.
import { resourceTest } from '../support/resource-test';

jest.setTimeout(120_000);

test('a token of a provider whose configuration is known only after apply plans, then applies', async () => {
  await resourceTest({
    steps: [
      {
        name: 'plan with the provider block unknown, then apply',
        config: `
variable "vms_password" {
  type      = string
  sensitive = true
}

# Stands for whatever produces the endpoint (a module output, a load balancer): known only after apply.
resource "terraform_data" "vms_endpoint" {
  input = "${'$'}{var.vms_endpoint}"
}

variable "vms_endpoint" {
  type = string
}

provider "authtoken" {
  alias = "late"
  vms {
    endpoint = terraform_data.vms_endpoint.output
    username = "admin"
    password = var.vms_password
  }
}

resource "authtoken_vms_api_token" "late" {
  provider = authtoken.late
  name     = "configured-at-apply"
}

# Configured from the environment alone.
resource "authtoken_vms_api_token" "env" {
  name = "configured-by-environment"
}
`,
        planChecks: { 'authtoken_vms_api_token.late': 'create', 'authtoken_vms_api_token.env': 'create' },
        check: async (ctx) => {
          const late = await ctx.values('authtoken_vms_api_token.late');
          expect(late['name']).toBe('configured-at-apply');
          expect(late['owner']).toBe('admin');
          expect(late['token']).toMatch(/^\w+\.\S+$/);
        },
      },
    ],
    env: (emulators) => ({ TF_VAR_vms_password: emulators.connection.vms.password, TF_VAR_vms_endpoint: emulators.connection.vms.endpoint }),
    checkDestroy: async (ctx) => {
      const state = (await ctx.emulators.vms.admin.state()) as { apiTokens: Record<string, { revoked: boolean }> };
      expect(Object.values(state.apiTokens).filter((t) => !t.revoked)).toEqual([]);
    },
  });
});
