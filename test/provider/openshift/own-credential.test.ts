// The provider authenticating with OPENSHIFT_TOKEN (Bearer only) manages that very authorization: a
// plan that would replace it or delete it is refused, before any change on the broker. Letting go of
// it (a `removed` block) still works, and the token keeps working.
import { resourceTest } from '../../support/resource-test';
import { listedAuthorizations, tokenChanges } from './openshift-terraform';

jest.setTimeout(120_000);

const resourceBlock = (scopes: string) => `
resource "authtoken_openshift_authorization" "ci" {
  scopes     = ${scopes}
  note       = "ci credential"
  expires_in = 86400
}
`;

test('the authorization the provider authenticates with cannot be replaced or destroyed through it', async () => {
  let own = { id: '', token: '' };
  await resourceTest({
    setup: async (ctx) => {
      own = await ctx.emulators.openshift.admin.action<{ id: string; token: string }>('create-authorization', {
        login: ctx.emulators.connection.openshift.username,
        scopes: 'session',
        note: 'ci credential',
        expires_in: 86400,
      });
      // Bearer only: no password to fall back on.
      Object.assign(ctx.ws.env, { OPENSHIFT_TOKEN: own.token, OPENSHIFT_USERNAME: '', OPENSHIFT_PASSWORD: '' });
    },
    steps: [
      {
        name: 'import the token the provider uses',
        config: `import {\n  to = authtoken_openshift_authorization.ci\n  id = "${'${'}var.id}"\n}\nvariable "id" { type = string }\n${resourceBlock('["session"]')}`,
        preConfig: async (ctx) => {
          Object.assign(ctx.ws.env, { TF_VAR_id: own.id });
        },
        check: async (ctx) => {
          expect((await ctx.values('authtoken_openshift_authorization.ci'))['id']).toBe(own.id);
        },
      },
      {
        name: 'a scopes change would replace it: refused at plan',
        config: `variable "id" { type = string }\n${resourceBlock('["session", "read"]')}`,
        preConfig: (ctx) => ctx.emulators.openshift.admin.resetRequests(),
        expectError: /Refusing to Replace the Provider's Own OpenShift Token/,
        check: async (ctx) => {
          expect(await tokenChanges(ctx)).toEqual([]);
        },
      },
      {
        name: 'removing it from the configuration would delete it: refused at plan',
        config: `variable "id" { type = string }\n`,
        expectError: /Refusing to Revoke the Provider's Own OpenShift Token/,
        check: async (ctx, result) => {
          expect(result.stderr).toMatch(/authenticates to OpenShift with/);
          expect(await tokenChanges(ctx)).toEqual([]);
        },
      },
      {
        name: 'letting go of it with a removed block',
        config: `variable "id" { type = string }\nremoved {\n  from = authtoken_openshift_authorization.ci\n  lifecycle {\n    destroy = false\n  }\n}\n`,
        check: async (ctx) => {
          expect(await tokenChanges(ctx)).toEqual([]);
          expect((await listedAuthorizations(ctx)).map((a) => a.id)).toEqual([own.id]);
        },
      },
    ],
  });
});
