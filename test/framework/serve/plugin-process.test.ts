// The plugin process as go-plugin sees it: cookie, protocol negotiation, handshake line, mutual TLS,
// robustness to bad input, StopProvider, Shutdown, signals and orphaning. Real processes, real sockets.
import { encode } from '@msgpack/msgpack';
import { spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync } from 'node:fs';
import { encodeMsgpack } from '../../../src/framework/cty/msgpack-encode';
import { Unknown, unknown } from '../../../src/framework/cty/unknown';
import { decodeMsgpack } from '../../../src/framework/cty/msgpack-decode';
import { newObject, type Value } from '../../../src/framework/cty/value';
import { Diagnostic_Severity, type ApplyResourceChange_Response, type GetProviderSchema_Response, type PlanResourceChange_Response } from '../../../src/framework/protocol/generated/tfplugin6';
import { impliedType } from '../../../src/framework/schema/blocks';
import { HealthCheckResponse_ServingStatus } from '../../../src/framework/protocol/generated/health';
import { buildFwtestPackage } from '../../support/fwtest-plugin';
import { call, controllerClient, healthClient, providerClient, serverCertificatePem, startPlugin, type StartedPlugin } from '../../support/plugin-client';
import { fwtestProvider } from '../../fixtures/fwtest/provider';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

jest.setTimeout(30_000);

let executable: string;
const running: StartedPlugin[] = [];
const thingType = impliedType(fwtestProvider.resources[0]!.schema);
const providerType = impliedType(fwtestProvider.schema);

beforeAll(async () => {
  const pkg = await buildFwtestPackage();
  executable = join(pkg.dir, 'terraform-provider-fwtest_v0.0.1');
});

afterEach(() => {
  for (const p of running.splice(0)) p.kill();
});

async function start(options?: Parameters<typeof startPlugin>[1]): Promise<StartedPlugin> {
  const p = await startPlugin(executable, options);
  running.push(p);
  return p;
}

function thingValue(overrides: Record<string, Value>): Value {
  const base = newObject(Object.keys((thingType as { attributes: object }).attributes).map((k) => [k, null]));
  return newObject([...Object.entries(base), ['label', []], ...Object.entries(overrides)]);
}

const dv = (v: Value, t = thingType) => ({ msgpack: Buffer.from(encodeMsgpack(v, t)), json: Buffer.alloc(0) });

async function configured(p: StartedPlugin) {
  const client = providerClient(p);
  const store = join(mkdtempSync(join(tmpdir(), 'fwstore-')), 'store.json');
  const r = await call<object, { diagnostics: unknown[] }>(client, 'configureProvider', {
    terraformVersion: '1.11.4',
    config: dv(newObject([['store', store], ['api_key', null]]), providerType),
  });
  expect(r.diagnostics).toEqual([]);
  return client;
}

