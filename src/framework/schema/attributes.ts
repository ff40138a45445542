// Attribute builders: `attr.string({ required: true })` and friends. The option literal's flags are
// kept in the attribute's type, so state, plan and config types can be derived from a schema.
import type { TfNumber } from '../cty/number';
import type { DynamicValue } from '../cty/value';
import type { PlanModifier } from '../plan-modifiers/plan-modifier';
import type { Validator } from '../validators/validator';
import type { NestedObjectState } from './infer';
import { nestedValueType } from './nested-value-type';
import { t, type ValueType } from './value-types';

export type Presence = 'required' | 'optional' | 'computed' | 'optional_computed';
export type AttributeNesting = 'single' | 'list' | 'set' | 'map';

export interface AttributeOptions<T> {
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  /** Shown as (sensitive value) by Terraform, redacted from every log line and diagnostic. */
  sensitive?: boolean;
  /** Terraform ≥ 1.11: the value reaches the provider from config only and is never stored. */
  writeOnly?: boolean;
  description?: string;
  /** Markdown form of the description, for docs and Terraform's language server. */
  markdownDescription?: string;
  /** Set to deprecate the attribute; the text says what to use instead. */
  deprecationMessage?: string;
  /**
   * Changing this attribute destroys and re-creates the resource. On a nested attribute only what the
   * configuration sets counts: computed inner values the provider fills in never force a replacement.
   */
  requiresReplace?: boolean;
  /** Keep the prior value (null too) in plans instead of "(known after apply)" (computed attributes that never change). */
  useStateForUnknown?: boolean;
  /** Planned when the configuration leaves the attribute null. Requires optional + computed. */
  default?: T;
  validators?: readonly Validator<T>[];
  planModifiers?: readonly PlanModifier<T>[];
}

/** The shape of a nested attribute, kept in its type so plan and config types can be derived per mode. */
export interface NestedShape {
  readonly nesting: AttributeNesting;
  readonly attributes: NestedAttributes;
}

export interface Attribute<
  T,
  P extends Presence = Presence,
  W extends boolean = boolean,
  N extends NestedShape | undefined = NestedShape | undefined,
  /** Whether a default fills the value when the configuration leaves it null (so a plan always knows it). */
  Dflt extends boolean = boolean,
> {
  readonly kind: 'attribute';
  readonly valueType: ValueType<T>;
  /** Set for nested attributes (attributes whose value is an object or a collection of objects). */
  readonly nested?: N;
  readonly presence: P;
  readonly writeOnly: W;
  readonly required: boolean;
  readonly optional: boolean;
  readonly computed: boolean;
  readonly sensitive: boolean;
  readonly options: AttributeOptions<T>;
  /** Type-level only: see `Dflt`. */
  readonly hasDefault?: Dflt;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyAttribute = Attribute<any, Presence, boolean, NestedShape | undefined, boolean>;
export type NestedAttributes = Readonly<Record<string, AnyAttribute>>;

export type PresenceOf<O> = O extends { required: true }
  ? 'required'
  : O extends { computed: true }
    ? O extends { optional: true }
      ? 'optional_computed'
      : 'computed'
    : 'optional';
export type WriteOnlyOf<O> = O extends { writeOnly: true } ? true : false;
export type HasDefaultOf<O> = O extends { default: infer V } ? (undefined extends V ? false : true) : false;

function make<T, const O extends AttributeOptions<T>, N extends NestedShape | undefined = undefined>(
  valueType: ValueType<T>,
  options: O,
  nested?: N,
): Attribute<T, PresenceOf<O>, WriteOnlyOf<O>, N, HasDefaultOf<O>> {
  const required = options.required === true;
  const computed = options.computed === true;
  // Neither flag means optional, as users of every Terraform SDK expect.
  const optional = options.optional === true || (!required && !computed);
  const presence = (required ? 'required' : computed ? (optional ? 'optional_computed' : 'computed') : 'optional') as PresenceOf<O>;
  return {
    kind: 'attribute',
    valueType,
    ...(nested ? { nested } : {}),
    presence,
    writeOnly: (options.writeOnly === true) as WriteOnlyOf<O>,
    required,
    optional,
    computed,
    sensitive: options.sensitive === true || options.writeOnly === true,
    options,
  };
}

type Options<T> = AttributeOptions<T>;

export const attr = {
  string: <const O extends Options<string>>(options: O) => make(t.string, options),
  bool: <const O extends Options<boolean>>(options: O) => make(t.bool, options),
  /** An exact decimal: whatever Terraform holds, including 0.1 and integers beyond 2^53. */
  number: <const O extends Options<TfNumber>>(options: O) => make(t.number, options),
  /** A whole number seen by handlers as a JS number; values beyond ±(2^53-1) are refused with a diagnostic. */
  int64: <const O extends Options<number>>(options: O) => make(t.int64, options),
  dynamic: <const O extends Options<DynamicValue>>(options: O) => make(t.dynamic, options),
  list: <E, const O extends Options<E[]>>(element: ValueType<E>, options: O) => make(t.list(element), options),
  set: <E, const O extends Options<E[]>>(element: ValueType<E>, options: O) => make(t.set(element), options),
  map: <E, const O extends Options<Record<string, E>>>(element: ValueType<E>, options: O) => make(t.map(element), options),
  /** An attribute holding one object whose attributes have their own flags. */
  singleNested: <const A extends NestedAttributes, const O extends Options<NestedObjectState<A>>>(attributes: A, options: O) =>
    make(nestedValueType<NestedObjectState<A>>('single', attributes), options, { nesting: 'single' as const, attributes }),
  listNested: <const A extends NestedAttributes, const O extends Options<NestedObjectState<A>[]>>(attributes: A, options: O) =>
    make(nestedValueType<NestedObjectState<A>[]>('list', attributes), options, { nesting: 'list' as const, attributes }),
  setNested: <const A extends NestedAttributes, const O extends Options<NestedObjectState<A>[]>>(attributes: A, options: O) =>
    make(nestedValueType<NestedObjectState<A>[]>('set', attributes), options, { nesting: 'set' as const, attributes }),
  mapNested: <const A extends NestedAttributes, const O extends Options<Record<string, NestedObjectState<A>>>>(attributes: A, options: O) =>
    make(nestedValueType<Record<string, NestedObjectState<A>>>('map', attributes), options, { nesting: 'map' as const, attributes }),
} as const;
