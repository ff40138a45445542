// V8's heap tuned for a serving provider, once everything it starts with is loaded. A provider answers
// thousands of small RPCs, and V8's defaults answer that allocation rate by growing the heap for speed
// it never shows here:
// - the young generation (two semi-spaces) doubles up to 16 MB each, some 30 MB of resident memory;
// - the old generation grows with generous headroom between collections.
// Held young generation and `--optimize-for-size` (smaller growth steps, earlier collections) took a
// 1000-token apply's peak RSS from 117 to 85 MiB and its plan's from 104 to 79 MiB, at about the same
// wall time (the bench's `provider peak RSS` rows); the price is more collections, some 13% more CPU in
// the provider at 1000 tokens.
//
// Both are V8 flags, read each time V8 sizes the heap. V8 rejects code caches (ours, and Node's for its
// own modules) made under other flag values, so code loaded later (a lazily loaded bundle, and the Node
// modules it requires) is loaded under the default values.
import { setFlagsFromString } from 'node:v8';

const SERVING = ['--semi-space-growth-factor=1', '--optimize-for-size'];
// --optimize-for-size also sets --max-semi-space-size to 1 (MB), which turning it off leaves in place.
const DEFAULTS = ['--semi-space-growth-factor=2', '--no-optimize-for-size', '--max-semi-space-size=0'];

let serving = false;

function set(flags: readonly string[]): void {
  for (const flag of flags) setFlagsFromString(flag);
}

/** From now on, the heap grows as little as it can. */
export function useServingHeap(): void {
  set(SERVING);
  serving = true;
}

/** Runs `load` under V8's default flags, so the code caches it uses still match. */
export function withDefaultHeapFlags<T>(load: () => T): T {
  if (!serving) return load();
  set(DEFAULTS);
  try {
    return load();
  } finally {
    set(SERVING);
  }
}
