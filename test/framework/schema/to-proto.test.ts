import { attr, block, t } from '../../../src/framework';
import { Schema_NestedBlock_NestingMode, Schema_Object_NestingMode, StringKind } from '../../../src/framework/protocol/generated/tfplugin6';
import { schemaToProto } from '../../../src/framework/schema/to-proto';

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
    expect(byName.token_wo).toMatchObject({ writeOnly: true, sensitive: true, optional: true });
    expect(byName.old!.deprecated).toBe(true);
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
