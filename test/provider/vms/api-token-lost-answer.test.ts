// A create whose answer the VMS never delivered: the token it made could never be used (its secret went
// with the answer), so the provider finds it by its creation marker, revokes it and creates again. The
// apply ends with exactly one live token on the VMS, the one in state, whose secret works.
import { resourceTest } from '../../support/resource-test';
import { CREATE, LIST, MODIFY, REVOKE, SHOW, allTokens, authenticates, liveTokens, nothingLive, routesOf, tokenCalls } from './vms-platform';

jest.setTimeout(120_000);

test('a lost create answer leaves exactly one live token, in state, with its secret known; the orphan is revoked with a warning', async () => {
  await resourceTest({
    setup: async (ctx) => {
      await ctx.emulators.vms.admin.addFault({ effect: 'lose-answer', method: 'POST', route: '/api/:version/apitokens/', times: 1 });
    },
    steps: [
      {
        name: 'create through a lost answer',
        config: `
resource "authtoken_vms_api_token" "ci" {
  name   = "ci-deploy"
  expiry = "7D"
}
`,
        planChecks: { 'authtoken_vms_api_token.ci': 'create' },
        check: async (ctx, applied) => {
          const calls = await tokenCalls(ctx);
          expect(calls[1]).toMatchObject({ route: CREATE, outcome: { kind: 'fault-lost-answer', status: 201 } });
          // A look for an interrupted create's token, the lost create, the look for what it made, its
          // revocation, the create again, the read back, and the rename when Terraform closes the provider.
          expect(routesOf(calls).slice(0, 7)).toEqual([LIST, CREATE, LIST, REVOKE, CREATE, SHOW, MODIFY]);
          const state = await ctx.values('authtoken_vms_api_token.ci');
          const live = await liveTokens(ctx);
          expect(live.map((t) => [t.id, t.name])).toEqual([[state['id'], 'ci-deploy']]);
          expect(await authenticates(ctx, state['token'] as string)).toBe(true);
          const orphan = (await allTokens(ctx)).find((t) => t.id !== state['id'])!;
          expect(orphan).toMatchObject({ revoked: true, owner: 'admin' });
          expect(orphan.name).toMatch(/^ci-deploy \[tf-create:[0-9a-f]{16}-[0-9a-f]{8}\]$/);
          expect(applied.stdout.replace(/\s+/g, ' ')).toMatch(new RegExp(`Warning: Revoked a VMS API Token Whose Create Answer Was Lost .*id ${orphan.id}.*no unusable token is left live`));
        },
      },
    ],
    checkDestroy: (ctx) => nothingLive(ctx),
  });
});
