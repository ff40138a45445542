// Schemas as Terraform receives them in GetProviderSchema.
import { typeToJsonString } from '../cty/type-json';
import {
  Schema_NestedBlock_NestingMode,
  Schema_Object_NestingMode,
  StringKind,
  type Schema,
  type Schema_Attribute,
  type Schema_Block,
  type Schema_NestedBlock,
} from '../protocol/generated/tfplugin6';
import type { AnyAttribute, NestedAttributes } from './attributes';
import type { AnyBlock, BlockSchema } from './blocks';

export function schemaToProto(schema: BlockSchema, version = 0): Schema {
  return { version, block: blockToProto(schema, version) };
}

function blockToProto(schema: BlockSchema, version: number): Schema_Block {
  const { text, kind } = description(schema);
  return {
    version,
    attributes: attributesToProto(schema.attributes),
    blockTypes: Object.keys(schema.blocks ?? {})
      .sort()
      .map((name) => nestedBlockToProto(name, schema.blocks![name]!)),
    description: text,
    descriptionKind: kind,
    deprecated: schema.deprecationMessage !== undefined,
  };
}

function attributesToProto(attributes: NestedAttributes): Schema_Attribute[] {
  return Object.keys(attributes)
    .sort()
    .map((name) => attributeToProto(name, attributes[name]!));
}

function attributeToProto(name: string, a: AnyAttribute): Schema_Attribute {
  const { text, kind } = description(a.options);
  return {
    name,
    // An attribute has either a type or a nested type, never both.
    type: a.nested ? Buffer.alloc(0) : Buffer.from(typeToJsonString(a.valueType.cty)),
    nestedType: a.nested
      ? { attributes: attributesToProto(a.nested.attributes), nesting: OBJECT_NESTING[a.nested.nesting], minItems: 0, maxItems: 0 }
      : undefined,
    description: text,
    descriptionKind: kind,
    required: a.required,
    optional: a.optional,
    computed: a.computed,
    sensitive: sensitiveForTerraform(a),
    deprecated: a.options.deprecationMessage !== undefined,
    writeOnly: a.writeOnly,
  };
}

/**
 * Write-only values are never stored nor shown, so Terraform's sensitive mark adds nothing to them (the
 * framework still redacts them everywhere). It does harm: Terraform 1.11 records the sensitive paths of
 * an object in an order that varies from run to run and compares them in order, so an object with two
 * sensitive attributes (even null ones) makes `plan -refresh-only -detailed-exitcode` exit 2 at random.
 */
export function sensitiveForTerraform(a: AnyAttribute): boolean {
  return a.sensitive && !a.writeOnly;
}

function nestedBlockToProto(name: string, b: AnyBlock): Schema_NestedBlock {
  return { typeName: name, block: blockToProto(b.schema, 0), nesting: BLOCK_NESTING[b.nesting], minItems: b.minItems, maxItems: b.maxItems };
}

function description(d: { description?: string; markdownDescription?: string }): { text: string; kind: StringKind } {
  if (d.markdownDescription !== undefined) return { text: d.markdownDescription, kind: StringKind.MARKDOWN };
  return { text: d.description ?? '', kind: StringKind.PLAIN };
}

const OBJECT_NESTING = {
  single: Schema_Object_NestingMode.SINGLE,
  list: Schema_Object_NestingMode.LIST,
  set: Schema_Object_NestingMode.SET,
  map: Schema_Object_NestingMode.MAP,
} as const;

const BLOCK_NESTING = {
  single: Schema_NestedBlock_NestingMode.SINGLE,
  list: Schema_NestedBlock_NestingMode.LIST,
  set: Schema_NestedBlock_NestingMode.SET,
  map: Schema_NestedBlock_NestingMode.MAP,
  group: Schema_NestedBlock_NestingMode.GROUP,
} as const;
