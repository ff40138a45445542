// A type's description lives on its definition (resource, data source, ephemeral resource, provider), but
// Terraform reads it from the top block of the schema: docs tools and the language server show it there.
import type { BlockSchema } from './blocks';

export function describedSchema(schema: BlockSchema, definition: { description?: string; markdownDescription?: string }): BlockSchema {
  if (schema.description !== undefined || schema.markdownDescription !== undefined) return schema;
  return {
    ...schema,
    ...(definition.description === undefined ? {} : { description: definition.description }),
    ...(definition.markdownDescription === undefined ? {} : { markdownDescription: definition.markdownDescription }),
  };
}
