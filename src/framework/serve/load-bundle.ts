// Loads a bundle of the plugin package with a V8 code cache when one ships beside it (`<bundle>.cache`):
// compiling the JavaScript is most of the time between the handshake and the first answer. The cache
// is made at build time by the same Node; if V8 rejects it (another Node version), the bundle simply
// compiles as usual.
//
// A bundle may require a package that ships as its own bundle beside it (`<name>.js`, built with the
// package marked external): it is loaded, with its own cache, only when first required. That is how a
// launch that never calls a platform never loads the HTTP client.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { withDefaultHeapFlags } from './serving-heap';

export interface LoadedBundle<T> {
  readonly exports: T;
  /** Whether V8 refused the shipped code cache (undefined when none ships), so the bundle compiled from source. */
  readonly cacheRejected: boolean | undefined;
  /** Writes a code cache including every function compiled so far (call after warming up). */
  writeCache(): void;
}

const loaded = new Map<string, LoadedBundle<unknown>>();

export function loadBundle<T>(file: string): LoadedBundle<T> {
  const known = loaded.get(file);
  if (known !== undefined) return known as LoadedBundle<T>;
  return withDefaultHeapFlags(() => compileAndRun<T>(file));
}

function compileAndRun<T>(file: string): LoadedBundle<T> {
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
  const bundle: LoadedBundle<T> = {
    get exports() {
      return mod.exports as T;
    },
    cacheRejected: cachedData === undefined ? undefined : script.cachedDataRejected === true,
    writeCache: () => writeFileSync(cacheFile, script.createCachedData()),
  };
  loaded.set(file, bundle);
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(mod.exports, mod.exports, bundleRequire(dirname(file)), mod, file, dirname(file));
  return bundle;
}

/** Node's own modules as usual; any other package from its bundle beside this one. */
function bundleRequire(dir: string): NodeJS.Require {
  const siblingRequire = (id: string): unknown => {
    if (id.startsWith('node:') || builtinModules.includes(id)) return require(id);
    const sibling = join(dir, siblingBundleName(id));
    if (!existsSync(sibling)) throw new Error(`the plugin package has no bundle for ${id} (${sibling})`);
    return loadBundle(sibling).exports;
  };
  return Object.assign(siblingRequire, { resolve: require.resolve, cache: require.cache, main: require.main, extensions: require.extensions }) as NodeJS.Require;
}

/** The file a package required by a bundle ships in (scripts/bundle-plugin.cjs names it the same way). */
export function siblingBundleName(id: string): string {
  return `${id.replace(/[/@]/g, '_')}.js`;
}
