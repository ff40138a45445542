// Renewal of authtoken_openshift_authorization, with the broker's clock moved forward: within
// renew_before, a plan replaces the token (saying why), and with create_before_destroy the new token
// exists on the broker before the old one is deleted (the emulator's request log order). Without
// renew_before, a plan warns once less than a tenth of the lifetime is left.
import { resourceTest, type TestContext } from '../../support/resource-test';
import { listedAuthorizations, tokenCalls } from './openshift-terraform';

jest.setTimeout(120_000);

const ROTATING = 'authtoken_openshift_authorization.rotating';
const WATCHED = 'authtoken_openshift_authorization.watched';
const CONFIG = `
resource "authtoken_openshift_authorization" "rotating" {
  scopes       = ["userinfo"]
  note         = "rotating"
  expires_in   = 3600
  renew_before = "30m"
  lifecycle {
    create_before_destroy = true
  }
}

resource "authtoken_openshift_authorization" "watched" {
  scopes     = ["userinfo"]
  note       = "watched"
  expires_in = 3900
}
`;

/** Terraform wraps diagnostics at 80 columns. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

const idOf = async (ctx: TestContext, address: string) => (await ctx.values(address))['id'] as string;

test('renew_before replaces the token ahead of expiry, new one first; without it, a warning in the last tenth', async () => {
  let oldId = '';
  await resourceTest({
    steps: [
      {
        name: 'create',
        config: CONFIG,
        planChecks: { [ROTATING]: 'create', [WATCHED]: 'create' },
      },
      {
        name: 'outside the window, nothing to do',
        preConfig: async (ctx) => {
          await ctx.emulators.openshift.admin.advanceClock(1500);
          await ctx.emulators.openshift.admin.resetRequests();
        },
        planChecks: { [ROTATING]: 'no-op', [WATCHED]: 'no-op' },
        planOnly: true,
        check: async (ctx, plan) => {
          expect(plan.stdout).not.toMatch(/Token Due for Renewal|Token Expires Soon/);
          // Both refreshed from one list of the broker's authorizations, however far apart Terraform sends the
          // two reads (the operation's listing, not a batching window); nothing else asked.
          expect((await ctx.emulators.openshift.admin.requests()).counts).toEqual({ 'GET /broker/rest/user/authorizations': 1 });
        },
      },
      {
        name: 'within renew_before: replaced, the new token created before the old one is deleted',
        preConfig: async (ctx) => {
          oldId = await idOf(ctx, ROTATING);
          await ctx.emulators.openshift.admin.advanceClock(400); // 1700 s left of 3600, under 30m
          await ctx.emulators.openshift.admin.resetRequests();
        },
        planChecks: { [ROTATING]: 'replace', [WATCHED]: 'no-op' },
        check: async (ctx) => {
          const transcript = oneLine(ctx.transcript.join('\n'));
          expect(transcript).toMatch(/Token Due for Renewal/);
          expect(transcript).toMatch(/\("rotating"\) expires at \S+ \(in 2\dm\d+s by the platform's clock\), within renew_before = "30m"/);
          const newId = await idOf(ctx, ROTATING);
          expect(newId).not.toBe(oldId);
          // The broker's own record of what happened, in order: the new token created before the old
          // one's DELETE, and its note put back (its creation marker removed) once Terraform has recorded
          // it, when it closes the provider at the end of the apply.
          const changes = (await tokenCalls(ctx)).filter((e) => e.method !== 'GET').map((e) => `${e.method} ${e.url}`);
          const created = changes.findIndex((c) => c.startsWith('POST /broker/rest/user/authorizations'));
          const noteBack = changes.findIndex((c) => c === `PUT /broker/rest/user/authorization/${newId}`);
          const deleted = changes.findIndex((c) => c === `DELETE /broker/rest/user/authorization/${oldId}`);
          expect(created).toBeGreaterThanOrEqual(0);
          expect(deleted).toBeGreaterThan(created);
          expect(noteBack).toBeGreaterThan(deleted);
          const listed = await listedAuthorizations(ctx);
          expect(listed.map((a) => a.id).sort()).toEqual([newId, await idOf(ctx, WATCHED)].sort());
        },
      },
      {
        name: 'no renew_before: a warning once less than a tenth of the lifetime is left, and nothing replaced',
        preConfig: (ctx) => ctx.emulators.openshift.admin.advanceClock(1700).then(() => undefined), // watched: 300 s of 3900 left; rotating: 1900 s
        planChecks: { [ROTATING]: 'no-op', [WATCHED]: 'no-op' },
        planOnly: true,
        check: async (_ctx, plan) => {
          const output = oneLine(plan.stdout);
          expect(output).toMatch(/Token Expires Soon/);
          expect(output).toMatch(/OpenShift authorization [0-9a-f]{24} \("watched"\) expires at/);
          expect(output).toMatch(/less than a tenth of its 1h5m lifetime is left/);
          expect(output).not.toMatch(/Token Due for Renewal/);
        },
      },
    ],
    checkDestroy: async (ctx) => {
      expect(await listedAuthorizations(ctx)).toEqual([]);
    },
  });
});
