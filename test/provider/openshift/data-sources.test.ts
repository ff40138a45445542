// The data sources under the real terraform: authtoken_openshift_authorizations lists what the broker
// lists (tokens sensitive: an output that shows one is refused by Terraform itself), and
// authtoken_openshift_scopes tells the advertised scopes with their lifetimes.
import { resourceTest } from '../../support/resource-test';
import { listedAuthorizations } from './openshift-terraform';

jest.setTimeout(120_000);

const CONFIG = `
resource "authtoken_openshift_authorization" "a" {
  scopes     = ["read"]
  note       = "listed"
  expires_in = 3600
}

data "authtoken_openshift_authorizations" "all" {
  depends_on = [authtoken_openshift_authorization.a]
}

data "authtoken_openshift_scopes" "all" {}

output "listed" {
  value = [for a in data.authtoken_openshift_authorizations.all.authorizations : { id = a.id, note = a.note, scopes = a.scopes, expires_in = a.expires_in, expires_at = a.expires_at }]
}

output "scopes" {
  value = { for s in data.authtoken_openshift_scopes.all.scopes : s.name => s }
}

output "default_scope" {
  value = data.authtoken_openshift_scopes.all.default_scope
}
`;

test('the authorizations list and the scopes, as the broker tells them', async () => {
  await resourceTest({
    steps: [
      {
        name: 'read both',
        config: CONFIG,
        check: async (ctx) => {
          const state = await ctx.state();
          const outputs = state.values!.outputs!;
          const a = await ctx.values('authtoken_openshift_authorization.a');
          expect(outputs['listed']!.value).toEqual([{ id: a['id'], note: 'listed', scopes: ['read'], expires_in: 3600, expires_at: a['expires_at'] }]);
          const tokens = (await ctx.values('data.authtoken_openshift_authorizations.all'))['authorizations'] as { token: string }[];
          expect(tokens.map((t) => t.token)).toEqual([a['token']]);
          const listed = state.values!.root_module!.resources!.find((r) => r.address === 'data.authtoken_openshift_authorizations.all')!;
          expect(listed.sensitive_values).toEqual({ authorizations: [{ scopes: [false], token: true }] });

          expect(outputs['default_scope']!.value).toBe('userinfo');
          const scopes = outputs['scopes']!.value as Record<string, Record<string, unknown>>;
          expect(Object.keys(scopes).sort()).toEqual(
            ['session', 'read', 'userinfo', 'domain/:id/view', 'domain/:id/edit', 'domain/:id/admin', 'application/:id/view', 'application/:id/edit', 'application/:id/admin'].sort(),
          );
          expect(scopes['session']).toMatchObject({ default_validity: '1 day', default_validity_seconds: 86400, maximum_validity_seconds: 604800, parameterized: false });
          expect(scopes['read']).toMatchObject({ default_validity: 'about 1 month', default_validity_seconds: 2592000, maximum_validity_seconds: 15552000 });
          expect(scopes['domain/:id/edit']).toMatchObject({ parameterized: true, maximum_validity_seconds: 15552000 });
          expect(scopes['userinfo']!['description']).toMatch(/\S/);
        },
      },
      {
        name: 'an output that would show a token is refused: the tokens are sensitive',
        config: `${CONFIG}\noutput "leak" {\n  value = data.authtoken_openshift_authorizations.all.authorizations[0].token\n}\n`,
        expectError: /Output refers to sensitive values/,
      },
      {
        name: 'a second authorization appears in the list, newest first',
        config: `${CONFIG}\nresource "authtoken_openshift_authorization" "b" {\n  scopes = ["userinfo"]\n  depends_on = [authtoken_openshift_authorization.a]\n}\n`.replace(
          'depends_on = [authtoken_openshift_authorization.a]\n}\n\ndata "authtoken_openshift_scopes"',
          'depends_on = [authtoken_openshift_authorization.a, authtoken_openshift_authorization.b]\n}\n\ndata "authtoken_openshift_scopes"',
        ),
        check: async (ctx) => {
          const listed = (await ctx.state()).values!.outputs!['listed']!.value as { id: string }[];
          const a = (await ctx.values('authtoken_openshift_authorization.a'))['id'];
          const b = (await ctx.values('authtoken_openshift_authorization.b'))['id'];
          expect(listed.map((x) => x.id)).toEqual([b, a]);
          expect((await listedAuthorizations(ctx)).map((x) => x.id)).toEqual([b, a]);
        },
      },
    ],
    checkDestroy: async (ctx) => {
      expect(await listedAuthorizations(ctx)).toEqual([]);
    },
  });
});
