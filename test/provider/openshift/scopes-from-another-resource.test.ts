// `scopes` built from another resource's output: the set holds an element known only after apply, and
// still plans and applies (the framework's plan check compares sets holding unknowns structurally).
// A change of that output replaces the token; a bad scope arriving that way is refused once known,
// before the create.
import { resourceTest } from '../../support/resource-test';
import { listedAuthorizations, tokenChanges } from './openshift-terraform';

jest.setTimeout(120_000);

const ADDRESS = 'authtoken_openshift_authorization.domain_viewer';
const DOMAIN_A = 'a1b2c3d4e5f6a7b8c9d0e1f2';
const DOMAIN_B = '0f1e2d3c4b5a69788796a5b4';

const config = (scope: string) => `
resource "terraform_data" "domain_scope" {
  input = "${scope}"
}

resource "authtoken_openshift_authorization" "domain_viewer" {
  scopes = [terraform_data.domain_scope.output, "userinfo"]
  note   = "domain viewer"
}
`;

test('scopes holding an element known only after apply: plan, apply, replace on change, refuse a bad one once known', async () => {
  let firstId = '';
  await resourceTest({
    steps: [
      {
        name: 'create with a scope from terraform_data',
        config: config(`domain/${DOMAIN_A}/view`),
        planChecks: { [ADDRESS]: 'create' },
        check: async (ctx) => {
          const v = await ctx.values(ADDRESS);
          expect([...(v['scopes'] as string[])].sort()).toEqual([`domain/${DOMAIN_A}/view`, 'userinfo']);
          expect((await listedAuthorizations(ctx)).map((a) => a.scopes_list.slice().sort())).toEqual([[`domain/${DOMAIN_A}/view`, 'userinfo']]);
          firstId = v['id'] as string;
        },
      },
      {
        name: 'the output changes: unknown again at plan, and the token is replaced',
        config: config(`domain/${DOMAIN_B}/edit`),
        planChecks: { 'terraform_data.domain_scope': 'update', [ADDRESS]: 'replace' },
        check: async (ctx) => {
          const v = await ctx.values(ADDRESS);
          expect(v['id']).not.toBe(firstId);
          expect((await listedAuthorizations(ctx)).map((a) => [a.id, a.scopes_list.slice().sort()])).toEqual([[v['id'], [`domain/${DOMAIN_B}/edit`, 'userinfo']]]);
        },
      },
      {
        name: 'a bad scope from the output is refused once known, before any create',
        config: config('domain/not-an-id/view'),
        preConfig: (ctx) => ctx.emulators.openshift.admin.resetRequests(),
        expectError: /Invalid Scope/,
        check: async (ctx, result) => {
          expect(result.stderr.replace(/\s+/g, ' ')).toMatch(/"domain\/not-an-id\/view": One or more of the scopes you provided are not allowed/);
          // Replacing destroys first (no create_before_destroy here), then the create is refused before its request.
          expect(await tokenChanges(ctx)).toEqual(['DELETE /broker/rest/user/authorization/:id']);
        },
      },
    ],
    checkDestroy: async (ctx) => {
      expect(await listedAuthorizations(ctx)).toEqual([]);
    },
  });
});
