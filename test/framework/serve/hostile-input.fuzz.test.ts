// Hostile input to the real authtoken plugin process, over its mutual-TLS gRPC socket, as Terraform would
// send it: 10,000 property-based cases (fast-check) across every RPC — random and malformed msgpack and
// JSON, values of the wrong schema, values generated from each type's own schema (some creating tokens on
// the emulators), huge and deeply nested values, unknown type names and random private state. Every call
// must be answered within its deadline with a well-formed response (never a gRPC error), malformed input
// with an error diagnostic; the process never dies, and its memory does not grow across the run.
// A client without Terraform's certificate is refused. FUZZ_SEED=<n> replays a run; FUZZ_RUNS=<n> changes
// the count.
import { encode } from '@msgpack/msgpack';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulators, type RunningEmulators } from '../../../src/emulators';
import { encodeMsgpack } from '../../../src/framework/cty/msgpack-encode';
import { TfNumber } from '../../../src/framework/cty/number';
import type { CtyType } from '../../../src/framework/cty/type';
import { unknown } from '../../../src/framework/cty/unknown';
import { DynamicValue, newObject, type Value } from '../../../src/framework/cty/value';
import { Diagnostic_Severity, type Diagnostic } from '../../../src/framework/protocol/generated/tfplugin6';
import type { ProviderClient } from '../../../src/framework/protocol/generated/tfplugin6';
import { impliedType } from '../../../src/framework/schema/blocks';
import { authtokenProvider } from '../../../src/provider/authtoken-provider';
import { PROVIDER_VERSION } from '../../../src/provider/identity';
import { authtokenPackage } from '../../support/authtoken-package';
import { call, providerClient, startPlugin, type StartedPlugin } from '../../support/plugin-client';
import { emulatorEnvironment } from '../../support/resource-test';

jest.setTimeout(300_000);

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 10_000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261130);
/** Calls sent at once. */
const BURST = 5;
/** No call may take longer, whatever it is sent. */
const DEADLINE_MS = 20_000;

let emulators: RunningEmulators;
let plugin: StartedPlugin;
let client: ProviderClient;

const providerType = impliedType(authtokenProvider.schema);
const resources = authtokenProvider.resources.map((r) => ({ name: r.typeName, type: impliedType(r.schema) }));
const dataSources = (authtokenProvider.dataSources ?? []).map((d) => ({ name: d.typeName, type: impliedType(d.schema) }));
const ephemerals = (authtokenProvider.ephemeralResources ?? []).map((e) => ({ name: e.typeName, type: impliedType(e.schema) }));
const allTypes = [providerType, ...resources.map((r) => r.type), ...dataSources.map((d) => d.type), ...ephemerals.map((e) => e.type)];

beforeAll(async () => {
  emulators = await startEmulators({ reportError: () => {} });
  const pkg = await authtokenPackage();
  plugin = await startPlugin(join(pkg.dir, `terraform-provider-authtoken_v${PROVIDER_VERSION}`), {
    env: { ...emulatorEnvironment(emulators), ...(process.env['FUZZ_PLUGIN_NODE_OPTIONS'] ? { NODE_OPTIONS: process.env['FUZZ_PLUGIN_NODE_OPTIONS'] } : {}) },
  });
  client = providerClient(plugin);
  // Configured from the environment (the emulators): valid values then reach the platforms.
  const configured = await call<object, { diagnostics: Diagnostic[] }>(client, 'configureProvider', {
    terraformVersion: '1.11.4',
    config: { msgpack: Buffer.from(encodeMsgpack(nullsOf(providerType), providerType)), json: Buffer.alloc(0) },
  });
  expect(configured.diagnostics.filter((d) => d.severity === Diagnostic_Severity.ERROR)).toEqual([]);
});

afterAll(async () => {
  client?.close();
  plugin?.kill();
  await emulators?.stop();
});

function nullsOf(type: CtyType): Value {
  if (type.kind !== 'object') return null;
  return newObject(Object.entries(type.attributes).map(([k, t]) => [k, t.kind === 'list' || t.kind === 'set' ? [] : null]));
}

// ---- values generated from a type --------------------------------------------------------------------

const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('', '__proto__', 'constructor', 'admin', '[tf-create:0123456789abcdef]', '180X', '7D'));

