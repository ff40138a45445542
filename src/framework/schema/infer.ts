// Handler-facing types derived from a schema at compile time:
//   State<S>   what Terraform stores: wholly known; optional and computed attributes may be null
//   Plan<S>    what create/update receive: config values known, computed ones possibly unknown
//   Config<S>  configuration at validate/plan time: anything may still be unknown
//   AppliedConfig<S>  configuration once wholly known (apply): the only place write-only values appear
// Write-only attributes are null in State and Plan (never stored) and only carry a value in Config.
import type { TfNumber } from '../cty/number';
import type { Unknown } from '../cty/unknown';
import type { DynamicValue } from '../cty/value';
import type { Attribute, NestedAttributes, NestedShape } from './attributes';
import type { Block, BlockSchema } from './blocks';

export type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** A value that may be unknown at any depth. */
export type DeepUnknown<T> =
  | Unknown
  | (T extends string | number | boolean | bigint | null | TfNumber | DynamicValue
      ? T
      : T extends readonly (infer E)[]
        ? DeepUnknown<E>[]
        : T extends object
          ? { [K in keyof T]: DeepUnknown<T[K]> }
          : T);

/** A value known at the top level whose insides may still be unknown (what validators see). */
export type KnownTop<T> = Exclude<DeepUnknown<T>, Unknown>;

type Mode = 'state' | 'plan' | 'config' | 'applied';

/** An attribute's value before presence is applied: nested objects are derived per mode too. */
type ValueIn<A, M extends Mode> =
  A extends Attribute<infer T, infer _P, infer _W, infer N> ? (N extends NestedShape ? NestedValue<N, M> : T) : never;

type NestedObject<NA extends NestedAttributes, M extends Mode> = Simplify<{ -readonly [K in keyof NA]: AttributeValue<NA[K], M> }>;

type NestedValue<N extends NestedShape, M extends Mode> = N['nesting'] extends 'single'
  ? NestedObject<N['attributes'], M>
  : N['nesting'] extends 'map'
    ? Record<string, NestedObject<N['attributes'], M>>
    : NestedObject<N['attributes'], M>[];

type AttributeValue<A, M extends Mode> =
  A extends Attribute<infer _T, infer P, infer W, infer _N, infer Dflt>
    ? M extends 'config'
      ? P extends 'required'
        ? DeepUnknown<ValueIn<A, M>>
        : DeepUnknown<ValueIn<A, M>> | null
      : M extends 'applied'
        ? P extends 'required'
          ? ValueIn<A, M>
          : ValueIn<A, M> | null
        : W extends true
          ? null
          : P extends 'required'
            ? ValueIn<A, M>
            : M extends 'plan'
              ? P extends 'optional'
                ? ValueIn<A, M> | null
                : Dflt extends true
                  ? ValueIn<A, M> // the configured value or the default: known, never null
                  : DeepUnknown<ValueIn<A, M>> | null
              : ValueIn<A, M> | null
    : never;

type BlockValue<Bk, M extends Mode> =
  Bk extends Block<infer B, infer N>
    ? N extends 'single'
      ? ObjectOf<B, M> | null
      : N extends 'group'
        ? ObjectOf<B, M>
        : N extends 'map'
          ? Record<string, ObjectOf<B, M>>
          : ObjectOf<B, M>[]
    : never;

type BlocksOf<B extends BlockSchema, M extends Mode> = B['blocks'] extends Readonly<Record<string, unknown>>
  ? { -readonly [K in keyof B['blocks']]: M extends 'config' ? DeepUnknown<BlockValue<B['blocks'][K], M>> : BlockValue<B['blocks'][K], M> }
  : {};

type ObjectOf<B extends BlockSchema, M extends Mode> = Simplify<
  { -readonly [K in keyof B['attributes']]: AttributeValue<B['attributes'][K], M> } & BlocksOf<B, M>
>;

export type State<B extends BlockSchema> = ObjectOf<B, 'state'>;
export type Plan<B extends BlockSchema> = ObjectOf<B, 'plan'>;
export type Config<B extends BlockSchema> = ObjectOf<B, 'config'>;
/** Configuration once wholly known (apply, data source read, ephemeral open): write-only values included. */
export type AppliedConfig<B extends BlockSchema> = ObjectOf<B, 'applied'>;
export type BlockState<B extends BlockSchema> = State<B>;

/** The stored shape of one object of a nested attribute. */
export type NestedObjectState<A extends NestedAttributes> = Simplify<{ -readonly [K in keyof A]: AttributeValue<A[K], 'state'> }>;
