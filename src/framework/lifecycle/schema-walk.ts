// Walking a value alongside its schema: every attribute and nested block, at every depth, with its path.
// A nested attribute's objects and a nested block's objects are walked the same way.
import { Unknown } from '../cty/unknown';
import { isValueObject, newObject, type Value, type ValueObject } from '../cty/value';
import { AttributePath } from '../path';
import type { AnyAttribute } from '../schema/attributes';
import type { AnyBlock, BlockSchema } from '../schema/blocks';

export type Child = { readonly kind: 'attribute'; readonly def: AnyAttribute } | { readonly kind: 'block'; readonly def: AnyBlock };

const childrenOf = new WeakMap<BlockSchema, readonly (readonly [string, Child])[]>();

/** A schema's attributes and blocks, in order; worked out once per schema (every RPC walks them). */
export function children(schema: BlockSchema): readonly (readonly [string, Child])[] {
  let known = childrenOf.get(schema);
  if (known === undefined) {
    known = Object.freeze([
      ...Object.entries(schema.attributes).map(([n, def]) => [n, { kind: 'attribute', def }] as const),
      ...Object.entries(schema.blocks ?? {}).map(([n, def]) => [n, { kind: 'block', def }] as const),
    ]);
    childrenOf.set(schema, known);
  }
  return known;
}

const anyAttributeCache = new WeakMap<BlockSchema, Map<string, boolean>>();

/** Whether any attribute at any depth satisfies `test` (cached per schema under `key`). */
export function hasAttributeWhere(schema: BlockSchema, key: string, test: (def: AnyAttribute) => boolean): boolean {
  let bySchema = anyAttributeCache.get(schema);
  if (bySchema === undefined) anyAttributeCache.set(schema, (bySchema = new Map()));
  let answer = bySchema.get(key);
  if (answer === undefined) {
    answer = children(schema).some(([, child]) => {
      if (child.kind === 'attribute' && test(child.def)) return true;
      const inner = objectSchemaOf(child);
      return inner !== undefined && hasAttributeWhere(inner.schema, key, test);
    });
    bySchema.set(key, answer);
  }
  return answer;
}

/** The schema of the objects inside a child, if it holds objects. */
export function objectSchemaOf(child: Child): { schema: BlockSchema; nesting: 'single' | 'group' | 'list' | 'set' | 'map' } | undefined {
  if (child.kind === 'block') return { schema: child.def.schema, nesting: child.def.nesting };
  const nested = child.def.nested;
  return nested ? { schema: { attributes: nested.attributes }, nesting: nested.nesting } : undefined;
}

/** The objects held by a child value, each with its path (unknown and null holders have none). */
export function objectsIn(nesting: string, v: Value, at: AttributePath): [ValueObject, AttributePath][] {
  if (v === null || v instanceof Unknown) return [];
  if (nesting === 'single' || nesting === 'group') return isValueObject(v) ? [[v, at]] : [];
  if (nesting === 'map') return Object.entries(v as ValueObject).flatMap(([k, e]) => (isValueObject(e) ? [[e, at.key(k)] as [ValueObject, AttributePath]] : []));
  // Terraform addresses set elements by value, not position: paths into a set stop at the set.
  const step = (i: number) => (nesting === 'set' ? at : at.index(i));
  return (v as readonly Value[]).flatMap((e, i) => (isValueObject(e) ? [[e, step(i)] as [ValueObject, AttributePath]] : []));
}

/** Calls `visit` for every attribute (not block) at every depth of a value. */
export function forEachAttribute(
  schema: BlockSchema,
  value: Value,
  visit: (def: AnyAttribute, v: Value, at: AttributePath) => void,
  at: AttributePath = AttributePath.ROOT,
): void {
  if (!isValueObject(value)) return;
  for (const [name, child] of children(schema)) {
    const v = value[name] ?? null;
    const p = at.attribute(name);
    if (child.kind === 'attribute') visit(child.def, v, p);
    const inner = objectSchemaOf(child);
    if (inner) for (const [o, op] of objectsIn(inner.nesting, v, p)) forEachAttribute(inner.schema, o, visit, op);
  }
}

