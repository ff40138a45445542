// A VMS API token name of 240 characters (the VMS takes names up to 255). The provider creates the token
// under its name plus a creation marker (` [tf-create:<16 hex>-<8 hex>]`) and renames it right after: the
// name is cut before the marker so the create fits the VMS's limit, and the rename restores it whole.
// (Found by the review: the create sent 269 characters and the VMS refused a name within its limit.)
import { resourceTest } from '../../support/resource-test';
import { allTokens } from './vms-platform';

jest.setTimeout(120_000);

const NAME = 'n'.repeat(240);

test('a 240-character VMS token name is created as configured', async () => {
  await resourceTest({
    steps: [
      {
        name: 'create',
        config: `
resource "authtoken_vms_api_token" "long" {
  name   = "${NAME}"
  expiry = "1D"
}
`,
        check: async (ctx) => {
          const id = (await ctx.values('authtoken_vms_api_token.long'))['id'];
          expect((await allTokens(ctx)).find((t) => t.id === id)?.name).toBe(NAME);
        },
      },
    ],
  });
});
