// The provider process killed (SIGKILL) while creates are in flight. What Terraform 1.11 does: every
// call to the dead plugin fails ("The plugin encountered an error" / connection unavailable), Terraform
// finishes its walk with those errors, records what completed before, writes the state and exits 1. The
// tokens the platforms made for the calls that died are in no state, and their markers are still on them.
// The next apply converges with no orphan and nothing twice, as after a Terraform crash.
import { clearFaults, fateOfOrphans, madePerPlatform, recordedInStateFile, recover, holdCreateAnswersAfter, tokensMade } from '../../support/crash-recovery';
import { childrenOf, commandLine, waitFor } from '../../support/process-tree';
import { census, describeCensus, expectConverged, fleetOf, useFleet, type Fleet } from '../../support/token-fleet';

jest.setTimeout(240_000);

const SIZE = fleetOf(100);
/** Creates answered per platform; every later one is held until the kill. */
const ANSWERED = 4;
let fleet: Fleet;
useFleet(SIZE, (started) => (fleet = started));

test('the provider SIGKILLed mid-create: Terraform keeps what completed, the next apply takes what was lost; no orphan, nothing twice', async () => {
  await holdCreateAnswersAfter(fleet, ANSWERED);
  let terraformPid = 0;
  const running = fleet.ws.run(['apply', '-auto-approve', '-input=false', '-no-color', '-parallelism=100'], { onSpawn: (pid) => (terraformPid = pid) });
  await waitFor('creates in flight, and every answered one recorded', () => {
    const made = madePerPlatform(fleet);
    const recorded = recordedInStateFile(fleet);
    const inState = recorded.als + recorded.vms + recorded.openshift;
    return made.als + made.vms + made.openshift - inState >= 10 && inState === 3 * ANSWERED;
  }, 120_000);
  const plugins = childrenOf(terraformPid).filter((pid) => commandLine(pid).includes('terraform-provider-authtoken'));
  expect(plugins).toHaveLength(1);
  process.kill(plugins[0]!, 'SIGKILL');
  const result = await running;
  await clearFaults(fleet);

  // Terraform itself survives, reports the dead plugin and exits 1, having written the state.
  expect(result.code).toBe(1);
  expect(`${result.stdout}\n${result.stderr}`).toMatch(/plugin|connection|unavailable|EOF/i);
  const atCrash = await census(fleet);
  const lostByState = atCrash.als.orphans.length + atCrash.vms.orphans.length + atCrash.openshift.orphans.length;
  process.stdout.write(
    describeCensus(`provider-killed-mid-create: plugin killed with ${tokensMade(fleet)} tokens made; terraform exited ${result.code}; ${lostByState} live tokens no state holds`, atCrash),
  );
  expect(lostByState).toBeGreaterThan(0);

  const recovery = await recover(fleet, SIZE);
  const after = await census(fleet);
  const fate = fateOfOrphans(fleet, atCrash, after);
  process.stdout.write(
    describeCensus(
      `provider-killed-mid-create: converged in ${recovery.applies} applies; of the ${lostByState} tokens the state lost: ALS imported ${fate.alsImported}, OpenShift adopted ${fate.openshiftAdopted}, ` +
        `VMS revoked and made anew ${fate.vmsRevoked}, left orphaned ${fate.unaccounted.length}`,
      after,
    ),
  );
  expectConverged(after, SIZE);
  expect(fate.unaccounted).toEqual([]);
  expect(recovery.imported).toBe(atCrash.als.orphans.length);

  await fleet.terraform(['plan', '-detailed-exitcode', '-input=false'], 0);
  await fleet.terraform(['destroy', '-auto-approve', '-input=false']);
  expectConverged(await census(fleet), { als: 0, vms: 0, openshift: 0 });
});
