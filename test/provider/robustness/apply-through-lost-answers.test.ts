// The same 200-token apply while a fifth of the create answers are lost after the platform made the
// token (the emulators create, then drop the connection). Each lost create is looked up before it is
// sent again: ALS finds it by label and provider and adopts it, OpenShift by its creation marker and
// adopts it, VMS by its marker and revokes it (its secret went with the answer) before creating again.
// Afterwards the live tokens on each platform are exactly the tokens in state: 0 lost, 0 duplicated.
import { census, describeCensus, expectConverged, fleetOf, useFleet, type Fleet } from '../../support/token-fleet';

jest.setTimeout(240_000);

const SIZE = fleetOf(200);
const CREATES = [
  ['als', '/v2/service_auth_tokens'],
  ['vms', '/api/:version/apitokens/'],
  ['openshift', '/broker/rest/user/authorizations'],
] as const;

let fleet: Fleet;
useFleet(SIZE, (started) => (fleet = started));

test('200 tokens applied while 20% of create answers are lost: every lost create found, 0 lost, 0 duplicated', async () => {
  for (const [platform, route] of CREATES) await fleet.emulators[platform].admin.addFault({ effect: 'lose-answer', method: 'POST', route, rate: 0.2, seed: 42 });
  const started = Date.now();
  const applied = await fleet.terraform(['apply', '-auto-approve', '-input=false']);
  const seconds = (Date.now() - started) / 1000;
  const lost: Record<string, number> = {};
  for (const [platform] of CREATES) {
    lost[platform] = (await fleet.emulators[platform].admin.requests()).entries.filter((e) => e.outcome.kind === 'fault-lost-answer').length;
  }
  const result = await census(fleet);
  process.stdout.write(
    describeCensus(
      `apply-through-lost-answers: 200 tokens in ${seconds.toFixed(1)} s; create answers lost: ALS ${lost['als']}, VMS ${lost['vms']}, OpenShift ${lost['openshift']} ` +
        `(VMS revokes each token whose answer was lost, so it creates that many more)`,
      result,
    ),
  );
  const totalLost = lost['als']! + lost['vms']! + lost['openshift']!;
  expect(totalLost).toBeGreaterThan(25);
  expectConverged(result, SIZE);
  // ALS and OpenShift adopt what a lost create made: nothing was made twice.
  expect(result.als.created).toBe(SIZE.als);
  expect(result.openshift.created).toBe(SIZE.openshift);
  // VMS made one extra token per lost answer, each revoked.
  expect(result.vms.created).toBe(SIZE.vms + lost['vms']!);
  // No creation marker is left once the apply is over: Terraform closed the provider (Shutdown) after
  // recording every token, and the provider removed them then — before any refresh could.
  const vmsState = fleet.emulators.vms.context.state.read() as { apiTokens: Record<string, { name: string; revoked: boolean }> };
  const osState = fleet.emulators.openshift.context.state.read() as { authorizations: Record<string, { note: string | null }> };
  expect(Object.values(vmsState.apiTokens).filter((t) => !t.revoked && t.name.includes('[tf-create:'))).toEqual([]);
  expect(Object.values(osState.authorizations).filter((a) => a.note?.includes('[tf-create:'))).toEqual([]);
  expect(applied.stdout).toMatch(/Adopted the service auth token a Lost Request Created/);
  expect(applied.stdout).toMatch(/Revoked a VMS API Token Whose Create Answer Was Lost/);

  for (const [platform] of CREATES) await fleet.emulators[platform].admin.clearFaults();
  await fleet.terraform(['plan', '-detailed-exitcode', '-input=false'], 0);
  await fleet.terraform(['destroy', '-auto-approve', '-input=false']);
  expectConverged(await census(fleet), { als: 0, vms: 0, openshift: 0 });
});
