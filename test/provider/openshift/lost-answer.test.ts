// Never a blind duplicate: the broker creates the authorization, then the connection drops before its
// answer (the emulator's lose-answer fault). The provider finds it by the creation marker in its note,
// adopts it with a warning, and puts the configured note back: one authorization on the broker, the
// one in state. The note is 4096 characters, the broker's limit, so the marker had to take its tail.
import { resourceTest } from '../../support/resource-test';
import { listedAuthorizations, storedAuthorizationIds, tokenChanges } from './openshift-terraform';

jest.setTimeout(120_000);

const ADDRESS = 'authtoken_openshift_authorization.lost';
const NOTE = 'n'.repeat(4000) + 'é'.repeat(95) + '!'; // 4096 characters (more bytes)

test('a create whose answer is lost is found and adopted: exactly one authorization, in state, with the configured note', async () => {
  await resourceTest({
    steps: [
      {
        name: 'create, answer lost',
        config: `
resource "authtoken_openshift_authorization" "lost" {
  scopes = ["userinfo"]
  note   = "${NOTE}"
}
`,
        preConfig: async (ctx) => {
          await ctx.emulators.openshift.admin.addFault({ effect: 'lose-answer', method: 'POST', route: '/broker/rest/user/authorizations', times: 1 });
        },
        planChecks: { [ADDRESS]: 'create' },
        check: async (ctx, applied) => {
          const output = applied.stdout.replace(/\s+/g, ' ');
          expect(output).toMatch(/Warning: Adopted the OpenShift authorization a Lost Request Created/);
          const faults = await ctx.emulators.openshift.admin.faults();
          expect(faults).toEqual([]); // the fault fired
          const v = await ctx.values(ADDRESS);
          const listed = await listedAuthorizations(ctx);
          expect(listed.map((a) => a.id)).toEqual([v['id']]);
          expect(await storedAuthorizationIds(ctx)).toEqual([v['id']]);
          expect(listed[0]!.note).toBe(NOTE);
          expect(v['note']).toBe(NOTE);
          expect(v['token']).toBe(listed[0]!.token);
          // One create (whose answer was lost), then the list that found it and the PUT of the note.
          expect(await tokenChanges(ctx)).toEqual(['POST /broker/rest/user/authorizations', 'PUT /broker/rest/user/authorization/:id']);
          const { entries } = await ctx.emulators.openshift.admin.requests();
          expect(entries.find((e) => e.method === 'POST')!.outcome).toEqual({ kind: 'fault-lost-answer', status: 201 });
        },
      },
    ],
    checkDestroy: async (ctx) => {
      expect(await storedAuthorizationIds(ctx)).toEqual([]);
    },
  });
});
