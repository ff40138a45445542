// A type's description is given on its definition (`resource({ description })`) or on its schema block;
// Terraform reads it from the block, and the registry docs and CDKTF doc comments come from there.
import type { BlockSchema } from './blocks';

export interface Described<S extends BlockSchema> {
  readonly schema: S;
  readonly description?: string;
  readonly markdownDescription?: string;
}

/** The schema with the definition's description on its block, unless the block has its own. */
export function describedSchema<S extends BlockSchema>(def: Described<S>): S {
  const { schema } = def;
  if (schema.description !== undefined || schema.markdownDescription !== undefined) return schema;
  if (!def.description && !def.markdownDescription) return schema;
  return {
    ...schema,
    ...(def.description ? { description: def.description } : {}),
    ...(def.markdownDescription ? { markdownDescription: def.markdownDescription } : {}),
  };
}