describe('launch', () => {
  test('run by hand, it says it is a plugin on stderr and exits 1 without printing to stdout', async () => {
    const child = spawn(executable, [], { env: { PATH: process.env.PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/^This binary is a plugin\. These are not meant to be executed directly\./);
  });

  test('a host that does not offer protocol 6 is refused', async () => {
    await expect(startPlugin(executable, { env: { PLUGIN_PROTOCOL_VERSIONS: '4,5' } })).rejects.toThrow(/speaks plugin protocol 6 only, but the host offered 4,5/);
  });

  test('the handshake line names protocol 6, a Unix socket and an unpadded DER certificate for localhost', async () => {
    const p = await start();
    const h = p.handshake;
    expect([h.core, h.protocol, h.network, h.transport]).toEqual(['1', '6', 'unix', 'grpc']);
    expect(existsSync(h.address)).toBe(true);
    expect(h.certificate).toMatch(/^[A-Za-z0-9+/]+$/); // no '=' padding
    const cert = new X509Certificate(Buffer.from(h.certificate, 'base64'));
    expect(cert.subjectAltName).toBe('DNS:localhost');
    expect(cert.ca).toBe(true);
    expect(cert.verify(cert.publicKey)).toBe(true);
  });

  test('every start makes a fresh certificate and socket', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    expect(a.handshake.certificate).not.toBe(b.handshake.certificate);
    expect(a.handshake.address).not.toBe(b.handshake.address);
  });
});

describe('mutual TLS', () => {
  test('the client holding the certificate Terraform passed in PLUGIN_CLIENT_CERT is served', async () => {
    const p = await start();
    const schema = await call<object, GetProviderSchema_Response>(providerClient(p), 'getProviderSchema', {});
    expect(Object.keys(schema.resourceSchemas).sort()).toEqual(['fwtest_bag', 'fwtest_legacy_thing', 'fwtest_thing']);
    // fwtest_thing declares a state mover, so Terraform may send MoveResourceState
    expect(schema.serverCapabilities).toEqual({ planDestroy: true, getProviderSchemaOptional: true, moveResourceState: true });
  });

  test('a client presenting no certificate is refused', async () => {
    const p = await start();
    await expect(call(providerClient(p, 'none'), 'getProviderSchema', {}, 3000)).rejects.toMatchObject({ code: expect.any(Number) });
    // and the server is unharmed
    await expect(call(providerClient(p), 'getProviderSchema', {})).resolves.toBeDefined();
  });

  test('a client presenting a different certificate is refused', async () => {
    const p = await start();
    await expect(call(providerClient(p, 'stranger'), 'getProviderSchema', {}, 3000)).rejects.toMatchObject({ code: expect.any(Number) });
  });

  test('without PLUGIN_CLIENT_CERT it serves plaintext and leaves the certificate field empty', async () => {
    const p = await start({ tls: false });
    expect(p.handshake.certificate).toBe('');
    await expect(call(providerClient(p), 'getProviderSchema', {})).resolves.toBeDefined();
  });

  test('the server certificate in the handshake is what the TLS connection presents', async () => {
    const p = await start();
    expect(serverCertificatePem(p.handshake)).toMatch(/BEGIN CERTIFICATE/);
    const health = await call<object, { status: number }>(healthClient(p), 'check', { service: 'plugin' });
    expect(health.status).toBe(HealthCheckResponse_ServingStatus.SERVING);
  });
});

describe('robustness', () => {
  test('malformed msgpack gets an error diagnostic and the plugin stays up', async () => {
    const p = await start();
    const client = await configured(p);
    const bad = { msgpack: Buffer.from([0xc1]), json: Buffer.alloc(0) };
    const r = await call<object, PlanResourceChange_Response>(client, 'planResourceChange', { typeName: 'fwtest_thing', priorState: undefined, proposedNewState: bad, config: bad });
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: Diagnostic_Severity.ERROR, summary: 'Invalid Value' });
    expect(r.diagnostics[0]!.detail).toMatch(/malformed msgpack/);
    const wrongShape = { msgpack: Buffer.from(encode({ name: 'x' })), json: Buffer.alloc(0) };
    const r2 = await call<object, PlanResourceChange_Response>(client, 'planResourceChange', { typeName: 'fwtest_thing', priorState: undefined, proposedNewState: wrongShape, config: wrongShape });
    expect(r2.diagnostics[0]!.detail).toMatch(/an object with \d+ attributes is required \(1 given\)/);
    await expect(call(client, 'getProviderSchema', {})).resolves.toBeDefined();
    expect(p.child.exitCode).toBeNull();
  });

  test('a promise the provider forgot to handle is logged, and the plugin keeps serving', async () => {
    const p = await start({ env: { TF_LOG: 'error' } });
    const client = providerClient(p);
    const str = { msgpack: Buffer.from(encodeMsgpack('x', { kind: 'string' })), json: Buffer.alloc(0) };
    await call(client, 'callFunction', { name: 'fire_and_forget', arguments: [str] });
    await new Promise((r) => setTimeout(r, 200));
    expect(p.child.exitCode).toBeNull();
    await expect(call(client, 'getProviderSchema', {})).resolves.toBeDefined();
    const entries = p.stderr().trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
    expect(entries).toContainEqual(expect.objectContaining({ '@level': 'error', '@message': 'Unhandled promise rejection in the provider', error: 'forgotten promise failed' }));
  });

  test('an unknown resource type is a diagnostic, not a crash', async () => {
    const p = await start();
    const client = await configured(p);
    const r = await call<object, PlanResourceChange_Response>(client, 'planResourceChange', { typeName: 'fwtest_nope', priorState: undefined, proposedNewState: undefined, config: undefined });
    expect(r.diagnostics[0]).toMatchObject({ summary: 'Unknown Resource Type' });
  });

  test('unknown and refined unknown config values are planned unknown, the refinement echoed', async () => {
    const p = await start();
    const client = await configured(p);
    const refinedPayload = Buffer.from([0x82, 0x01, 0xc2, 0x02, 0xa3, 0x61, 0x62, 0x63]); // {1: false, 2: "abc"}
    const config = thingValue({ name: new Unknown({ notNull: true, stringPrefix: 'abc' }, refinedPayload), note: unknown });
    const r = await call<object, PlanResourceChange_Response>(client, 'planResourceChange', { typeName: 'fwtest_thing', priorState: undefined, proposedNewState: dv(config), config: dv(config) });
    expect(r.diagnostics).toEqual([]);
    const planned = decodeMsgpack(r.plannedState!.msgpack, thingType) as Record<string, Value>;
    expect(planned.name).toBeInstanceOf(Unknown);
    expect((planned.name as Unknown).refinement).toEqual({ notNull: true, stringPrefix: 'abc' });
    expect(planned.note).toBeInstanceOf(Unknown);
    expect(planned.id).toBeInstanceOf(Unknown); // computed → known after apply
    expect(planned.size).toMatchObject({ coefficient: 1n }); // default applied
    expect(planned.password_wo).toBeNull();
  });
});

