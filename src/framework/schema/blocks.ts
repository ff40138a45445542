// Nested blocks: `als { ... }` in configuration. Their values are never computed by the provider and a
// list/set/map block that is absent is an empty collection, never null.
import { Type, type CtyType } from '../cty/type';
import { Unknown } from '../cty/unknown';
import { ValueError } from '../cty/value-error';
import { isValueObject, newObject, nullPrototypeRecord, type Value, type ValueObject } from '../cty/value';
import type { AttributePath } from '../path';
import type { NestedAttributes } from './attributes';
import type { BlockState } from './infer';
import { elementFromHandler, elementToHandler, type ValueType } from './value-types';

export type BlockNesting = 'single' | 'list' | 'set' | 'map' | 'group';

export interface BlockSchema {
  readonly attributes: NestedAttributes;
  readonly blocks?: Readonly<Record<string, AnyBlock>>;
  readonly description?: string;
  readonly markdownDescription?: string;
  readonly deprecationMessage?: string;
}

export interface BlockOptions {
  /** list/set: the fewest blocks allowed; single: 1 makes the block required. */
  minItems?: number;
  /** list/set: the most blocks allowed (0 = no limit). */
  maxItems?: number;
}

export interface Block<B extends BlockSchema = BlockSchema, N extends BlockNesting = BlockNesting> {
  readonly kind: 'block';
  readonly nesting: N;
  readonly schema: B;
  readonly minItems: number;
  readonly maxItems: number;
}

export type AnyBlock = Block<BlockSchema, BlockNesting>;

function make<const B extends BlockSchema, N extends BlockNesting>(nesting: N, schema: B, options: BlockOptions = {}): Block<B, N> {
  const single = nesting === 'single';
  return {
    kind: 'block',
    nesting,
    schema,
    minItems: options.minItems ?? 0,
    // Terraform requires min = max ∈ {0, 1} for single blocks (1 = required), and 0/0 for group and map.
    maxItems: single ? (options.minItems ?? 0) : nesting === 'group' || nesting === 'map' ? 0 : (options.maxItems ?? 0),
  };
}

export const block = {
  /** At most one block; null when absent. */
  single: <const B extends BlockSchema>(schema: B, options?: { required?: boolean }) =>
    make('single', schema, { minItems: options?.required ? 1 : 0 }),
  list: <const B extends BlockSchema>(schema: B, options?: BlockOptions) => make('list', schema, options),
  set: <const B extends BlockSchema>(schema: B, options?: BlockOptions) => make('set', schema, options),
  /** Blocks with one label each, keyed by it. */
  map: <const B extends BlockSchema>(schema: B) => make('map', schema),
  /** At most one block; when absent, an object whose attributes are all null. */
  group: <const B extends BlockSchema>(schema: B) => make('group', schema),
} as const;

/** The object type of a block: one attribute per schema attribute and per nested block type. */
export function impliedType(schema: BlockSchema): CtyType {
  const attributes = nullPrototypeRecord<CtyType>();
  for (const [name, a] of Object.entries(schema.attributes)) attributes[name] = a.valueType.cty;
  for (const [name, b] of Object.entries(schema.blocks ?? {})) attributes[name] = blockCollectionType(b);
  return Type.object(attributes);
}

/** The type of a nested block's value in its parent object. */
export function blockCollectionType(b: AnyBlock): CtyType {
  const element = impliedType(b.schema);
  switch (b.nesting) {
    case 'single':
    case 'group':
      return element;
    case 'list':
      return Type.list(element);
    case 'set':
      return Type.set(element);
    case 'map':
      return Type.map(element);
  }
}

