// A provider process answers thousands of small RPCs, and V8 answers that allocation rate by doubling
// its young generation (two semi-spaces) up to 16 MB each: some 30 MB of resident memory a large plan
// never needed, for no measurable speed. Once serving, the young generation keeps the size it has.
//
// The growth factor is a V8 flag, read each time V8 considers growing. V8 rejects code caches (ours,
// and Node's for its own modules) made under other flag values, so code loaded later (a lazily loaded
// bundle, and the Node modules it requires) is loaded under the default value.
import { setFlagsFromString } from 'node:v8';

let held = false;

/** From now on, the young generation no longer grows. */
export function holdYoungGeneration(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  held = true;
}

/** Runs `load` under V8's default flags, so the code caches it uses still match. */
export function withDefaultHeapFlags<T>(load: () => T): T {
  if (!held) return load();
  setFlagsFromString('--semi-space-growth-factor=2');
  try {
    return load();
  } finally {
    setFlagsFromString('--semi-space-growth-factor=1');
  }
}
