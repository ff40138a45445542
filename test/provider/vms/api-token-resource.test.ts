// authtoken_vms_api_token under the real terraform against the VMS emulator: create, an empty re-plan,
// import (only the secret is lost), name and expiry changed in place, the same expiry written another
// way is no change, a new owner replaces the token, and destroy leaves nothing live on the VMS.
import { resourceTest } from '../../support/resource-test';
import { CREATE, LIST, MODIFY, REVOKE, SHOW, TOKEN_MANAGER, adminApi, allTokens, authenticates, nothingLive, routesOf, tokenCalls } from './vms-platform';

jest.setTimeout(180_000);

const DAY_MS = 86_400_000;
const ADDRESS = 'authtoken_vms_api_token.ci';

// Beside it, a token with every default: the VMS's name, and the password expiration timeout as expiry.
const token = (attributes: string) => `
resource "authtoken_vms_api_token" "ci" {
${attributes}
}

resource "authtoken_vms_api_token" "defaults" {}
`;
const DEFAULTS = 'authtoken_vms_api_token.defaults';

test('a VMS API token is created, imported, changed in place and replaced for a new owner; destroy revokes it', async () => {
  let firstId = '';
  let firstValue = '';
  await resourceTest({
    setup: async (ctx) => {
      await ctx.emulators.vms.admin.putUser('alice', { roles: TOKEN_MANAGER });
      await ctx.emulators.vms.admin.action('set-password-expiration', { days: 90 });
    },
    steps: [
      {
        name: 'create',
        config: token('  name   = "ci-deploy"\n  expiry = "1M"'),
        planChecks: { [ADDRESS]: 'create', [DEFAULTS]: 'create' },
        check: async (ctx) => {
          // Each created marked, read back, renamed: never a second create. (Reads: the refreshes that follow.)
          expect(routesOf(await tokenCalls(ctx)).filter((r) => r !== SHOW && r !== LIST).sort()).toEqual([MODIFY, MODIFY, CREATE, CREATE]);
          const d = await ctx.values(DEFAULTS);
          expect(d).toMatchObject({ name: 'admin_api_token', owner: 'admin', expiry: '3M' });
          expect(Date.parse(d['expires_at'] as string) - Date.parse(d['created'] as string)).toBe(90 * DAY_MS);
          const v = await ctx.values(ADDRESS);
          firstId = v['id'] as string;
          firstValue = v['token'] as string;
          expect(firstValue.startsWith(`${firstId}.`)).toBe(true);
          expect(v).toMatchObject({ name: 'ci-deploy', owner: 'admin', expiry: '1M', renew_before: null });
          expect(Date.parse(v['expires_at'] as string) - Date.parse(v['created'] as string)).toBe(30 * DAY_MS);
          // On the VMS: the configured name (the creation marker is gone), and the secret works.
          const onVms = (await allTokens(ctx)).find((t) => t.id === firstId)!;
          expect(onVms).toMatchObject({ name: 'ci-deploy', owner: 'admin', revoked: false, expiry_date: v['expires_at'], created: v['created'] });
          expect(await authenticates(ctx, firstValue)).toBe(true);
        },
      },
      {
        name: 'import by id recovers everything but the secret',
        importState: { address: ADDRESS, id: async (ctx) => (await ctx.values(ADDRESS))['id'] as string, ignore: ['token'] },
      },
      {
        name: 'import by id recovers the defaults too',
        importState: { address: DEFAULTS, id: async (ctx) => (await ctx.values(DEFAULTS))['id'] as string, ignore: ['token'] },
      },
      {
        name: 'name and expiry change in place',
        config: token('  name   = "ci-deploy-2"\n  expiry = "2M"'),
        planChecks: { [ADDRESS]: 'update', [DEFAULTS]: 'no-op' },
        preConfig: async (ctx) => ctx.emulators.vms.admin.resetRequests(),
        check: async (ctx, applied) => {
          const v = await ctx.values(ADDRESS);
          expect(v).toMatchObject({ id: firstId, token: firstValue, name: 'ci-deploy-2', expiry: '2M' });
          // Counted from creation, not from now.
          expect(Date.parse(v['expires_at'] as string) - Date.parse(v['created'] as string)).toBe(60 * DAY_MS);
          expect(routesOf(await tokenCalls(ctx))).toContain(MODIFY);
          expect(routesOf(await tokenCalls(ctx))).not.toContain(CREATE);
          expect(applied.stdout).toMatch(/1 changed, 0 destroyed/);
          expect(await authenticates(ctx, firstValue)).toBe(true);
        },
      },
      {
        name: 'the same expiry written another way is no change',
        config: token('  name   = "ci-deploy-2"\n  expiry = "60D"'),
        planChecks: { [ADDRESS]: 'no-op' },
        check: async (ctx) => {
          expect((await ctx.values(ADDRESS))['expiry']).toBe('2M');
        },
      },
      {
        name: 'a new owner replaces the token',
        config: token('  name   = "ci-deploy-2"\n  owner  = "alice"\n  expiry = "2M"'),
        planChecks: { [ADDRESS]: 'replace' },
        check: async (ctx) => {
          const v = await ctx.values(ADDRESS);
          expect(v['id']).not.toBe(firstId);
          expect(v['owner']).toBe('alice');
          const onVms = await allTokens(ctx);
          expect(onVms.find((t) => t.id === firstId)).toMatchObject({ revoked: true });
          expect(onVms.find((t) => t.id === v['id'])).toMatchObject({ owner: 'alice', name: 'ci-deploy-2', revoked: false });
          expect(await authenticates(ctx, firstValue)).toBe(false);
          expect(await authenticates(ctx, v['token'] as string)).toBe(true);
        },
      },
    ],
    checkDestroy: async (ctx) => {
      await nothingLive(ctx);
      expect(routesOf(await tokenCalls(ctx))).toContain(REVOKE);
      const api = adminApi(ctx);
      try {
        // Revoked tokens stay listed as archived; none is left live for either owner.
        expect(await api.listApiTokens({ owner: 'alice' })).toEqual([]);
        expect(await api.listApiTokens({ owner: 'admin' })).toEqual([]);
      } finally {
        api.close();
      }
    },
  });
});