function valueOf(type: CtyType, depth = 0): fc.Arbitrary<Value> {
  const absent = fc.constantFrom<Value>(null, unknown);
  const of = (arb: fc.Arbitrary<Value>) => fc.oneof({ weight: 1, arbitrary: absent }, { weight: 6, arbitrary: arb });
  switch (type.kind) {
    case 'string':
      return of(text);
    case 'bool':
      return of(fc.boolean());
    case 'number':
      return of(
        fc.oneof(
          fc.integer().map((n) => TfNumber.fromNumber(n)),
          fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => TfNumber.fromNumber(n)),
          fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map((n) => TfNumber.fromBigInt(n)),
        ),
      );
    case 'list':
    case 'set':
      return depth > 3 ? absent : of(fc.array(valueOf(type.element, depth + 1), { maxLength: 4 }));
    case 'map':
      return depth > 3 ? absent : of(fc.dictionary(fc.string({ maxLength: 8 }), valueOf(type.element, depth + 1), { maxKeys: 4 }).map((d) => newObject(Object.entries(d))));
    case 'tuple':
      return of(fc.tuple(...type.elements.map((e) => valueOf(e, depth + 1))));
    case 'object': {
      const names = Object.keys(type.attributes);
      return of(fc.tuple(...names.map((n) => valueOf(type.attributes[n]!, depth + 1))).map((vs) => newObject(names.map((n, i) => [n, vs[i]!]))));
    }
    case 'dynamic':
      return of(text.map((s) => new DynamicValue({ kind: 'string' }, s)));
  }
}

/** A whole value of a schema's type (the top level is never unknown: Terraform never sends that). */
function schemaValue(type: CtyType): fc.Arbitrary<Value> {
  return valueOf(type).map((v) => (v === unknown ? null : v));
}

// ---- payloads ----------------------------------------------------------------------------------------

interface Payload {
  readonly bytes: { msgpack: Buffer; json: Buffer };
  /** Not a value of the type the RPC expects: must be answered with an error diagnostic. */
  readonly malformed: boolean;
  readonly what: string;
}

const msgpackOnly = (b: Uint8Array) => ({ msgpack: Buffer.from(b), json: Buffer.alloc(0) });

function deeplyNested(depth: number): Buffer {
  // [[[…[nil]…]]]: one-element arrays inside each other.
  return Buffer.concat([Buffer.alloc(depth, 0x91), Buffer.from([0xc0])]);
}

function hugeString(megabytes: number): Buffer {
  const body = Buffer.alloc(megabytes * 1024 * 1024, 0x61);
  const head = Buffer.alloc(5);
  head[0] = 0xdb;
  head.writeUInt32BE(body.length, 1);
  return Buffer.concat([head, body]);
}

function couldBeObjectOf(json: string, type: CtyType): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return false;
  }
  if (type.kind !== 'object' || parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return false;
  return Object.keys(parsed).every((k) => Object.hasOwn(type.attributes, k));
}

function payloadFor(type: CtyType): fc.Arbitrary<Payload> {
  const malformed = (what: string) => (b: { msgpack: Buffer; json: Buffer }): Payload => ({ bytes: b, malformed: true, what });
  const otherTypes = allTypes.filter((t) => t !== type);
  return fc.oneof(
    { weight: 8, arbitrary: schemaValue(type).map((v): Payload => ({ bytes: msgpackOnly(encodeMsgpack(v, type)), malformed: false, what: 'a value of the schema' })) },
    {
      weight: 3,
      // (a lone 0xc0 is msgpack's nil: a null value, not a malformed one)
      arbitrary: fc.uint8Array({ minLength: 1, maxLength: 64 }).filter((b) => !(b.length === 1 && b[0] === 0xc0)).map((b) => msgpackOnly(b)).map(malformed('random bytes')),
    },
    {
      weight: 2,
      arbitrary: schemaValue(type)
        .map((v) => encodeMsgpack(v, type))
        .filter((full) => full.length >= 2)
        // Cut anywhere but before the first byte (no bytes at all is a null value, not a malformed one).
        .chain((full) => fc.integer({ min: 1, max: full.length - 1 }).map((cut) => msgpackOnly(full.slice(0, cut))))
        .map(malformed('truncated msgpack')),
    },
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }).filter((j) => j !== null).map((j) => msgpackOnly(encode(j))).map(malformed('msgpack of arbitrary data')) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(...otherTypes)
        .chain((other) => schemaValue(other).filter((v) => v !== null).map((v) => msgpackOnly(encodeMsgpack(v, other))))
        .map(malformed('a value of another schema')),
    },
    {
      weight: 2,
      arbitrary: fc
        .oneof(fc.json({ maxDepth: 3 }), fc.string({ maxLength: 40 }))
        .filter((j) => j !== 'null' && j !== '')
        // An object naming only the type's attributes is a value as cty reads JSON (the others null): not malformed.
        .map((j): Payload => ({ bytes: { msgpack: Buffer.alloc(0), json: Buffer.from(j) }, malformed: !couldBeObjectOf(j, type), what: 'arbitrary JSON' })),
    },
    { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 100_000 }).map((d) => msgpackOnly(deeplyNested(d))).map(malformed('deeply nested')) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 }).map((mb) => msgpackOnly(hugeString(mb))).map(malformed('huge string')) },
  );
}

