// Creating, modifying and revoking API tokens, even one's own, takes the Security realm's Create, Edit
// and Delete permissions on the VMS. A provider whose VMS user lacks one is told which, and for whom.
import { randomBytes } from 'node:crypto';
import { resourceTest, type Step } from '../../support/resource-test';
import { TOKEN_MANAGER, allTokens, authenticates, inOutput, liveTokens, nothingLive } from './vms-platform';

jest.setTimeout(150_000);

const token = (name: string) => `
resource "authtoken_vms_api_token" "ci" {
  name = "${name}"
}
`;

test('a VMS user without a Security permission gets a diagnostic naming the permission and the user', async () => {
  const password = randomBytes(12).toString('hex');
  const grant = (roles: string[]): Step['preConfig'] => async (ctx) => {
    await ctx.emulators.vms.admin.putUser('ci', { password, roles });
  };
  await resourceTest({
    setup: async (ctx) => {
      await ctx.emulators.vms.admin.putUser('ci', { password, roles: [] });
      Object.assign(ctx.ws.env, { VMS_USERNAME: 'ci', VMS_PASSWORD: password });
    },
    steps: [
      {
        name: 'no Create permission',
        config: token('ci-deploy'),
        expectError: inOutput('VMS create API token failed', 'HTTP 403', 'this needs the Create permission on the Security realm for the VMS user "ci"'),
        check: async (ctx) => {
          expect(await allTokens(ctx)).toEqual([]);
        },
      },
      {
        name: 'Create granted: the token works, its VMS name keeps the creation marker it could not shed',
        preConfig: grant(['security.create']),
        planChecks: { 'authtoken_vms_api_token.ci': 'create' },
        check: async (ctx) => {
          // The rename at the end of the apply (and at each refresh) is refused; Terraform never shows the marker.
          const v = await ctx.values('authtoken_vms_api_token.ci');
          expect(v).toMatchObject({ name: 'ci-deploy', owner: 'ci' });
          expect(await authenticates(ctx, v['token'] as string)).toBe(true);
          expect((await liveTokens(ctx)).map((t) => t.name)).toEqual([expect.stringMatching(/^ci-deploy \[tf-create:[0-9a-f]{16}-[0-9a-f]{8}\]$/)]);
        },
      },
      {
        name: 'no Edit permission',
        config: token('ci-deploy-2'),
        expectError: inOutput('VMS modify API token failed', 'HTTP 403', 'this needs the Edit permission on the Security realm for the VMS user "ci"'),
      },
      {
        name: 'no Delete permission',
        config: '# the token is no longer wanted\n',
        expectError: inOutput('VMS revoke API token failed', 'HTTP 403', 'this needs the Delete permission on the Security realm for the VMS user "ci"'),
        check: async (ctx) => {
          expect((await liveTokens(ctx)).map((t) => t.owner)).toEqual(['ci']);
        },
      },
      { name: 'Delete granted', preConfig: grant(TOKEN_MANAGER) },
    ],
    checkDestroy: (ctx) => nothingLive(ctx),
  });
});
