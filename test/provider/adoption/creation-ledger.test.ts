import { CreationLedger } from '../../../src/provider/adoption/creation-ledger';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function ledgerOf(n: number, removal: (i: number) => Promise<void>): CreationLedger {
  const ledger = new CreationLedger();
  for (let i = 0; i < n; i++) ledger.removeMarkerAtClose(`vms:${i}`, () => removal(i));
  return ledger;
}

test('markers are removed ten at a time, every one when the time allows, failures counted', async () => {
  let running = 0;
  let most = 0;
  const ledger = ledgerOf(100, async (i) => {
    running++;
    most = Math.max(most, running);
    await pause(2);
    running--;
    if (i % 25 === 0) throw new Error('refused');
  });
  const outcome = await ledger.removeMarkers(new AbortController().signal);
  expect(most).toBe(10);
  expect(outcome).toEqual({ removed: 96, failed: 4, left: 0 });
  expect(ledger.waiting).toBe(0);
});

test('when the close\'s time runs out, no removal starts and the rest are left for the next refresh', async () => {
  const stop = new AbortController();
  let started = 0;
  const ledger = ledgerOf(1000, async () => {
    started++;
    await pause(5);
  });
  setTimeout(() => stop.abort(), 30);
  const outcome = await ledger.removeMarkers(stop.signal);
  expect(outcome.removed).toBe(started);
  expect(outcome.removed).toBeGreaterThan(0);
  expect(outcome.left).toBe(1000 - started);
  expect(outcome.left).toBeGreaterThan(0);
});