// ---- RPCs --------------------------------------------------------------------------------------------

interface Case {
  readonly rpc: string;
  readonly request: object;
  readonly malformed: boolean;
  readonly what: string;
}

const named = (list: readonly { name: string; type: CtyType }[]) =>
  fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...list) }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map((name) => ({ name, type: list[0]!.type, unknownName: true })) });

const privateBytes = fc.oneof(fc.constant(Buffer.alloc(0)), fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)), fc.json({ maxDepth: 2 }).map((j) => Buffer.from(`{"v":1,"d":${j}}`)));

function withType(list: readonly { name: string; type: CtyType }[], build: (name: string, p: Payload, extra: { priv: Buffer; other: Payload }) => Case): fc.Arbitrary<Case> {
  return named(list).chain((t) =>
    fc.tuple(payloadFor(t.type), payloadFor(t.type), privateBytes).map(([p, other, priv]) => {
      const built = build(t.name, p, { priv, other });
      return 'unknownName' in t ? { ...built, malformed: true, what: `unknown type name; ${built.what}` } : built;
    }),
  );
}

const cases: fc.Arbitrary<Case> = fc.oneof(
  payloadFor(providerType).map((p) => ({ rpc: 'validateProviderConfig', request: { config: p.bytes }, malformed: p.malformed, what: p.what })),
  withType(resources, (typeName, p) => ({ rpc: 'validateResourceConfig', request: { typeName, config: p.bytes }, malformed: p.malformed, what: p.what })),
  withType(dataSources, (typeName, p) => ({ rpc: 'validateDataResourceConfig', request: { typeName, config: p.bytes }, malformed: p.malformed, what: p.what })),
  withType(ephemerals, (typeName, p) => ({ rpc: 'validateEphemeralResourceConfig', request: { typeName, config: p.bytes }, malformed: p.malformed, what: p.what })),
  withType(resources, (typeName, p) => ({ rpc: 'readResource', request: { typeName, currentState: p.bytes }, malformed: p.malformed, what: p.what })),
  withType(resources, (typeName, p, { other, priv }) => ({
    rpc: 'planResourceChange',
    request: { typeName, priorState: other.bytes, proposedNewState: p.bytes, config: p.bytes, priorPrivate: priv },
    malformed: p.malformed || other.malformed,
    what: `${p.what} / prior ${other.what}`,
  })),
  withType(resources, (typeName, p, { other, priv }) => ({
    rpc: 'applyResourceChange',
    request: { typeName, priorState: other.bytes, plannedState: p.bytes, config: p.bytes, plannedPrivate: priv },
    malformed: p.malformed || other.malformed,
    what: `${p.what} / prior ${other.what}`,
  })),
  withType(resources, (typeName, p) => ({ rpc: 'upgradeResourceState', request: { typeName, version: 0, rawState: { json: p.bytes.json.length > 0 ? p.bytes.json : p.bytes.msgpack } }, malformed: false, what: `raw state: ${p.what}` })),
  withType(resources, (typeName) => ({ rpc: 'importResourceState', request: { typeName, id: 'x' }, malformed: false, what: 'import' })).chain((c) => text.map((id) => ({ ...c, request: { ...c.request, id } }))),
  withType(dataSources, (typeName, p) => ({ rpc: 'readDataSource', request: { typeName, config: p.bytes }, malformed: p.malformed, what: p.what })),
  withType(ephemerals, (typeName, p) => ({ rpc: 'openEphemeralResource', request: { typeName, config: p.bytes }, malformed: p.malformed, what: p.what })),
  withType(ephemerals, (typeName, _p, { priv }) => ({ rpc: 'renewEphemeralResource', request: { typeName, private: priv }, malformed: false, what: 'random private state' })),
  withType(ephemerals, (typeName, _p, { priv }) => ({ rpc: 'closeEphemeralResource', request: { typeName, private: priv }, malformed: false, what: 'random private state' })),
  withType(resources, (sourceTypeName, p) => ({
    rpc: 'moveResourceState',
    request: { sourceProviderAddress: 'registry.terraform.io/authtoken/authtoken', sourceTypeName, sourceSchemaVersion: 0, sourceState: { json: p.bytes.msgpack }, targetTypeName: resources[0]!.name },
    malformed: false,
    what: `moved state: ${p.what}`,
  })),
  fc.tuple(fc.string({ maxLength: 20 }), fc.array(payloadFor({ kind: 'string' }), { maxLength: 3 })).map(([name, args]) => ({
    rpc: 'callFunction',
    request: { name, arguments: args.map((a) => a.bytes) },
    malformed: true,
    what: 'a function the provider does not have, or bad arguments',
  })),
  payloadFor(providerType)
    .filter((p) => p.malformed)
    .map((p) => ({ rpc: 'configureProvider', request: { terraformVersion: '1.11.4', config: p.bytes }, malformed: true, what: p.what })),
);

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(/(\d+)/.exec(line)![1]) / 1024;
}

