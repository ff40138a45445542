// Terraform sends configuration, plans and state as objects whose attributes may be unknown, never an
// unknown in place of the whole object. One that arrives anyway (any msgpack extension at the top) is an
// error diagnostic; before, ConfigureProvider took it and configured the provider from nothing (found by
// the hostile-input fuzz test).
import { encodeMsgpack } from '../../../src/framework/cty/msgpack-encode';
import { unknown } from '../../../src/framework/cty/unknown';
import { createLogger } from '../../../src/framework/logging/logger';
import type { AnyProvider } from '../../../src/framework/provider';
import { impliedType } from '../../../src/framework/schema/blocks';
import { attr } from '../../../src/framework';
import { configureProvider } from '../../../src/framework/server/configure-provider';
import { ProviderServer } from '../../../src/framework/server/provider-server';
import { validateProviderConfig } from '../../../src/framework/server/validate-config';

const schema = { attributes: { endpoint: attr.string({ optional: true }) } };
let configured = 0;
const provider: AnyProvider = { name: 'test', version: '0.0.0', schema, configure: () => ({ n: ++configured }), resources: [] };

test.each([
  ['an unknown of the object type', Buffer.from(encodeMsgpack(unknown, impliedType(schema)))],
  ['any msgpack extension (fixext 8, type 105)', Buffer.from([0xd7, 0x69, 1, 2, 3, 4, 5, 6, 7, 8])],
])('a wholly unknown provider configuration (%s) is refused, and the provider is not configured', async (_, msgpack) => {
  const server = new ProviderServer(provider, createLogger({ module: 'provider.test', level: 'off' }));
  const r = await configureProvider(server, { terraformVersion: '1.11.4', config: { msgpack, json: Buffer.alloc(0) }, clientCapabilities: undefined });
  expect(r.diagnostics).toHaveLength(1);
  expect(r.diagnostics[0]).toMatchObject({ summary: 'Invalid Value' });
  expect(r.diagnostics[0]!.detail).toMatch(/the whole value is unknown/);
  expect(configured).toBe(0);
  const validated = await validateProviderConfig(server, { msgpack, json: Buffer.alloc(0) });
  expect(validated.diagnostics[0]!.detail).toMatch(/the whole value is unknown/);
});
