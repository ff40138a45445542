// The provider authenticates to the VMS with an API token (VMS_API_TOKEN) that is also managed here:
// destroying or replacing that resource is refused at plan, before any token call, and the token lives on.
import { resourceTest, type TestContext } from '../../support/resource-test';
import { REVOKE, adminApi, authenticates, nothingLive, routesOf, tokenCalls, TOKEN_MANAGER } from './vms-platform';

jest.setTimeout(120_000);

let credentialId = '';
let credential = '';

const managed = (extra = '') => `
resource "authtoken_vms_api_token" "provider_credential" {
  name = "provider-credential"${extra}
}
`;

async function noTokenChange(ctx: TestContext): Promise<void> {
  const calls = routesOf(await tokenCalls(ctx));
  expect(calls.filter((r) => r.startsWith('POST') || r.startsWith('PATCH'))).toEqual([]);
  expect(await authenticates(ctx, credential)).toBe(true);
}

test('the token the provider authenticates with is neither revoked nor replaced', async () => {
  await resourceTest({
    setup: async (ctx) => {
      await ctx.emulators.vms.admin.putUser('alice', { roles: TOKEN_MANAGER });
      const api = adminApi(ctx);
      try {
        const made = await api.createApiToken({ name: 'provider-credential' });
        credentialId = made.id;
        credential = made.token;
      } finally {
        api.close();
      }
      // The provider prefers VMS_API_TOKEN to the admin's username and password.
      Object.assign(ctx.ws.env, { VMS_API_TOKEN: credential });
    },
    steps: [
      {
        name: 'import the credential',
        config: managed(),
        // The id is known once setup made the token: an import block beside the configuration.
        preConfig: async (ctx) => {
          ctx.ws.writeConfig(`import {\n  to = authtoken_vms_api_token.provider_credential\n  id = "${credentialId}"\n}\n`, 'import.tf');
        },
        check: async (ctx) => {
          const v = await ctx.values('authtoken_vms_api_token.provider_credential');
          expect(v).toMatchObject({ id: credentialId, name: 'provider-credential', owner: 'admin', token: null });
        },
      },
      {
        name: 'removing it from the configuration is refused',
        preConfig: async (ctx) => {
          ctx.ws.writeConfig('', 'import.tf');
          await ctx.emulators.vms.admin.resetRequests();
        },
        config: '# the credential is no longer configured\n',
        expectError: /Refusing to Revoke the Provider's Own VMS Token[\s\S]*authenticates to VMS\s+with/,
        check: noTokenChange,
      },
      {
        name: 'a change that replaces it is refused',
        config: managed('\n  owner = "alice"'),
        expectError: /Refusing to Replace the Provider's Own VMS Token/,
        check: noTokenChange,
      },
      {
        name: 'destroy is refused',
        config: managed(),
        planOnly: true,
        check: async (ctx) => {
          const r = await ctx.terraform(['destroy', '-auto-approve', '-input=false'], 1);
          expect(r.stderr).toMatch(/Refusing to Revoke the Provider's Own VMS Token/);
          await noTokenChange(ctx);
          expect(routesOf(await tokenCalls(ctx))).not.toContain(REVOKE);
          // Let the harness's destroy through: the credential leaves Terraform's hands, not the VMS.
          await ctx.terraform(['state', 'rm', 'authtoken_vms_api_token.provider_credential']);
        },
      },
      { name: 'nothing managed any more', config: '# nothing\n' },
    ],
    checkDestroy: async (ctx) => {
      await nothingLive(ctx, [credentialId]);
      expect(await authenticates(ctx, credential)).toBe(true);
    },
  });
});
