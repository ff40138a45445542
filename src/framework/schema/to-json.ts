// The provider's schema in the format of `terraform providers schema -json` (what CDKTF's generator and
// docs tools read), produced without running Terraform. A test holds it equal to Terraform's own output.
import { typeToJson } from '../cty/type-json';
import type { AnyFunction, FunctionParameter } from '../function';
import type { AnyProvider } from '../provider';
import type { AnyAttribute, NestedAttributes } from './attributes';
import type { AnyBlock, BlockSchema } from './blocks';
import { describedSchema, type Described } from './described-schema';
import { sensitiveForTerraform } from './to-proto';

type Json = Record<string, unknown>;

export function providerSchemaJson(provider: AnyProvider, sourceAddress: string): Json {
  const typesOf = (list: readonly (Described<BlockSchema & { version?: number }> & { typeName: string })[] | undefined) =>
    Object.fromEntries((list ?? []).map((d) => [d.typeName, { version: d.schema.version ?? 0, block: blockJson(describedSchema(d)) }]));
  const entry: Json = { provider: { version: 0, block: blockJson(describedSchema(provider)) } };
  if (provider.resources.length > 0) entry.resource_schemas = typesOf(provider.resources);
  if ((provider.dataSources ?? []).length > 0) entry.data_source_schemas = typesOf(provider.dataSources);
  if ((provider.ephemeralResources ?? []).length > 0) entry.ephemeral_resource_schemas = typesOf(provider.ephemeralResources);
  if ((provider.functions ?? []).length > 0) entry.functions = Object.fromEntries(provider.functions!.map((f) => [f.name, functionJson(f)]));
  return {
    format_version: '1.0',
    provider_schemas: { [sourceAddress]: entry },
    // Not in Terraform's output: CDKTF's generator needs it to pin the provider version.
    provider_versions: { [sourceAddress]: provider.version },
  };
}

function blockJson(b: BlockSchema): Json {
  const out: Json = {};
  if (Object.keys(b.attributes).length > 0) out.attributes = attributesJson(b.attributes);
  const blocks = Object.entries(b.blocks ?? {});
  if (blocks.length > 0) out.block_types = Object.fromEntries(blocks.map(([n, nb]) => [n, nestedBlockJson(nb)]));
  Object.assign(out, description(b));
  if (b.deprecationMessage !== undefined) out.deprecated = true;
  return out;
}

function attributesJson(attributes: NestedAttributes): Json {
  return Object.fromEntries(Object.entries(attributes).map(([n, a]) => [n, attributeJson(a)]));
}

function attributeJson(a: AnyAttribute): Json {
  const out: Json = {};
  if (a.nested) out.nested_type = { attributes: attributesJson(a.nested.attributes), nesting_mode: a.nested.nesting };
  else out.type = typeToJson(a.valueType.cty);
  Object.assign(out, description(a.options));
  if (a.options.deprecationMessage !== undefined) out.deprecated = true;
  if (a.required) out.required = true;
  if (a.optional) out.optional = true;
  if (a.computed) out.computed = true;
  if (sensitiveForTerraform(a)) out.sensitive = true;
  if (a.writeOnly) out.write_only = true;
  return out;
}

function nestedBlockJson(b: AnyBlock): Json {
  const out: Json = { nesting_mode: b.nesting, block: blockJson(b.schema) };
  if (b.minItems > 0) out.min_items = b.minItems;
  if (b.maxItems > 0) out.max_items = b.maxItems;
  return out;
}

function description(d: { description?: string; markdownDescription?: string }): Json {
  if (d.markdownDescription) return { description: d.markdownDescription, description_kind: 'markdown' };
  return d.description ? { description: d.description, description_kind: 'plain' } : { description_kind: 'plain' };
}

function functionJson(f: AnyFunction): Json {
  const out: Json = {};
  if (f.description) Object.assign(out, { description: f.description, description_kind: 'plain' });
  if (f.summary) out.summary = f.summary;
  if (f.deprecationMessage) out.deprecation_message = f.deprecationMessage;
  out.return_type = typeToJson(f.returns.cty);
  if (f.parameters.length > 0) out.parameters = f.parameters.map(parameterJson);
  if (f.variadic) out.variadic_parameter = parameterJson(f.variadic);
  return out;
}

function parameterJson(p: FunctionParameter<unknown>): Json {
  const out: Json = { name: p.name };
  if (p.description) Object.assign(out, { description: p.description, description_kind: 'plain' });
  if (p.allowNull) out.is_nullable = true;
  out.type = typeToJson(p.type.cty);
  return out;
}
