// Review: a VMS API token whose expiry is left to the VMS (the password expiration timeout) and whose
// renew_before is at least that long. Every plan found it "due for renewal" and replaced it, so each
// apply revoked a working token and created another, for ever (the check that refuses such a window only
// looked at a configured expiry). It must fail at plan, on renew_before, and leave the token alone.
import { resourceTest } from '../../support/resource-test';
import { allTokens } from './vms-platform';

jest.setTimeout(180_000);

const ADDRESS = 'authtoken_vms_api_token.default_expiry';

const config = (renewBefore: string) => `
resource "authtoken_vms_api_token" "default_expiry" {
  name = "default-expiry"
${renewBefore}
}
`;

test('renew_before no shorter than the VMS default lifetime fails at plan instead of replacing the token on every plan', async () => {
  let id = '';
  await resourceTest({
    setup: async (ctx) => {
      await ctx.emulators.vms.admin.action('set-password-expiration', { days: 90 });
    },
    steps: [
      {
        name: 'a token with the VMS default expiry (90 days)',
        config: config(''),
        check: async (ctx) => {
          const v = await ctx.values(ADDRESS);
          expect(v['expiry']).toBe('3M');
          id = v['id'] as string;
        },
      },
      {
        name: 'renew_before of 100 days is refused on the attribute, at plan',
        config: config('  renew_before = "2400h"'),
        expectError: /Renewal Window Too Long[\s\S]*renew_before/,
        check: async (ctx, result) => {
          expect(result.stdout + result.stderr).not.toMatch(/Apply complete/);
          // Nothing was replaced: the token is the same, still live.
          const onVms = (await allTokens(ctx)).filter((t) => !t.revoked);
          expect(onVms.map((t) => t.id)).toEqual([id]);
        },
      },
    ],
  });
});
