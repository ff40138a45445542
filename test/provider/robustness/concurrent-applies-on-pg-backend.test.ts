// Two `terraform apply` runs of the same configuration at once, from two working directories (two CI
// jobs), sharing a state in a real PostgreSQL (Terraform's `pg` backend, a server started from the
// machine's Debian packages). Terraform's lock on the state decides: without -lock-timeout the second
// run fails on the lock; with it, the second waits, then finds nothing left to do. Either way the state
// stays valid and no token is created twice.
// And a run SIGKILLed halfway on that state: a remote backend is persisted only every 20 s
// (TF_STATE_PERSIST_INTERVAL, at least 20), so a kill within the first 20 s loses every token the run
// made from the state. The next apply still converges, with no orphan and nothing twice.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPostgres, type PostgresServer } from '../../support/postgres-server';
import { answeredCreates, clearFaults, fateOfOrphans, holdCreateAnswersAfter, recover, slowCreateAnswers, tokensMade } from '../../support/crash-recovery';
import { childrenOf, commandLine, isAlive, waitFor } from '../../support/process-tree';
import type { RunResult } from '../../support/terraform-cli';
import { census, describeCensus, expectConverged, fleetConfig, startFleet, type Fleet } from '../../support/token-fleet';

jest.setTimeout(240_000);

const BACKEND = `terraform {
  backend "pg" {}
}
`;

let pg: PostgresServer;
let fleet: Fleet;
let second: string;

/** `terraform …` in one of the two working directories (the first is the fleet's own). */
function tf(dir: string, args: string[]): Promise<RunResult> {
  return fleet.ws.run([...args, '-no-color'], { cwd: dir });
}

