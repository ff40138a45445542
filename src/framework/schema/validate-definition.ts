// Definition-time checks: a schema Terraform would reject ("invalid schema … a bug in the provider"), or a
// combination of flags that cannot work, fails when the provider is built — naming the type, the
// attribute and the fix — not in front of a user mid-plan.
import type { AnyAttribute } from './attributes';
import type { BlockSchema } from './blocks';

const NAME = /^[a-z_][a-z0-9_]*$/;
/** Meta-arguments Terraform reserves inside resource, data and ephemeral blocks. */
const RESERVED_IN_RESOURCES = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'connection', 'provisioner']);
const RESERVED_IN_PROVIDER = new Set(['alias', 'version', 'count', 'depends_on', 'for_each', 'source']);

export class SchemaDefinitionError extends Error {
  override name = 'SchemaDefinitionError';
}

export type SchemaKind = 'provider' | 'resource' | 'data source' | 'ephemeral resource';

export function validateDefinition(kind: SchemaKind, typeName: string, schema: BlockSchema, options: { hasUpdate?: boolean } = {}): void {
  const problems: string[] = [];
  const reserved = kind === 'provider' ? RESERVED_IN_PROVIDER : RESERVED_IN_RESOURCES;
  for (const name of [...Object.keys(schema.attributes), ...Object.keys(schema.blocks ?? {})]) {
    if (reserved.has(name)) problems.push(`"${name}" is a Terraform meta-argument name and cannot be used at the top level of a ${kind}`);
  }
  walk(schema, '', null, problems, kind);
  if (kind === 'resource' && options.hasUpdate === false) {
    for (const [name, a] of Object.entries(schema.attributes)) {
      if ((a.required || a.optional) && !a.options.requiresReplace && !a.writeOnly) {
        problems.push(`${name}: the resource has no update handler, so every configurable attribute needs requiresReplace: true`);
      }
    }
    for (const name of Object.keys(schema.blocks ?? {})) {
      problems.push(`${name}: the resource has no update handler, and a block's contents cannot require replacement; add update`);
    }
  }
  if (problems.length > 0) {
    throw new SchemaDefinitionError(`Invalid schema for ${kind} ${typeName}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** The set-nested attribute or set block that the attributes being checked sit in, if any. */
type SetHolder = { readonly kind: 'attribute' | 'block'; readonly at: string } | null;

function walk(schema: BlockSchema, prefix: string, inSet: SetHolder, problems: string[], kind: SchemaKind): void {
  const blockNames = new Set(Object.keys(schema.blocks ?? {}));
  for (const [name, a] of Object.entries(schema.attributes)) {
    const at = `${prefix}${name}`;
    if (!NAME.test(name)) problems.push(`${at}: attribute names must be lower case letters, digits and underscores`);
    if (blockNames.has(name)) problems.push(`${at}: an attribute and a block cannot share a name`);
    checkAttribute(at, a, inSet, problems, kind);
    if (a.nested) walk({ attributes: a.nested.attributes }, `${at}.`, inSet ?? (a.nested.nesting === 'set' ? { kind: 'attribute', at } : null), problems, kind);
  }
  for (const [name, b] of Object.entries(schema.blocks ?? {})) {
    const at = `${prefix}${name}`;
    if (!NAME.test(name)) problems.push(`${at}: block type names must be lower case letters, digits and underscores`);
    if (b.minItems < 0 || b.maxItems < 0) problems.push(`${at}: minItems and maxItems cannot be negative`);
    if ((b.nesting === 'list' || b.nesting === 'set') && b.maxItems > 0 && b.minItems > b.maxItems) problems.push(`${at}: minItems is greater than maxItems`);
    walk(b.schema, `${at}.`, inSet ?? (b.nesting === 'set' ? { kind: 'block', at } : null), problems, kind);
  }
}

function checkAttribute(at: string, a: AnyAttribute, inSet: SetHolder, problems: string[], kind: SchemaKind): void {
  const o = a.options;
  if (o.required && o.optional) problems.push(`${at}: cannot be both required and optional`);
  if (o.required && o.computed) problems.push(`${at}: cannot be both required and computed (use optional + computed)`);
  if (o.default !== undefined && !(a.optional && a.computed)) problems.push(`${at}: a default needs optional: true and computed: true`);
  if (o.useStateForUnknown && !a.computed) problems.push(`${at}: useStateForUnknown only applies to computed attributes`);
  if (o.requiresReplace && a.computed && !a.optional) problems.push(`${at}: a computed-only attribute cannot require replacement (users cannot change it)`);
  if (inSet && (o.requiresReplace || o.useStateForUnknown || (o.planModifiers ?? []).length > 0)) {
    // Set elements have no identity across plans, so there is no prior value to compare with.
    problems.push(`${at}: requiresReplace, useStateForUnknown and plan modifiers cannot apply inside set nesting; ${setAdvice(inSet)}`);
  }
  if ((o.requiresReplace || o.useStateForUnknown || o.default !== undefined || o.planModifiers) && kind !== 'resource') {
    problems.push(`${at}: plan modifiers and defaults only apply to managed resources`);
  }
  if (a.writeOnly) {
    if (a.computed) problems.push(`${at}: a write-only attribute cannot be computed (it is never stored)`);
    if (o.default !== undefined) problems.push(`${at}: a write-only attribute cannot have a default`);
    if (inSet) problems.push(`${at}: write-only attributes are not allowed inside set nesting`);
    if (kind !== 'resource') problems.push(`${at}: write-only attributes exist only in managed resources`);
  }
  if (inSet && containsDynamic(a.valueType.cty)) problems.push(`${at}: dynamic types are not allowed inside set nesting`);
}

function setAdvice(holder: NonNullable<SetHolder>): string {
  if (holder.kind === 'attribute') {
    return (
      `to replace the resource when an element changes, put requiresReplace on ${holder.at} itself: it compares only what the ` +
      'configuration sets, so computed inner attributes (unknown in every plan that changes something) never force a replacement'
    );
  }
  return `a set block cannot require replacement; to replace the resource when an element changes, make ${holder.at} a setNested attribute with requiresReplace`;
}

function containsDynamic(t: import('../cty/type').CtyType): boolean {
  switch (t.kind) {
    case 'dynamic':
      return true;
    case 'list':
    case 'set':
    case 'map':
      return containsDynamic(t.element);
    case 'object':
      return Object.values(t.attributes).some(containsDynamic);
    case 'tuple':
      return t.elements.some(containsDynamic);
    default:
      return false;
  }
}
