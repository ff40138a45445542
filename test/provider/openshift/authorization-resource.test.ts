// authtoken_openshift_authorization under the real terraform against the broker emulator: create, an
// empty re-plan, import, the note updated in place, scopes and expires_in each forcing a new token, and
// destroy leaving nothing on the broker.
import { resourceTest } from '../../support/resource-test';
import { AUTHORIZATION_ID, listedAuthorizations, storedAuthorizationIds, tokenChanges, TOKEN } from './openshift-terraform';

jest.setTimeout(120_000);

const ADDRESS = 'authtoken_openshift_authorization.ci';

const config = (attributes: string) => `
resource "authtoken_openshift_authorization" "ci" {
${attributes}
}
`;

test('an authorization: create, import, note in place, scopes and expires_in replace, destroy', async () => {
  let firstId = '';
  await resourceTest({
    steps: [
      {
        name: 'create',
        config: config(`  scopes     = ["session"]\n  note       = "ci pipeline"\n  expires_in = 3600`),
        planChecks: { [ADDRESS]: 'create' },
        check: async (ctx) => {
          const v = await ctx.values(ADDRESS);
          expect(v['id']).toMatch(AUTHORIZATION_ID);
          expect(v['token']).toMatch(TOKEN);
          expect(v['identity']).toBe(ctx.emulators.connection.openshift.username);
          expect(v['scopes']).toEqual(['session']);
          expect(v['expires_in']).toBe(3600);
          expect(Date.parse(v['expires_at'] as string) - Date.parse(v['created_at'] as string)).toBe(3_600_000);
          // On the broker: exactly this one, its note as configured (the creation marker is gone).
          const listed = await listedAuthorizations(ctx);
          expect(listed.map((a) => [a.id, a.token, a.note, a.scopes])).toEqual([[v['id'], v['token'], 'ci pipeline', 'session']]);
          // One create and one PUT taking the marker out of the note; never a second create.
          expect(await tokenChanges(ctx)).toEqual(['POST /broker/rest/user/authorizations', 'PUT /broker/rest/user/authorization/:id']);
          firstId = v['id'] as string;
        },
      },
      {
        name: 'import verify',
        importState: { address: ADDRESS, id: async (ctx) => (await ctx.values(ADDRESS))['id'] as string },
      },
      {
        name: 'note updated in place',
        config: config(`  scopes     = ["session"]\n  note       = "ci pipeline, nightly"\n  expires_in = 3600`),
        planChecks: { [ADDRESS]: 'update' },
        check: async (ctx) => {
          const v = await ctx.values(ADDRESS);
          expect(v['id']).toBe(firstId);
          expect((await listedAuthorizations(ctx)).map((a) => [a.id, a.note])).toEqual([[firstId, 'ci pipeline, nightly']]);
        },
      },
      {
        name: 'a scopes change makes a new token',
        config: config(`  scopes     = ["session", "read"]\n  note       = "ci pipeline, nightly"\n  expires_in = 3600`),
        planChecks: { [ADDRESS]: 'replace' },
        check: async (ctx) => {
          const v = await ctx.values(ADDRESS);
          expect(v['id']).not.toBe(firstId);
          expect([...(v['scopes'] as string[])].sort()).toEqual(['read', 'session']);
          const listed = await listedAuthorizations(ctx);
          expect(listed.map((a) => a.id)).toEqual([v['id']]);
          expect(listed[0]!.scopes_list.slice().sort()).toEqual(['read', 'session']);
          firstId = v['id'] as string;
        },
      },
      {
        name: 'an expires_in change makes a new token',
        config: config(`  scopes     = ["session", "read"]\n  note       = "ci pipeline, nightly"\n  expires_in = 7200`),
        planChecks: { [ADDRESS]: 'replace' },
        check: async (ctx) => {
          const v = await ctx.values(ADDRESS);
          expect(v['id']).not.toBe(firstId);
          expect(v['expires_in']).toBe(7200);
          expect((await listedAuthorizations(ctx)).map((a) => [a.id, a.expires_in])).toEqual([[v['id'], 7200]]);
        },
      },
    ],
    checkDestroy: async (ctx) => {
      expect(await listedAuthorizations(ctx)).toEqual([]);
      expect(await storedAuthorizationIds(ctx)).toEqual([]);
    },
  });
});
