// The check before each create for what an interrupted earlier run left reads one listing per apply, not
// one per token (which made an apply of N tokens O(N²)); under the real terraform, ten creates at a time.
// That a crashed run's tokens are still found through it is proven by test/provider/robustness/.
import type { RequestLogEntry } from '../../../src/emulators/request-log/request-log';
import { resourceTest } from '../../support/resource-test';

jest.setTimeout(180_000);

/**
 * The requests of the apply: up to its last change to a token (the markers removed when Terraform closes
 * the provider); the harness's plans and refreshes come after. A VMS log in changes no token.
 */
function applyRequests(entries: readonly RequestLogEntry[]): RequestLogEntry[] {
  const last = entries.map((e) => e.method !== 'GET' && !e.url.startsWith('/api/token/')).lastIndexOf(true);
  return entries.slice(0, last + 1);
}

test('twelve VMS API tokens applied: one listing of the owner\'s tokens before the creates, twelve creates', async () => {
  await resourceTest({
    setup: (ctx) => ctx.emulators.vms.admin.action('set-max-api-tokens-per-user', { limit: 50 }).then(() => undefined),
    steps: [
      {
        name: 'create twelve',
        preConfig: (ctx) => ctx.emulators.vms.admin.resetRequests(),
        config: `
resource "authtoken_vms_api_token" "t" {
  count  = 12
  name   = "team-\${count.index}"
  expiry = "30D"
}
`,
        check: async (ctx) => {
          const apply = applyRequests((await ctx.emulators.vms.admin.requests()).entries);
          const lists = apply.filter((e) => e.route === 'GET /api/:version/apitokens/');
          const creates = apply.filter((e) => e.route === 'POST /api/:version/apitokens/');
          expect(lists.map((e) => e.url)).toEqual([expect.stringMatching(/[?&]owner=admin(&|$)/)]);
          expect(creates).toHaveLength(12);
          expect(lists[0]!.sequence).toBeLessThan(Math.min(...creates.map((e) => e.sequence)));
        },
      },
    ],
  });
});

test('twelve OpenShift authorizations applied: one listing of the caller\'s authorizations before the creates, twelve creates', async () => {
  await resourceTest({
    steps: [
      {
        name: 'create twelve',
        preConfig: (ctx) => ctx.emulators.openshift.admin.resetRequests(),
        config: `
resource "authtoken_openshift_authorization" "t" {
  count  = 12
  scopes = ["read"]
  note   = "team-\${count.index}"
}
`,
        check: async (ctx) => {
          const apply = applyRequests((await ctx.emulators.openshift.admin.requests()).entries);
          const lists = apply.filter((e) => e.route === 'GET /broker/rest/user/authorizations');
          const creates = apply.filter((e) => e.route === 'POST /broker/rest/user/authorizations');
          expect(lists).toHaveLength(1);
          expect(creates).toHaveLength(12);
          expect(lists[0]!.sequence).toBeLessThan(Math.min(...creates.map((e) => e.sequence)));
        },
      },
    ],
  });
});
