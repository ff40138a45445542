// `terraform` killed with SIGKILL in the middle of a 100-token apply. What Terraform 1.11 keeps: with the
// local backend it writes the state file after every resource it completes (statemgr.Filesystem writes
// on each state update; remote backends persist only every 20 s, TF_STATE_PERSIST_INTERVAL), so what it
// loses is what was in flight: tokens the platforms made whose answer Terraform never recorded. Its
// plugin notices its parent is gone and exits; it never gets Shutdown, so the creation markers of every
// token it made stay on the platforms.
// The next apply converges: its refresh removes the markers of the tokens the state holds, and each
// create first finds what an interrupted create of its configuration left — the OpenShift authorization
// is adopted, the VMS token (its secret lost) revoked and made anew — while ALS, which has no field for
// a marker, answers "label taken" with the guid to import. Afterwards: no orphan, nothing twice.
import { clearFaults, fateOfOrphans, madePerPlatform, recordedInStateFile, recover, holdCreateAnswersAfter, tokensMade } from '../../support/crash-recovery';
import { childrenOf, commandLine, isAlive, waitFor } from '../../support/process-tree';
import { census, describeCensus, expectConverged, fleetOf, useFleet, type Fleet } from '../../support/token-fleet';

jest.setTimeout(240_000);

const SIZE = fleetOf(100);
/** Creates answered per platform; every later one is held until the kill. */
const ANSWERED = 4;
let fleet: Fleet;
useFleet(SIZE, (started) => (fleet = started));

test('terraform SIGKILLed mid-apply: the next apply adopts, revokes or names for import what the state lost; no orphan, nothing twice', async () => {
  // A few creates per platform are answered; every later one is made and its answer held: a kill catches all three platforms mid-create.
  await holdCreateAnswersAfter(fleet, ANSWERED);
  let terraformPid = 0;
  const killed = fleet.ws.run(['apply', '-auto-approve', '-input=false', '-no-color', '-parallelism=100'], { onSpawn: (pid) => (terraformPid = pid) });
  // Terraform rewrites the local state file in place as each resource completes, so a kill during a write
  // can leave it empty: kill once it holds every answered create, when no write is due.
  let recordedAtKill = 0;
  await waitFor('creates in flight, and every answered one recorded', () => {
    const made = madePerPlatform(fleet);
    const recorded = recordedInStateFile(fleet);
    recordedAtKill = recorded.als + recorded.vms + recorded.openshift;
    return made.als + made.vms + made.openshift - recordedAtKill >= 10 && recordedAtKill === 3 * ANSWERED;
  }, 120_000);
  const plugins = childrenOf(terraformPid).filter((pid) => commandLine(pid).includes('terraform-provider-authtoken'));
  expect(plugins.length).toBeGreaterThan(0);
  process.kill(terraformPid, 'SIGKILL');
  const result = await killed;
  expect(result.code).toBe(-1); // killed by a signal
  // The plugin sees its parent gone and exits by itself, within a few seconds.
  await waitFor('the plugin to exit', () => plugins.every((pid) => !isAlive(pid)), 10_000);
  await clearFaults(fleet);

  const atKill = await census(fleet);
  const lostByState = atKill.als.orphans.length + atKill.vms.orphans.length + atKill.openshift.orphans.length;
  process.stdout.write(describeCensus(`terraform-killed-mid-apply: killed with ${tokensMade(fleet)} tokens made and ${recordedAtKill} in the state file; ${lostByState} live tokens no state holds`, atKill));
  // The kill landed with creates in flight: something was made that the state does not hold.
  expect(lostByState).toBeGreaterThan(0);
  expect(atKill.als.inState + atKill.vms.inState + atKill.openshift.inState).toBeGreaterThan(0);

  const recovery = await recover(fleet, SIZE);
  const after = await census(fleet);
  const fate = fateOfOrphans(fleet, atKill, after);
  process.stdout.write(
    describeCensus(
      `terraform-killed-mid-apply: converged in ${recovery.applies} applies; of the ${lostByState} tokens the state lost: ALS imported by the guid the error named ${fate.alsImported}, ` +
        `OpenShift adopted by marker ${fate.openshiftAdopted}, VMS revoked (secret lost) and made anew ${fate.vmsRevoked}, left orphaned ${fate.unaccounted.length}`,
      after,
    ),
  );
  expectConverged(after, SIZE);
  expect(fate.unaccounted).toEqual([]);
  expect(recovery.imported).toBe(atKill.als.orphans.length);
  // Every marker is gone once Terraform holds the tokens.
  const vmsNames = Object.values((fleet.emulators.vms.context.state.read() as { apiTokens: Record<string, { name: string; revoked: boolean }> }).apiTokens).filter((t) => !t.revoked);
  expect(vmsNames.filter((t) => t.name.includes('[tf-create:'))).toEqual([]);
  const notes = Object.values((fleet.emulators.openshift.context.state.read() as { authorizations: Record<string, { note: string | null }> }).authorizations).map((a) => a.note);
  expect(notes.filter((n) => n?.includes('[tf-create:'))).toEqual([]);

  await fleet.terraform(['plan', '-detailed-exitcode', '-input=false'], 0);
  await fleet.terraform(['destroy', '-auto-approve', '-input=false']);
  expectConverged(await census(fleet), { als: 0, vms: 0, openshift: 0 });
});
