// Two `terraform apply` runs of the same configuration at once, from two working directories (two CI
// jobs), sharing a state in a real PostgreSQL (Terraform's `pg` backend, a server started from the
// machine's Debian packages). Terraform's lock on the state decides: without -lock-timeout the second
// run fails on the lock; with it, the second waits, then finds nothing left to do. Either way the state
// stays valid and no token is created twice.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPostgres, type PostgresServer } from '../../support/postgres-server';
import { slowCreateAnswers, tokensMade } from '../../support/crash-recovery';
import { waitFor } from '../../support/process-tree';
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
  await slowCreateAnswers(fleet, 500);

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
