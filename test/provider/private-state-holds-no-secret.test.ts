// Private state is bytes the provider hands Terraform to keep and hand back: Terraform stores a resource's
// in the state file (base64) and the saved plan, and keeps an ephemeral resource's in memory for renew and
// close. None of it is encrypted, so it must hold no secret. The resources keep none at all (checked on
// every state snapshot by secrets-under-trace.test.ts); the ephemeral resources keep which token to renew
// and close — its id and lifetime, never its value. Proven here on what each ephemeral resource's open
// answers, against the emulators: the token the result carries appears nowhere in the private bytes.
import { decodeMsgpack } from '../../src/framework/cty/msgpack-decode';
import { encodeMsgpack } from '../../src/framework/cty/msgpack-encode';
import { TfNumber } from '../../src/framework/cty/number';
import { newObject, type Value } from '../../src/framework/cty/value';
import { createLogger } from '../../src/framework/logging/logger';
import { impliedType } from '../../src/framework/schema/blocks';
import { configureProvider } from '../../src/framework/server/configure-provider';
import { closeEphemeralResource, openEphemeralResource } from '../../src/framework/server/ephemeral-resource';
import { ProviderServer } from '../../src/framework/server/provider-server';
import { startEmulators, type RunningEmulators } from '../../src/emulators';
import { authtokenProvider } from '../../src/provider/authtoken-provider';
import { emulatorEnvironment } from '../support/resource-test';

let emulators: RunningEmulators;
let server: ProviderServer;
const saved = { ...process.env };

beforeAll(async () => {
  emulators = await startEmulators({ reportError: () => {} });
  Object.assign(process.env, emulatorEnvironment(emulators));
  server = new ProviderServer(authtokenProvider, createLogger({ module: 'provider.test', level: 'off' }));
  const type = impliedType(authtokenProvider.schema);
  const config = newObject(Object.keys((type as { attributes: object }).attributes).map((k) => [k, null]));
  const r = await configureProvider(server, { terraformVersion: '1.11.4', config: { msgpack: Buffer.from(encodeMsgpack(config, type)), json: Buffer.alloc(0) }, clientCapabilities: undefined });
  expect(r.diagnostics).toEqual([]);
});

afterAll(async () => {
  process.env = saved;
  await emulators.stop();
});

test.each([
  ['authtoken_vms_api_token', { name: 'one-run', expiry: '1h' }],
  ['authtoken_openshift_authorization', { scopes: ['session'], note: 'one run', expires_in: '3600' }],
])('ephemeral %s: the private state names the token, never holds its value', async (typeName, values) => {
  const definition = authtokenProvider.ephemeralResources!.find((e) => e.typeName === typeName)!;
  const type = impliedType(definition.schema) as { kind: 'object'; attributes: Record<string, { kind: string }> };
  const config = newObject(
    Object.keys(type.attributes).map((k): [string, Value] => {
      const v = (values as Record<string, unknown>)[k];
      if (v === undefined) return [k, null];
      if (type.attributes[k]!.kind === 'number') return [k, TfNumber.parse(String(v))];
      return [k, v as Value];
    }),
  );
  const opened = await openEphemeralResource(server, { typeName, config: { msgpack: Buffer.from(encodeMsgpack(config, type as never)), json: Buffer.alloc(0) }, clientCapabilities: undefined });
  expect(opened.diagnostics).toEqual([]);
  const result = decodeMsgpack(opened.result!.msgpack, type as never) as Record<string, Value>;
  const token = result['token'] as string;
  expect(token.length).toBeGreaterThan(16);
  const privateText = opened.private!.toString('utf8');
  const secretPart = token.includes('.') ? token.slice(token.indexOf('.') + 1) : token;
  process.stdout.write(`private-state-holds-no-secret: ${typeName} private state ${privateText}\n`);
  expect(privateText).toContain(String(result['id']));
  expect(privateText).not.toContain(token);
  expect(privateText).not.toContain(secretPart);
  const closed = await closeEphemeralResource(server, { typeName, private: opened.private });
  expect(closed.diagnostics).toEqual([]);
});