async function must(dir: string, args: string[]): Promise<RunResult> {
  const r = await tf(dir, args);
  if (r.code !== 0) throw new Error(`terraform ${args.join(' ')} in ${dir} exited ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r;
}

function configure(size: { als: number; vms: number; openshift: number }): void {
  for (const dir of [fleet.ws.dir, second]) {
    writeFileSync(join(dir, 'main.tf'), fleetConfig(size));
    writeFileSync(join(dir, 'backend.tf'), BACKEND);
  }
}

beforeAll(async () => {
  pg = await startPostgres();
  fleet = await startFleet({ PG_CONN_STR: pg.connString });
  second = join(fleet.ws.root, 'second-job');
  mkdirSync(second);
  configure({ als: 10, vms: 10, openshift: 10 });
  await must(fleet.ws.dir, ['init', '-input=false']);
  await must(second, ['init', '-input=false']);
});

afterAll(async () => {
  await fleet?.stop();
  await pg?.stop();
});

test('two applies at once on a pg state: one fails on the lock or waits for it; the state stays valid; no token twice', async () => {
  process.stdout.write(`concurrent-applies-on-pg-backend: ${pg.version} on 127.0.0.1:${pg.port}\n`);
  // Each create answered 2 s after it was made: the first run holds the lock well past the second's start, however slow the machine.
  await slowCreateAnswers(fleet, 2000);

  // Without -lock-timeout: the run that comes second fails on the lock at once, having done nothing.
  const first = tf(fleet.ws.dir, ['apply', '-auto-approve', '-input=false']);
  await waitFor('the first run to be creating', () => tokensMade(fleet) > 0, 60_000);
  const refused = await tf(second, ['apply', '-auto-approve', '-input=false']);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toMatch(/Error acquiring the state lock/);
  expect(refused.stderr).toMatch(/Lock Info:/);
  expect((await first).code).toBe(0);
  const afterRefusal = await census(fleet);
  process.stdout.write(describeCensus('concurrent-applies-on-pg-backend: the second run failed on the lock', afterRefusal));
  expectConverged(afterRefusal, { als: 10, vms: 10, openshift: 10 });

  // With -lock-timeout: both start together, one waits for the other's lock, then plans nothing new.
  configure({ als: 20, vms: 20, openshift: 20 });
  const both = await Promise.all([fleet.ws.dir, second].map((dir) => tf(dir, ['apply', '-auto-approve', '-input=false', '-lock-timeout=180s'])));
  for (const r of both) expect(r.code).toBe(0);
  const added = both.map((r) => Number(/Resources: (\d+) added/.exec(r.stdout)?.[1] ?? (/No changes/.test(r.stdout) ? 0 : NaN))).sort();
  expect(added).toEqual([0, 30]);
  const afterWaiting = await census(fleet);
  process.stdout.write(describeCensus(`concurrent-applies-on-pg-backend: both waited for the lock; resources added by each: ${added.join(' and ')}`, afterWaiting));
  expectConverged(afterWaiting, { als: 20, vms: 20, openshift: 20 });

  // The state in PostgreSQL is valid and the same from both directories.
  const [listA, listB] = await Promise.all([must(fleet.ws.dir, ['state', 'list']), must(second, ['state', 'list'])]);
  expect(listA.stdout.trim().split('\n')).toHaveLength(60);
  expect(listB.stdout).toBe(listA.stdout);
  const noChanges = await tf(second, ['plan', '-detailed-exitcode', '-input=false']);
  expect(noChanges.code).toBe(0);

  await must(second, ['destroy', '-auto-approve', '-input=false']);
  expectConverged(await census(fleet), { als: 0, vms: 0, openshift: 0 });
});

test('an apply SIGKILLed within the 20 s between pg state snapshots: nothing it made was recorded, and the next apply still converges', async () => {
  await clearFaults(fleet);
  configure({ als: 10, vms: 10, openshift: 10 });
  // Three creates per platform answered, the rest held: the kill comes after Terraform got answers it
  // has not yet written to PostgreSQL, and before the apply could finish and write its final state.
  await holdCreateAnswersAfter(fleet, 3);
  const before = tokensMade(fleet);
  const answeredBefore = await answeredCreates(fleet);
  let terraformPid = 0;
  const killed = fleet.ws.run(['apply', '-auto-approve', '-input=false', '-no-color', '-parallelism=30'], { onSpawn: (pid) => (terraformPid = pid) });
  await waitFor('20 tokens made and 9 answered', async () => tokensMade(fleet) - before >= 20 && (await answeredCreates(fleet)) - answeredBefore >= 9, 60_000, 100);
  const plugins = childrenOf(terraformPid).filter((pid) => commandLine(pid).includes('terraform-provider-authtoken'));
  process.kill(terraformPid, 'SIGKILL');
  await killed;
  await waitFor('the plugin to exit', () => plugins.every((pid) => !isAlive(pid)), 10_000);
  await clearFaults(fleet);

  const atKill = await census(fleet);
  const lost = atKill.als.orphans.length + atKill.vms.orphans.length + atKill.openshift.orphans.length;
  process.stdout.write(describeCensus(`concurrent-applies-on-pg-backend: killed ${tokensMade(fleet) - before} tokens into the apply; the pg state recorded none of them: ${lost} live tokens no state holds`, atKill));
  expect(atKill.als.inState + atKill.vms.inState + atKill.openshift.inState).toBe(0);
  expect(lost).toBeGreaterThanOrEqual(20);

  const recovery = await recover(fleet, { als: 10, vms: 10, openshift: 10 });
  const after = await census(fleet);
  const fate = fateOfOrphans(fleet, atKill, after);
  process.stdout.write(
    describeCensus(
      `concurrent-applies-on-pg-backend: converged in ${recovery.applies} applies; ALS imported ${fate.alsImported}, OpenShift adopted ${fate.openshiftAdopted}, VMS revoked and made anew ${fate.vmsRevoked}, left orphaned ${fate.unaccounted.length}`,
      after,
    ),
  );
  expectConverged(after, { als: 10, vms: 10, openshift: 10 });
  expect(fate.unaccounted).toEqual([]);
  await must(fleet.ws.dir, ['destroy', '-auto-approve', '-input=false']);
  expectConverged(await census(fleet), { als: 0, vms: 0, openshift: 0 });
});