/** How a block's object value looks to handlers and back. */
export function blockValueType<B extends BlockSchema>(schema: B): ValueType<BlockState<B>> {
  const attributeNames = Object.keys(schema.attributes);
  const blockNames = Object.keys(schema.blocks ?? {});
  return {
    cty: impliedType(schema),
    label: 'block',
    toHandler: (v: Value, at: AttributePath) => {
      const o = v as ValueObject;
      const out = nullPrototypeRecord<unknown>();
      for (const k of attributeNames) out[k] = elementToHandler(schema.attributes[k]!.valueType, o[k] ?? null, at.attribute(k));
      for (const k of blockNames) out[k] = nestedBlockToHandler(schema.blocks![k]!, o[k] ?? null, at.attribute(k));
      return out as BlockState<B>;
    },
    fromHandler: (x: unknown, at: AttributePath) => {
      if (x === null || typeof x !== 'object' || Array.isArray(x)) throw new ValueError(at, 'expected an object');
      const given = x as Record<string, unknown>;
      for (const k of Object.keys(given)) {
        if (!Object.hasOwn(schema.attributes, k) && !blockNames.includes(k)) throw new ValueError(at, `unsupported attribute "${k}"`);
      }
      const entries: [string, Value][] = [];
      for (const k of attributeNames) {
        if (!Object.hasOwn(given, k)) throw new ValueError(at.attribute(k), 'attribute is missing (every attribute must be present, null if unset)');
        entries.push([k, elementFromHandler(schema.attributes[k]!.valueType, given[k], at.attribute(k))]);
      }
      for (const k of blockNames) entries.push([k, nestedBlockFromHandler(schema.blocks![k]!, (Object.hasOwn(given, k) ? given[k] : null) ?? null, at.attribute(k))]);
      return newObject(entries);
    },
  };
}

function nestedBlockToHandler(b: AnyBlock, v: Value, at: AttributePath): unknown {
  const element = blockValueType(b.schema);
  switch (b.nesting) {
    case 'single':
    case 'group':
      return elementToHandler(element, v, at);
    case 'list':
    case 'set':
      return v === null || !Array.isArray(v) ? v ?? [] : (v as readonly Value[]).map((e, i) => elementToHandler(element, e, at.index(i)));
    case 'map':
      if (v === null || !isValueObject(v)) return v ?? nullPrototypeRecord();
      return nullPrototypeRecord(Object.entries(v).map(([k, e]) => [k, elementToHandler(element, e, at.key(k))]));
  }
}

function nestedBlockFromHandler(b: AnyBlock, x: unknown, at: AttributePath): Value {
  const element = blockValueType(b.schema);
  switch (b.nesting) {
    case 'single':
      return elementFromHandler(element, x, at);
    case 'group':
      return elementFromHandler(element, x ?? emptyObject(b.schema), at);
    case 'list':
    case 'set':
      if (x instanceof Unknown) return x; // a dynamic block over a for_each not yet known
      if (x === null) return []; // absent list/set blocks are empty collections, never null
      if (!Array.isArray(x)) throw new ValueError(at, 'expected an array of blocks');
      return x.map((e, i) => elementFromHandler(element, e, at.index(i)));
    case 'map':
      if (x instanceof Unknown) return x;
      if (x === null) return newObject();
      if (typeof x !== 'object' || Array.isArray(x)) throw new ValueError(at, 'expected an object of labelled blocks');
      return newObject(Object.entries(x).map(([k, e]) => [k, elementFromHandler(element, e, at.key(k))]));
  }
}

function emptyObject(schema: BlockSchema): Record<string, unknown> {
  const out = nullPrototypeRecord<unknown>();
  for (const k of Object.keys(schema.attributes)) out[k] = null;
  for (const [k, b] of Object.entries(schema.blocks ?? {})) out[k] = b.nesting === 'single' ? null : b.nesting === 'group' ? emptyObject(b.schema) : b.nesting === 'map' ? nullPrototypeRecord() : [];
  return out;
}

/**
 * List, set and map blocks are empty collections, never null. State written before a block existed
 * decodes it as null; this restores Terraform's shape (recursively) so a refresh-less plan sees no change.
 */
export function normalizeBlocks(schema: BlockSchema, v: Value): Value {
  if (!isValueObject(v) || schema.blocks === undefined || Object.keys(schema.blocks).length === 0) return v;
  const out = newObject(Object.entries(v));
  for (const [name, b] of Object.entries(schema.blocks ?? {})) {
    const current = out[name] ?? null;
    if (current === null && (b.nesting === 'list' || b.nesting === 'set')) out[name] = [];
    else if (current === null && b.nesting === 'map') out[name] = newObject();
    else if (Array.isArray(current)) out[name] = current.map((e: Value) => normalizeBlocks(b.schema, e));
    else if (isValueObject(current)) {
      out[name] = b.nesting === 'map' ? newObject(Object.entries(current).map(([k, e]) => [k, normalizeBlocks(b.schema, e)])) : normalizeBlocks(b.schema, current);
    }
  }
  return out;
}
