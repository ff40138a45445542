// Drift on authtoken_openshift_authorization: a token deleted on the broker (DELETE through its API), one
// expired by the broker's administrator (the emulator's `expire` action, a database edit), and one
// that simply ran out (the broker's clock moved past its expiry) each make
// `plan -refresh-only -detailed-exitcode` exit 2, and the next plan creates the token again.
import { resourceTest, type Step, type TestContext } from '../../support/resource-test';
import { brokerAsAdmin, listedAuthorizations, storedAuthorizationIds } from './openshift-terraform';

jest.setTimeout(120_000);

const ADDRESS = 'authtoken_openshift_authorization.deploy';
const CONFIG = `
resource "authtoken_openshift_authorization" "deploy" {
  scopes     = ["read"]
  note       = "deploy bot"
  expires_in = 3600
}
`;

const idOf = async (ctx: TestContext) => (await ctx.values(ADDRESS))['id'] as string;

/** The drift, seen by a refresh-only plan; then a normal plan that creates the token again. */
function driftThenRecreate(what: string, makeDrift: (ctx: TestContext, id: string) => Promise<void>, gone: string[]): Step[] {
  return [
    {
      name: `${what}: refresh-only exits 2`,
      preConfig: async (ctx) => {
        const id = await idOf(ctx);
        gone.push(id);
        await makeDrift(ctx, id);
      },
      refreshOnlyExitCode: 2,
      check: async (_ctx, result) => {
        expect(result.stdout).toMatch(/authtoken_openshift_authorization\.deploy has been deleted/);
      },
    },
    {
      name: `${what}: the next plan creates it again`,
      planChecks: { [ADDRESS]: 'create' },
      check: async (ctx) => {
        const id = await idOf(ctx);
        expect(gone).not.toContain(id);
        expect((await listedAuthorizations(ctx)).map((a) => [a.id, a.note])).toEqual([[id, 'deploy bot']]);
      },
    },
  ];
}

test('deleted, expired by the administrator, expired by time: each is drift, and each is created again', async () => {
  const gone: string[] = [];
  const expired: string[] = [];
  await resourceTest({
    steps: [
      { name: 'create', config: CONFIG, planChecks: { [ADDRESS]: 'create' } },
      ...driftThenRecreate(
        'deleted through the API',
        async (ctx, id) => {
          const broker = brokerAsAdmin(ctx);
          await broker.deleteAuthorization(id);
          broker.close();
        },
        gone,
      ),
      ...driftThenRecreate(
        'expired by the administrator',
        async (ctx, id) => {
          expired.push(id);
          await ctx.emulators.openshift.admin.action('expire', { id });
        },
        gone,
      ),
      ...driftThenRecreate(
        'expired by time',
        async (ctx, id) => {
          expired.push(id);
          await ctx.emulators.openshift.admin.advanceClock(3601);
        },
        gone,
      ),
    ],
    checkDestroy: async (ctx) => {
      expect(await listedAuthorizations(ctx)).toEqual([]);
      // Only the two that expired are left: the broker keeps expired records until its administrator
      // cleans them up (oo-admin-ctl-authorization -c expire); nothing the provider made is still usable.
      expect((await storedAuthorizationIds(ctx)).sort()).toEqual(expired.slice().sort());
    },
  });
});
