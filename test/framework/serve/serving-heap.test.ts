// The serving heap: once the plugin serves, V8 grows its heap as little as it can; code loaded afterwards
// still uses its code cache (V8 refuses a cache made under other flag values).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { loadBundle } from '../../../src/framework/serve/load-bundle';
import { useServingHeap } from '../../../src/framework/serve/serving-heap';

test('a bundle loaded after the serving heap is in use still takes its code cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  const source = 'module.exports = { answer: () => [1, 2, 3].map((x) => x * 14).reduce((a, b) => a + b) };';
  writeFileSync(join(dir, 'first.js'), source);
  const first = loadBundle<{ answer(): number }>(join(dir, 'first.js'));
  expect(first.exports.answer()).toBe(84);
  first.writeCache();
  // The same code under another name: its cache is the one just written.
  copyFileSync(join(dir, 'first.js'), join(dir, 'second.js'));
  copyFileSync(join(dir, 'first.js.cache'), join(dir, 'second.js.cache'));

  useServingHeap();
  const second = loadBundle<{ answer(): number }>(join(dir, 'second.js'));
  expect(second.cacheRejected).toBe(false);
  expect(second.exports.answer()).toBe(84);
});

/**
 * A fresh process (the test runner's own heap has long grown) allocating as a busy provider does: waves of
 * working sets, each built, answered and dropped (the operations of one plan), amid short-lived garbage.
 * Prints the peak sizes of the young generation and of the whole heap.
 */
const SCENARIO = (module: string) => `
import { getHeapSpaceStatistics, getHeapStatistics } from 'node:v8';
import { useServingHeap } from ${JSON.stringify(module)};
if (process.argv[2] === 'serving') useServingHeap();
let peakHeap = 0;
let peakNew = 0;
const sample = () => {
  peakHeap = Math.max(peakHeap, getHeapStatistics().total_heap_size);
  peakNew = Math.max(peakNew, getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size);
};
for (let wave = 0; wave < 6; wave++) {
  let work: object[] | undefined = [];
  for (let i = 0; i < 60000; i++) {
    work.push({ id: 'token-' + wave + '-' + i, name: 'n' + i, v: [i, wave] });
    if (i % 1000 === 0) sample();
  }
  work = undefined;
  for (let round = 0; round < 50; round++) {
    let garbage: object[] | undefined = Array.from({ length: 2000 }, (_, i) => ({ i, s: 'value ' + i + ' ' + round }));
    garbage = undefined;
    sample();
  }
}
process.stdout.write(JSON.stringify({ peakHeap, peakNew }));
`;

test('serving, the heap peaks at under 60% of what V8 grows it to by default, and the young generation stays small', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'heap-'));
  writeFileSync(join(dir, 'entry.ts'), SCENARIO(join(__dirname, '../../../src/framework/serve/serving-heap')));
  await build({ entryPoints: [join(dir, 'entry.ts')], outfile: join(dir, 'entry.js'), bundle: true, platform: 'node', logLevel: 'error' });
  const peaks = (mode: string) =>
    JSON.parse(execFileSync(process.execPath, [join(dir, 'entry.js'), mode], { encoding: 'utf8', env: { PATH: process.env.PATH } })) as { peakHeap: number; peakNew: number };
  const serving = peaks('serving');
  const defaults = peaks('defaults');
  process.stdout.write(`serving-heap: peak heap ${(serving.peakHeap / 2 ** 20).toFixed(1)} MiB serving, ${(defaults.peakHeap / 2 ** 20).toFixed(1)} MiB with V8's defaults\n`);
  expect(serving.peakNew).toBeLessThanOrEqual(4 * 2 ** 20);
  expect(defaults.peakNew).toBeGreaterThan(8 * 2 ** 20);
  expect(serving.peakHeap).toBeLessThan(0.6 * defaults.peakHeap);
});
