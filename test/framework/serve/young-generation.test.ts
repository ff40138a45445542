// The young generation held at its size once the plugin serves; code loaded afterwards still uses its
// code cache (V8 refuses a cache made under other flag values).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { loadBundle } from '../../../src/framework/serve/load-bundle';
import { holdYoungGeneration } from '../../../src/framework/serve/young-generation';

test('a bundle loaded after the young generation is held still takes its code cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  const source = 'module.exports = { answer: () => [1, 2, 3].map((x) => x * 14).reduce((a, b) => a + b) };';
  writeFileSync(join(dir, 'first.js'), source);
  const first = loadBundle<{ answer(): number }>(join(dir, 'first.js'));
  expect(first.exports.answer()).toBe(84);
  first.writeCache();
  // The same code under another name: its cache is the one just written.
  copyFileSync(join(dir, 'first.js'), join(dir, 'second.js'));
  copyFileSync(join(dir, 'first.js.cache'), join(dir, 'second.js.cache'));

  holdYoungGeneration();
  const second = loadBundle<{ answer(): number }>(join(dir, 'second.js'));
  expect(second.cacheRejected).toBe(false);
  expect(second.exports.answer()).toBe(84);
});

/** A fresh process (the test runner's own young generation has long grown) allocating as a busy provider does. */
const SCENARIO = (module: string) => `
import { getHeapSpaceStatistics } from 'node:v8';
import { holdYoungGeneration } from ${JSON.stringify(module)};
if (process.argv[2] === 'hold') holdYoungGeneration();
let keep: unknown[] = [];
for (let round = 0; round < 200; round++) keep = Array.from({ length: 2000 }, (_, i) => ({ i, s: 'value ' + i + ' ' + round, a: [i, i + 1] }));
const newSpace = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size;
process.stdout.write(String(keep.length > 0 ? newSpace : -1));
`;

test('held, the young generation stays small under a burst of short-lived allocations; unheld, V8 grows it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'young-'));
  writeFileSync(join(dir, 'entry.ts'), SCENARIO(join(__dirname, '../../../src/framework/serve/young-generation')));
  await build({ entryPoints: [join(dir, 'entry.ts')], outfile: join(dir, 'entry.js'), bundle: true, platform: 'node', logLevel: 'error' });
  const newSpace = (mode: string) => Number(execFileSync(process.execPath, [join(dir, 'entry.js'), mode], { encoding: 'utf8', env: { PATH: process.env.PATH } }));
  expect(newSpace('hold')).toBeLessThanOrEqual(4 * 1024 * 1024);
  expect(newSpace('grow')).toBeGreaterThan(8 * 1024 * 1024);
});
