// Review: the provider authenticating to the broker with a token whose scope is not `session` (a
// least-privilege drift-check job given a `domain/<id>/view` token). The broker lets such a token list
// authorizations but hides every one of them (an empty list, 200), so each managed authorization read as
// deleted: `plan -refresh-only -detailed-exitcode` reported drift that was not there, `apply
// -refresh-only` would drop live tokens from state, and a plan proposed creating them all again. The
// broker names the scopes a request ran with (X-OAuth-Scopes): a list made without `session` says
// nothing about what exists, and the refresh must fail saying so.
import { resourceTest } from '../../support/resource-test';

jest.setTimeout(120_000);

const MANAGED = `
resource "authtoken_openshift_authorization" "deploy" {
  scopes = ["session"]
  note   = "deploy"
}
`;

const THROUGH_VIEW_TOKEN = `
variable "openshift_server" {
  type = string
}

variable "view_token" {
  type      = string
  sensitive = true
}

provider "authtoken" {
  alias = "viewer"
  openshift {
    server = var.openshift_server
    token  = var.view_token
  }
}

resource "authtoken_openshift_authorization" "deploy" {
  provider = authtoken.viewer
  scopes   = ["session"]
  note     = "deploy"
}
`;

test('a refresh through a token that cannot see authorizations fails instead of reporting them deleted', async () => {
  let id = '';
  await resourceTest({
    steps: [
      {
        name: 'an authorization managed with the password',
        config: MANAGED,
        check: async (ctx) => {
          id = (await ctx.values('authtoken_openshift_authorization.deploy'))['id'] as string;
        },
      },
      {
        name: 'refreshed through a domain-view token: an error naming the session scope, not a plan to create it again',
        preConfig: async (ctx) => {
          const { server, username } = ctx.emulators.connection.openshift;
          const view = await ctx.emulators.openshift.admin.action<{ token: string }>('create-authorization', {
            login: username,
            scopes: 'domain/0123456789abcdef01234567/view',
            expires_in: 86_400,
          });
          ctx.ws.writeConfig(`openshift_server = "${server}"\nview_token = "${view.token}"\n`, 'terraform.tfvars');
        },
        config: THROUGH_VIEW_TOKEN,
        expectError: /session/,
        check: async (ctx, result) => {
          expect(result.stdout).not.toMatch(/will be created/);
          expect((await ctx.values('authtoken_openshift_authorization.deploy'))['id']).toBe(id);
        },
      },
    ],
  });
});
