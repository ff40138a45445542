// A 200-token apply across the three platforms while every emulator fails a fifth of the requests it
// gets — 429, 502, 503 and 504, with and without Retry-After, plus connection resets and latency spikes,
// logins included — completes, and afterwards the tokens on each platform are exactly the tokens in state:
// none lost, none twice. The destroy under the same faults leaves nothing behind. Rates are seeded, so
// each run meets the same mix; Retry-After is 1 s.
import type { FaultRuleSpec } from '../../../src/emulators/faults/fault-rule';
import { census, describeCensus, expectConverged, fleetOf, useFleet, type Fleet } from '../../support/token-fleet';

jest.setTimeout(240_000);

const SIZE = fleetOf(200);

/** About 20% of requests fail, every way a platform or the network in front of it fails. */
export const TRANSIENT_FAULTS: readonly FaultRuleSpec[] = [
  { effect: 'latency', ms: 600, rate: 0.05, seed: 11 },
  { effect: 'status', status: 429, retryAfter: 1, rate: 0.04, seed: 12 },
  { effect: 'status', status: 503, retryAfter: 1, rate: 0.02, seed: 13 },
  { effect: 'status', status: 503, rate: 0.02, seed: 14 },
  { effect: 'status', status: 502, rate: 0.04, seed: 15 },
  { effect: 'status', status: 504, rate: 0.04, seed: 16 },
  { effect: 'reset', rate: 0.04, seed: 17 },
];

let fleet: Fleet;
useFleet(SIZE, (started) => (fleet = started));

async function injectEverywhere(rules: readonly FaultRuleSpec[]): Promise<void> {
  for (const emulator of [fleet.emulators.als, fleet.emulators.vms, fleet.emulators.openshift]) {
    for (const rule of rules) await emulator.admin.addFault(rule);
  }
}

async function faultsHit(): Promise<number> {
  let hits = 0;
  for (const emulator of [fleet.emulators.als, fleet.emulators.vms, fleet.emulators.openshift]) {
    for (const entry of (await emulator.admin.requests()).entries) if (entry.outcome.kind.startsWith('fault') || entry.delayMs > 0) hits++;
  }
  return hits;
}

async function requestsSeen(): Promise<number> {
  let n = 0;
  for (const emulator of [fleet.emulators.als, fleet.emulators.vms, fleet.emulators.openshift]) n += (await emulator.admin.requests()).entries.length;
  return n;
}

test('200 tokens applied through 20% transient faults: 0 lost, 0 duplicated; destroyed through them: 0 left', async () => {
  await injectEverywhere(TRANSIENT_FAULTS);
  const started = Date.now();
  await fleet.terraform(['apply', '-auto-approve', '-input=false']);
  const applySeconds = (Date.now() - started) / 1000;
  const requests = await requestsSeen();
  const faults = await faultsHit();
  const applied = await census(fleet);
  process.stdout.write(
    describeCensus(`apply-under-faults: 200 tokens in ${applySeconds.toFixed(1)} s; ${faults} of ${requests} requests met a fault (${((100 * faults) / requests).toFixed(1)}%)`, applied),
  );
  expect(faults / requests).toBeGreaterThan(0.15);
  expectConverged(applied, SIZE);

  // The re-plan through the same faults finds nothing to do: every refresh read its token back.
  await fleet.terraform(['plan', '-detailed-exitcode', '-input=false'], 0);

  const destroyStarted = Date.now();
  await fleet.terraform(['destroy', '-auto-approve', '-input=false']);
  const destroyed = await census(fleet);
  process.stdout.write(describeCensus(`apply-under-faults: destroyed in ${((Date.now() - destroyStarted) / 1000).toFixed(1)} s`, destroyed));
  expectConverged(destroyed, { als: 0, vms: 0, openshift: 0 });
});
