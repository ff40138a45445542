// Loads the plugin's server bundle with a V8 code cache when one ships beside it (`<bundle>.cache`):
// compiling ~700 KB of JavaScript is most of the time between the handshake and the first answer.
// The cache is made at build time by the same Node; if V8 rejects it (another Node version), the bundle
// simply compiles as usual.
import { readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

export interface LoadedBundle<T> {
  readonly exports: T;
  /** Writes a code cache including every function compiled so far (call after warming up). */
  writeCache(): void;
}

export function loadBundle<T>(file: string): LoadedBundle<T> {
  const cacheFile = `${file}.cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.loaded = true;
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(mod.exports, mod.exports, require, mod, file, dirname(file));
  return {
    exports: mod.exports as T,
    writeCache: () => writeFileSync(cacheFile, script.createCachedData()),
  };
}