test(`the plugin answers ${RUNS} hostile calls, each within its deadline, malformed ones with an error diagnostic; it never dies and its memory stays flat`, async () => {
  const pid = plugin.child.pid!;
  const rss: number[] = [rssMiB(pid)];
  const byRpc = new Map<string, number>();
  let run = 0;
  let slowestMs = 0;
  let errorsAnswered = 0;
  const timeByWhat = new Map<string, number>();
  const started = Date.now();
  const one = async (c: Case) => {
    const t0 = Date.now();
    const response = await call<object, { diagnostics?: Diagnostic[]; error?: { text: string } }>(client, c.rpc, c.request, DEADLINE_MS);
    slowestMs = Math.max(slowestMs, Date.now() - t0);
    const key = `${c.rpc}: ${c.what}`;
    timeByWhat.set(key, (timeByWhat.get(key) ?? 0) + Date.now() - t0);
    byRpc.set(c.rpc, (byRpc.get(c.rpc) ?? 0) + 1);
    const diagnostics = response.diagnostics ?? [];
    for (const d of diagnostics) expect(d.summary.length).toBeGreaterThan(0);
    // CallFunction answers a FunctionError instead of diagnostics.
    const errors = [...diagnostics.filter((d) => d.severity === Diagnostic_Severity.ERROR), ...(response.error?.text ? [response.error] : [])];
    if (errors.length > 0) errorsAnswered++;
    if (c.malformed && errors.length === 0) throw new Error(`${c.rpc} accepted ${c.what} without an error diagnostic: ${JSON.stringify(response).slice(0, 400)}`);
    if (++run % 250 === 0) rss.push(rssMiB(pid));
  };
  // Terraform sends up to ten calls at once; each property run sends a burst of BURST together.
  await fc.assert(
    fc.asyncProperty(fc.array(cases, { minLength: BURST, maxLength: BURST }), async (burst) => {
      await Promise.all(burst.map(one));
      expect(plugin.child.exitCode).toBeNull();
    }),
    { numRuns: Math.ceil(RUNS / BURST), seed: SEED, endOnFailure: true },
  );
  rss.push(rssMiB(pid));
  const seconds = (Date.now() - started) / 1000;
  // Warm-up (code compiled, pools and caches filled) over the first fifth; a leak grows after it.
  const warm = rss[Math.ceil(rss.length / 5)]!;
  const end = rss[rss.length - 1]!;
  const peak = Math.max(...rss);
  process.stdout.write(
    `hostile-input: ${run} fuzz cases (seed ${SEED}) in ${seconds.toFixed(1)} s, ${errorsAnswered} answered with an error diagnostic, slowest call ${slowestMs} ms; ` +
      `plugin RSS start ${rss[0]!.toFixed(1)} MiB, after warm-up ${warm.toFixed(1)} MiB, end ${end.toFixed(1)} MiB, peak ${peak.toFixed(1)} MiB; ` +
      `calls: ${[...byRpc.entries()].map(([k, v]) => `${k} ${v}`).join(', ')}\n`,
  );
  if (process.env['FUZZ_PROFILE']) process.stdout.write(`  RSS every 250 calls: ${rss.map((r) => r.toFixed(0)).join(' ')}\n`);
  if (process.env['FUZZ_PROFILE']) process.stdout.write(`  ${[...timeByWhat.values()].reduce((a, b) => a + b, 0)} ms in calls\n`);
  if (process.env['FUZZ_PROFILE']) process.stdout.write([...timeByWhat.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `  ${v} ms  ${k}`).join('\n') + '\n');
  expect(run).toBe(Math.ceil(RUNS / BURST) * BURST);
  expect(end - warm).toBeLessThan(64);
  await expect(call(client, 'getProviderSchema', {})).resolves.toBeDefined();
  expect(plugin.child.exitCode).toBeNull();
});

test('a client without Terraform\'s certificate, or with another one, is refused; the plugin serves on', async () => {
  await expect(call(providerClient(plugin, 'none'), 'getProviderSchema', {}, 3000)).rejects.toMatchObject({ code: expect.any(Number) });
  await expect(call(providerClient(plugin, 'stranger'), 'getProviderSchema', {}, 3000)).rejects.toMatchObject({ code: expect.any(Number) });
  await expect(call(client, 'getProviderSchema', {})).resolves.toBeDefined();
});
