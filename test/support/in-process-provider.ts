// A provider server in the test process: RPC functions called directly with protocol messages, so the
// framework's rules can be checked case by case without spawning anything.
import { decodeMsgpack } from '../../src/framework/cty/msgpack-decode';
import { encodeMsgpack } from '../../src/framework/cty/msgpack-encode';
import { newObject, type Value } from '../../src/framework/cty/value';
import { createLogger } from '../../src/framework/logging/logger';
import type { AnyProvider } from '../../src/framework/provider';
import type { AnyResource } from '../../src/framework/resource';
import type { AnyDataSource } from '../../src/framework/data-source';
import type { AnyEphemeralResource } from '../../src/framework/ephemeral-resource';
import type { DynamicValue } from '../../src/framework/protocol/generated/tfplugin6';
import { impliedType, type BlockSchema } from '../../src/framework/schema/blocks';
import { configureProvider } from '../../src/framework/server/configure-provider';
import { ProviderServer } from '../../src/framework/server/provider-server';

export async function inProcessServer(
  parts: { resources?: AnyResource[]; dataSources?: AnyDataSource[]; ephemeralResources?: AnyEphemeralResource[] },
  lines: string[] = [],
): Promise<ProviderServer> {
  const provider: AnyProvider = {
    name: 'test',
    version: '0.0.0',
    schema: { attributes: {} },
    configure: () => ({ configured: true }),
    resources: parts.resources ?? [],
    dataSources: parts.dataSources ?? [],
    ephemeralResources: parts.ephemeralResources ?? [],
  };
  const server = new ProviderServer(provider, createLogger({ module: 'provider.test', level: 'trace', sink: (l) => lines.push(l) }));
  const r = await configureProvider(server, { terraformVersion: '1.11.4', config: undefined, clientCapabilities: undefined });
  if (r.diagnostics.length > 0) throw new Error(JSON.stringify(r.diagnostics));
  return server;
}

/** A full object value for a schema: every attribute null, block collections empty, then the overrides. */
export function objectValue(schema: BlockSchema, overrides: Record<string, Value> = {}): Value {
  const entries: [string, Value][] = Object.keys(schema.attributes).map((k) => [k, null]);
  for (const [k, b] of Object.entries(schema.blocks ?? {})) entries.push([k, b.nesting === 'list' || b.nesting === 'set' ? [] : b.nesting === 'map' ? newObject() : null]);
  return newObject([...entries, ...Object.entries(overrides)]);
}

export function dynamic(schema: BlockSchema, v: Value): DynamicValue {
  return { msgpack: Buffer.from(encodeMsgpack(v, impliedType(schema))), json: Buffer.alloc(0) };
}

export function undynamic(schema: BlockSchema, dv: DynamicValue | undefined): Value {
  if (!dv || (dv.msgpack.length === 0 && dv.json.length === 0)) return null;
  return decodeMsgpack(dv.msgpack, impliedType(schema));
}