describe('stopping', () => {
  test('StopProvider cancels an in-flight create, keeps what was created, and the server keeps serving', async () => {
    const p = await start();
    const client = await configured(p);
    const config = thingValue({ name: 'slow', create_delay_ms: encodeNumber(20_000) });
    const plan = await call<object, PlanResourceChange_Response>(client, 'planResourceChange', { typeName: 'fwtest_thing', priorState: undefined, proposedNewState: dv(config), config: dv(config) });
    const started = Date.now();
    const applying = call<object, ApplyResourceChange_Response>(client, 'applyResourceChange', { typeName: 'fwtest_thing', priorState: undefined, plannedState: plan.plannedState, config: dv(config), plannedPrivate: plan.plannedPrivate }, 30_000);
    await new Promise((r) => setTimeout(r, 300));
    await call(client, 'stopProvider', {});
    const applied = await applying;
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(applied.diagnostics.map((d) => d.summary)).toEqual(['Operation Cancelled']);
    const state = decodeMsgpack(applied.newState!.msgpack, thingType) as Record<string, Value>;
    expect(state.id).toMatch(/^thing-\d+$/); // the created object is returned, so Terraform keeps it (tainted)
    expect(JSON.parse(applied.private.toString()).d).toEqual({ revision: 1 });
    await expect(call(client, 'getProviderSchema', {})).resolves.toBeDefined();
  });

  test('Shutdown answers, then the process exits within Terraform\'s 2 s grace and removes its socket', async () => {
    const p = await start();
    const t0 = Date.now();
    await call(controllerClient(p), 'shutdown', {});
    const exit = await p.exited;
    expect(exit.code).toBe(0);
    expect(Date.now() - t0).toBeLessThan(2_000);
    expect(existsSync(p.handshake.address)).toBe(false);
  });

  test('SIGINT is ignored (Terraform sends StopProvider instead)', async () => {
    const p = await start();
    p.child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 300));
    expect([p.child.exitCode, p.child.signalCode]).toEqual([null, null]);
    await expect(call(providerClient(p), 'getProviderSchema', {})).resolves.toBeDefined();
  });

  test('when Terraform dies without shutting it down, the plugin exits on its own', async () => {
    // A stand-in for Terraform that starts the plugin, reports its pid, then is killed outright.
    const parent = spawn(process.execPath, ['-e', `
      const { spawn } = require('child_process');
      const c = spawn(${JSON.stringify(executable)}, [], { env: { ...process.env }, stdio: ['ignore', 'pipe', 'inherit'] });
      c.stdout.once('data', () => process.stdout.write(String(c.pid) + '\\n'));
      setInterval(() => {}, 1000);
    `], { env: { PATH: process.env.PATH, TF_PLUGIN_MAGIC_COOKIE: 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2' }, stdio: ['ignore', 'pipe', 'inherit'] });
    const pid = Number(await new Promise<string>((r) => parent.stdout.once('data', (d) => r(String(d).trim()))));
    expect(alive(pid)).toBe(true);
    parent.kill('SIGKILL');
    const deadline = Date.now() + 5_000;
    while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(alive(pid)).toBe(false);
  });
});

describe('debug mode', () => {
  test('--debug prints TF_REATTACH_PROVIDERS for a plaintext server that needs no cookie', async () => {
    const child = spawn(executable, ['--debug'], { env: { PATH: process.env.PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
    const text = await new Promise<string>((resolve) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes("'\n")) resolve(out);
      });
    });
    const json = /TF_REATTACH_PROVIDERS='(.*)'/.exec(text)![1]!;
    const reattach = JSON.parse(json) as Record<string, { Protocol: string; ProtocolVersion: number; Pid: number; Test: boolean; Addr: { Network: string; String: string } }>;
    const entry = reattach['registry.terraform.io/test/fwtest']!;
    expect(entry).toMatchObject({ Protocol: 'grpc', ProtocolVersion: 6, Pid: child.pid, Test: true, Addr: { Network: 'unix' } });
    const p = { handshake: { network: 'unix', address: entry.Addr.String, certificate: '' } } as StartedPlugin;
    await expect(call(providerClient(p), 'getProviderSchema', {})).resolves.toBeDefined();
    child.kill('SIGINT'); // in debug mode Ctrl-C stops the server
    expect(await new Promise((r) => child.on('exit', r))).toBe(0);
  });
});

describe('logging', () => {
  test('stderr lines are hclog JSON with string fields and a six-digit fractional timestamp', async () => {
    const p = await start({ env: { TF_LOG: 'trace' } });
    await call(providerClient(p), 'getProviderSchema', {});
    await call(controllerClient(p), 'shutdown', {});
    await p.exited;
    const lines = p.stderr().trim().split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(typeof entry['@message']).toBe('string');
      expect(entry['@level']).toMatch(/^(trace|debug|info|warn|error)$/);
      expect(entry['@module']).toBe('provider.fwtest');
      expect(entry['@timestamp']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    }
  });

  test('with no TF_LOG the plugin writes nothing to stderr', async () => {
    const p = await start();
    await call(providerClient(p), 'getProviderSchema', {});
    expect(p.stderr()).toBe('');
  });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function encodeNumber(n: number): Value {
  return require('../../../src/framework/cty/number').TfNumber.from(n);
}
