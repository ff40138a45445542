// The registry docs and the CDKTF doc comments are written from the schema: every authtoken type and the
// provider itself must carry a description there, and every argument and attribute too.
import { providerSchemaJson } from '../../src/framework/schema/to-json';
import { authtokenProvider } from '../../src/provider/authtoken-provider';
import { PROVIDER_SOURCE } from '../../src/provider/identity';

interface Block { description?: string; attributes?: Record<string, { description?: string }>; block_types?: Record<string, { block: Block }> }
type Entry = { provider: { block: Block } } & Record<'resource_schemas' | 'data_source_schemas' | 'ephemeral_resource_schemas', Record<string, { block: Block }>>;

const entry = (providerSchemaJson(authtokenProvider, PROVIDER_SOURCE) as { provider_schemas: Record<string, Entry> }).provider_schemas[PROVIDER_SOURCE]!;

function undescribed(block: Block, path: string): string[] {
  const own = Object.entries(block.attributes ?? {}).filter(([, a]) => !a.description).map(([n]) => `${path}.${n}`);
  const nested = Object.entries(block.block_types ?? {}).flatMap(([n, b]) => [...(b.block.description ? [] : [`${path}.${n}`]), ...undescribed(b.block, `${path}.${n}`)]);
  return [...own, ...nested];
}

test('the provider and every resource, data source and ephemeral resource have a description', () => {
  expect(entry.provider.block.description).toMatch(/authentication tokens/);
  const types = [entry.resource_schemas, entry.data_source_schemas, entry.ephemeral_resource_schemas].flatMap((m) => Object.entries(m));
  expect(types.length).toBeGreaterThanOrEqual(9);
  expect(types.filter(([, s]) => !s.block.description).map(([n]) => n)).toEqual([]);
});

test('every argument and attribute, nested ones included, has a description', () => {
  const all = [['provider', entry.provider] as const, ...[entry.resource_schemas, entry.data_source_schemas, entry.ephemeral_resource_schemas].flatMap((m) => Object.entries(m))];
  expect(all.flatMap(([n, s]) => undescribed(s.block, n))).toEqual([]);
});
