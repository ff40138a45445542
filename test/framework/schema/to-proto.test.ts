import { attr, block, definitions, t } from '../../../src/framework';
import { ProviderServer } from '../../../src/framework/server/provider-server';
import { getProviderSchema } from '../../../src/framework/server/get-provider-schema';
import { createLogger } from '../../../src/framework/logging/logger';
import { Schema_NestedBlock_NestingMode, Schema_Object_NestingMode, StringKind } from '../../../src/framework/protocol/generated/tfplugin6';
import { schemaToProto } from '../../../src/framework/schema/to-proto';
import { providerSchemaJson } from '../../../src/framework/schema/to-json';

describe('schemas as GetProviderSchema sends them', () => {
  const proto = schemaToProto(
    {
      attributes: {
        name: attr.string({ required: true, description: 'The name.' }),
        token: attr.string({ computed: true, sensitive: true, markdownDescription: 'The **secret**.' }),
        token_wo: attr.string({ optional: true, writeOnly: true }),
        old: attr.string({ optional: true, deprecationMessage: 'Use name.' }),
        scopes: attr.set(t.string, { optional: true }),
        ports: attr.mapNested({ n: attr.int64({ required: true }) }, { optional: true }),
      },
      blocks: {
        als: block.single({ attributes: { username: attr.string({ optional: true }) } }),
        must: block.single({ attributes: {} }, { required: true }),
        rule: block.list({ attributes: {} }, { minItems: 1, maxItems: 3 }),
      },
    },
    4,
  );
  const byName = Object.fromEntries(proto.block!.attributes.map((a) => [a.name, a]));

  it('carries the version, flags and type JSON of each attribute, in name order', () => {
    expect(proto.version).toBe(4);
    expect(proto.block!.attributes.map((a) => a.name)).toEqual(['name', 'old', 'ports', 'scopes', 'token', 'token_wo']);
    expect(byName.name).toMatchObject({ required: true, optional: false, computed: false, description: 'The name.', descriptionKind: StringKind.PLAIN });
    expect(byName.name!.type.toString()).toBe('"string"');
    expect(byName.scopes!.type.toString()).toBe('["set","string"]');
    expect(byName.token).toMatchObject({ computed: true, sensitive: true, descriptionKind: StringKind.MARKDOWN, description: 'The **secret**.' });
    expect(byName.token_wo).toMatchObject({ writeOnly: true, sensitive: false, optional: true });
    expect(byName.old!.deprecated).toBe(true);
  });

  it('leaves Terraform\'s sensitive mark off write-only attributes, which the framework still treats as secret', () => {
    // Terraform 1.11 compares an object's sensitive paths in an order that varies per run, so a second
    // sensitive attribute (token_wo beside token) made refresh-only plans report changes at random.
    expect(byName.token_wo!.sensitive).toBe(false);
    expect(attr.string({ optional: true, writeOnly: true }).sensitive).toBe(true);
    const json = providerSchemaJson(
      { name: 'p', version: '0.0.0', schema: { attributes: {} }, configure: () => ({}), resources: [{ typeName: 'p_r', description: '', schema: { attributes: { token_wo: attr.string({ optional: true, writeOnly: true, sensitive: true }) } }, create: async () => ({}), read: async () => null, delete: async () => {} }] },
      'registry.terraform.io/test/p',
    ) as { provider_schemas: Record<string, { resource_schemas: Record<string, { block: { attributes: Record<string, Record<string, unknown>> } }> }> };
    const tokenWo = json.provider_schemas['registry.terraform.io/test/p']!.resource_schemas['p_r']!.block.attributes['token_wo']!;
    expect(tokenWo).toMatchObject({ write_only: true, optional: true });
    expect(tokenWo['sensitive']).toBeUndefined();
  });

  it('gives nested attributes a nested type and no type bytes', () => {
    expect(byName.ports!.type.length).toBe(0);
    expect(byName.ports!.nestedType!.nesting).toBe(Schema_Object_NestingMode.MAP);
    expect(byName.ports!.nestedType!.attributes.map((a) => a.name)).toEqual(['n']);
  });

  it('describes nested blocks with their nesting and item bounds (single blocks: min = max, as Terraform requires)', () => {
    expect(proto.block!.blockTypes.map((b) => [b.typeName, b.nesting, b.minItems, b.maxItems])).toEqual([
      ['als', Schema_NestedBlock_NestingMode.SINGLE, 0, 0],
      ['must', Schema_NestedBlock_NestingMode.SINGLE, 1, 1],
      ['rule', Schema_NestedBlock_NestingMode.LIST, 1, 3],
    ]);
  });
});

describe('a type described on its definition', () => {
  const { resource, provider } = definitions<unknown>();
  const never = async (): Promise<never> => {
    throw new Error('not called');
  };
  const thing = resource({
    typeName: 'test_thing',
    description: 'A thing, described where it is defined.',
    schema: { attributes: { id: attr.string({ computed: true }) } },
    create: never,
    read: never,
    delete: async () => {},
  });
  const described = provider({ name: 'test', version: '1.0.0', description: 'The test provider.', schema: { attributes: {} }, configure: () => ({}), resources: [thing] });

  it('carries that description on its block, to Terraform and in the schema JSON', () => {
    const server = new ProviderServer(described, createLogger({ module: 'test', level: 'off' }));
    expect(getProviderSchema(server).resourceSchemas['test_thing']!.block!.description).toBe('A thing, described where it is defined.');
    expect(getProviderSchema(server).provider!.block!.description).toBe('The test provider.');
    const json = providerSchemaJson(described, 'registry.terraform.io/test/test') as { provider_schemas: Record<string, { provider: { block: { description?: string } }; resource_schemas: Record<string, { block: { description?: string } }> }> };
    const entry = json.provider_schemas['registry.terraform.io/test/test']!;
    expect(entry.resource_schemas['test_thing']!.block.description).toBe('A thing, described where it is defined.');
    expect(entry.provider.block.description).toBe('The test provider.');
  });
});