/**
 * Rebuilds a value, letting `transform` replace each attribute's value (top-down: the replacement is then
 * walked into if it holds nested objects).
 */
export function mapAttributes(
  schema: BlockSchema,
  value: Value,
  transform: (def: AnyAttribute, v: Value, at: AttributePath) => Value,
  at: AttributePath = AttributePath.ROOT,
): Value {
  if (!isValueObject(value)) return value;
  const out = newObject();
  for (const [name, child] of children(schema)) {
    const p = at.attribute(name);
    let v = value[name] ?? null;
    if (child.kind === 'attribute') v = transform(child.def, v, p);
    const inner = objectSchemaOf(child);
    if (inner) v = mapObjects(inner.nesting, v, p, (o, op) => mapAttributes(inner.schema, o, transform, op));
    out[name] = v;
  }
  return out;
}

export function mapObjects(nesting: string, v: Value, at: AttributePath, fn: (o: ValueObject, at: AttributePath) => Value): Value {
  if (v === null || v instanceof Unknown) return v;
  if (nesting === 'single' || nesting === 'group') return isValueObject(v) ? fn(v, at) : v;
  if (nesting === 'map') {
    return newObject(Object.entries(v as ValueObject).map(([k, e]) => [k, isValueObject(e) ? fn(e, at.key(k)) : e]));
  }
  return (v as readonly Value[]).map((e, i) => (isValueObject(e) ? fn(e, at.index(i)) : e));
}

/** The attribute a path names, if any (element steps into nested objects are followed). */
export function attributeAt(schema: BlockSchema, path: AttributePath): AnyAttribute | undefined {
  let current: BlockSchema | undefined = schema;
  let found: AnyAttribute | undefined;
  let expectElement = false;
  for (const step of path.steps) {
    if ('attribute' in step) {
      if (!current) return undefined;
      const attr: AnyAttribute | undefined = current.attributes[step.attribute];
      const blk: AnyBlock | undefined = current.blocks?.[step.attribute];
      if (attr) {
        found = attr;
        current = attr.nested ? { attributes: attr.nested.attributes } : undefined;
        expectElement = attr.nested !== undefined && attr.nested.nesting !== 'single';
      } else if (blk) {
        found = undefined;
        current = blk.schema;
        expectElement = blk.nesting !== 'single' && blk.nesting !== 'group';
      } else return undefined;
    } else if (!expectElement) {
      // an element step inside a plain collection attribute stays on that attribute
      continue;
    } else expectElement = false;
  }
  return found;
}

/** Whether the value at a path belongs to a sensitive attribute (its own or an enclosing one). */
export function isSensitivePath(schema: BlockSchema, path: AttributePath): boolean {
  for (let n = 1; n <= path.steps.length; n++) {
    const a = attributeAt(schema, AttributePath.of(path.steps.slice(0, n)));
    if (a?.sensitive) return true;
  }
  return false;
}

/** What the value at a path holds objects of, if anything: a nested attribute's or a block's schema. */
export function objectSchemaAt(root: BlockSchema, path: AttributePath): { schema: BlockSchema; nesting: string } | undefined {
  let holder: { schema: BlockSchema; nesting: string } | undefined = { schema: root, nesting: 'single' };
  let inCollection = false; // the previous step named a list/set/map holder; an element step enters an object
  for (const step of path.steps) {
    if ('attribute' in step) {
      if (!holder) return undefined;
      const attr: AnyAttribute | undefined = holder.schema.attributes[step.attribute];
      const blk: AnyBlock | undefined = holder.schema.blocks?.[step.attribute];
      const child: Child | undefined = attr ? { kind: 'attribute', def: attr } : blk ? { kind: 'block', def: blk } : undefined;
      holder = child ? objectSchemaOf(child) : undefined;
      inCollection = holder !== undefined && holder.nesting !== 'single' && holder.nesting !== 'group';
    } else if (inCollection && holder) {
      holder = { schema: holder.schema, nesting: 'single' };
      inCollection = false;
    } else return undefined; // an element of a plain collection attribute holds no objects
  }
  return holder;
}
