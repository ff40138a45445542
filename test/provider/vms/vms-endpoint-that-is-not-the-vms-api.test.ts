// Review: the provider pointed at an address that is not the VMS API (the VMS web UI path, a proxy's
// default backend, another service): every call answers 404 with a page that is not the VMS's. Each VMS
// API token read as revoked-or-deleted: `plan -refresh-only -detailed-exitcode` reported every token
// gone, a plan proposed creating them all again, and a destroy "revoked" them by forgetting them while
// they stayed live. Only the VMS saying it does not know the token (DRF's JSON 404) means gone; anything
// else is an error.
import { resourceTest } from '../../support/resource-test';

jest.setTimeout(120_000);

const THROUGH = (endpointVariable: boolean) => `
variable "vms_endpoint" {
  type    = string
  default = null
}

provider "authtoken" {
  ${endpointVariable ? 'vms {\n    endpoint = var.vms_endpoint\n  }' : ''}
}

resource "authtoken_vms_api_token" "ci" {
  name   = "ci"
  expiry = "1D"
}
`;

test('a VMS endpoint that answers 404 pages for everything is an error, not every token deleted', async () => {
  let id = '';
  await resourceTest({
    steps: [
      {
        name: 'a token',
        config: THROUGH(false),
        check: async (ctx) => {
          id = (await ctx.values('authtoken_vms_api_token.ci'))['id'] as string;
        },
      },
      {
        name: 'refreshed through the wrong address: an error, and no plan to create the token again',
        preConfig: async (ctx) => {
          ctx.ws.writeConfig(`vms_endpoint = "${ctx.emulators.connection.vms.endpoint}/ui"\n`, 'terraform.tfvars');
        },
        config: THROUGH(true),
        expectError: /404/,
        check: async (ctx) => {
          const plan = ctx.transcript.filter((t) => t.startsWith('$ terraform plan -input=false -out=tfplan')).at(-1)!;
          expect(plan).not.toMatch(/has been deleted|will be created/);
          expect((await ctx.values('authtoken_vms_api_token.ci'))['id']).toBe(id);
        },
      },
    ],
  });
});
