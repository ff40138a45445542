// Review: the provider authenticating to the broker with a long-lived session token (OPENSHIFT_TOKEN, as
// CI usually does), and the authtoken_openshift_authorizations data source. The broker lists that very
// authorization among the user's, token included, so the data source wrote the provider's own credential
// into the state file (where anyone who can read state can now act as the user). The provider knows its
// own credential: the data source must list it without its token, as it does for ephemeral ones.
import { resourceTest } from '../../support/resource-test';

jest.setTimeout(120_000);

test('the authorizations data source never writes the provider\'s own token into state', async () => {
  let own: { id: string; token: string } | undefined;
  await resourceTest({
    setup: async (ctx) => {
      own = await ctx.emulators.openshift.admin.action<{ id: string; token: string }>('create-authorization', {
        login: ctx.emulators.connection.openshift.username,
        scopes: 'session',
        note: 'ci credential',
        expires_in: 30 * 86_400,
      });
      ctx.ws.writeConfig(`openshift_server = "${ctx.emulators.connection.openshift.server}"\nown_token = "${own.token}"\n`, 'terraform.tfvars');
    },
    steps: [
      {
        name: 'list the authorizations as the provider authenticated by its token',
        config: `
variable "openshift_server" {
  type = string
}

variable "own_token" {
  type      = string
  sensitive = true
}

provider "authtoken" {
  alias = "ci"
  openshift {
    server = var.openshift_server
    token  = var.own_token
  }
}

resource "authtoken_openshift_authorization" "deploy" {
  provider = authtoken.ci
  scopes   = ["read"]
  note     = "deploy"
}

data "authtoken_openshift_authorizations" "mine" {
  provider   = authtoken.ci
  depends_on = [authtoken_openshift_authorization.deploy]
}
`,
        check: async (ctx) => {
          const state = await ctx.state();
          const listed = state.values?.root_module?.resources?.find((r) => r.address === 'data.authtoken_openshift_authorizations.mine')?.values['authorizations'] as {
            id: string;
            token: string | null;
          }[];
          // Both are listed: the managed one with its token, the provider's own without.
          const deploy = await ctx.values('authtoken_openshift_authorization.deploy');
          expect(listed.find((a) => a.id === deploy['id'])?.token).toBe(deploy['token']);
          expect(listed.find((a) => a.id === own!.id)).toMatchObject({ id: own!.id, token: null });
          expect(ctx.ws.rawState()).not.toContain(own!.token);
        },
      },
    ],
  });
});
