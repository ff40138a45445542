// The parts of `terraform providers schema -json` (as `authtoken schema` prints it) that the generators read.

export type AttributeType = string | [string, AttributeType] | [string, unknown];

export interface SchemaAttribute {
  readonly type?: AttributeType;
  readonly nested_type?: unknown;
  readonly description?: string;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly write_only?: boolean;
  readonly deprecated?: boolean;
}

export interface SchemaBlock {
  readonly attributes?: Record<string, SchemaAttribute>;
  readonly block_types?: Record<string, { readonly nesting_mode: string; readonly block: SchemaBlock; readonly min_items?: number; readonly max_items?: number }>;
  readonly description?: string;
  readonly deprecated?: boolean;
}

export interface TypeSchema {
  readonly version: number;
  readonly block: SchemaBlock;
}

export interface ProviderEntry {
  readonly provider: TypeSchema;
  readonly resource_schemas?: Record<string, TypeSchema>;
  readonly data_source_schemas?: Record<string, TypeSchema>;
  readonly ephemeral_resource_schemas?: Record<string, TypeSchema>;
  readonly functions?: Record<string, unknown>;
}

export interface ProviderSchemaJson {
  readonly format_version: string;
  readonly provider_schemas: Record<string, ProviderEntry>;
  readonly provider_versions?: Record<string, string>;
}

/** The one provider in the document, with its source address and version. */
export function theProvider(schema: ProviderSchemaJson): { source: string; version: string; name: string; entry: ProviderEntry } {
  const sources = Object.keys(schema.provider_schemas);
  if (sources.length !== 1) throw new Error(`expected the schema of exactly one provider, got ${sources.length}`);
  const source = sources[0]!;
  const version = schema.provider_versions?.[source];
  if (version === undefined) throw new Error(`the schema has no provider_versions entry for ${source} (authtoken schema prints one)`);
  return { source, version, name: source.split('/').pop()!, entry: schema.provider_schemas[source]! };
}
