// Value types: the Terraform type of an attribute or element, plus how its values look to handlers.
// Most map one to one (string ↔ string); int64 shows a Terraform number to handlers as a JS number and
// refuses values a JS number cannot hold exactly.
import { TfNumber } from '../cty/number';
import { Type, type CtyType } from '../cty/type';
import { Unknown } from '../cty/unknown';
import { ValueError } from '../cty/value-error';
import { DynamicValue, newObject, nullPrototypeRecord, type Value, type ValueObject } from '../cty/value';
import type { AttributePath } from '../path';

export interface ValueType<T> {
  readonly cty: CtyType;
  /** Converts a known, non-null value to what handlers see. */
  toHandler(v: Value, at: AttributePath): T;
  /** Converts what a handler returned; throws ValueError naming the path when it does not fit. */
  fromHandler(x: unknown, at: AttributePath): Value;
  /** For diagnostics and docs: `string`, `list(number)`. */
  readonly label: string;
  /** Phantom: the handler-side type. */
  readonly __handler?: T;
}

/** Unknowns and nulls pass through any value type unchanged. */
export function elementToHandler<T>(t: ValueType<T>, v: Value, at: AttributePath): T | null | Unknown {
  if (v === null || v instanceof Unknown) return v;
  return t.toHandler(v, at);
}

export function elementFromHandler<T>(t: ValueType<T>, x: unknown, at: AttributePath): Value {
  if (x === null || x instanceof Unknown) return x;
  if (x === undefined) throw new ValueError(at, 'value is undefined (use null for "no value")');
  return t.fromHandler(x, at);
}

function mismatch(at: AttributePath, x: unknown, label: string): ValueError {
  const got = Array.isArray(x) ? 'an array' : x instanceof TfNumber ? 'a TfNumber' : typeof x === 'object' ? 'an object' : `a ${typeof x}`;
  return new ValueError(at, `expected ${label}, got ${got}`);
}

const string: ValueType<string> = {
  cty: Type.string,
  label: 'string',
  toHandler: (v) => v as string,
  fromHandler: (x, at) => {
    if (typeof x !== 'string') throw mismatch(at, x, 'a string');
    return x;
  },
};

const bool: ValueType<boolean> = {
  cty: Type.bool,
  label: 'bool',
  toHandler: (v) => v as boolean,
  fromHandler: (x, at) => {
    if (typeof x !== 'boolean') throw mismatch(at, x, 'a boolean');
    return x;
  },
};

const number: ValueType<TfNumber> = {
  cty: Type.number,
  label: 'number',
  toHandler: (v) => v as TfNumber,
  fromHandler: (x, at) => {
    if (x instanceof TfNumber) return x;
    if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'string') {
      try {
        return TfNumber.from(x);
      } catch (err) {
        throw new ValueError(at, (err as Error).message);
      }
    }
    throw mismatch(at, x, 'a number');
  },
};

const int64: ValueType<number> = {
  cty: Type.number,
  label: 'number',
  toHandler: (v, at) => {
    const n = v as TfNumber;
    if (!n.isInteger()) throw new ValueError(at, 'must be a whole number', n.toString());
    const i = n.toBigInt();
    if (i > BigInt(Number.MAX_SAFE_INTEGER) || i < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new ValueError(at, 'must be between -(2^53-1) and 2^53-1', n.toString());
    }
    return Number(i);
  },
  fromHandler: (x, at) => {
    if (typeof x === 'number' && Number.isSafeInteger(x)) return TfNumber.fromBigInt(BigInt(x));
    if (typeof x === 'bigint') return TfNumber.fromBigInt(x);
    if (x instanceof TfNumber && x.isInteger()) return x;
    throw mismatch(at, x, 'a whole number');
  },
};

const dynamic: ValueType<DynamicValue> = {
  cty: Type.dynamic,
  label: 'dynamic',
  toHandler: (v) => v as DynamicValue,
  fromHandler: (x, at) => {
    if (x instanceof DynamicValue) return x;
    throw mismatch(at, x, 'a DynamicValue');
  },
};

function list<T>(element: ValueType<T>): ValueType<T[]> {
  return sequence('list', element);
}

function set<T>(element: ValueType<T>): ValueType<T[]> {
  return sequence('set', element);
}

function sequence<T>(kind: 'list' | 'set', element: ValueType<T>): ValueType<T[]> {
  return {
    cty: kind === 'list' ? Type.list(element.cty) : Type.set(element.cty),
    label: `${kind}(${element.label})`,
    toHandler: (v, at) => (v as readonly Value[]).map((e, i) => elementToHandler(element, e, at.index(i)) as T),
    fromHandler: (x, at) => {
      if (!Array.isArray(x)) throw mismatch(at, x, `a ${kind} (array)`);
      return x.map((e, i) => elementFromHandler(element, e, at.index(i)));
    },
  };
}

function map<T>(element: ValueType<T>): ValueType<Record<string, T>> {
  return {
    cty: Type.map(element.cty),
    label: `map(${element.label})`,
    toHandler: (v, at) => nullPrototypeRecord(Object.entries(v as ValueObject).map(([k, e]) => [k, elementToHandler(element, e, at.key(k)) as T])),
    fromHandler: (x, at) => {
      if (x === null || typeof x !== 'object' || Array.isArray(x)) throw mismatch(at, x, 'a map (object)');
      return newObject(Object.entries(x).map(([k, e]) => [k, elementFromHandler(element, e, at.key(k))]));
    },
  };
}

type ObjectOf<A extends Record<string, ValueType<unknown>>> = { [K in keyof A]: A[K] extends ValueType<infer T> ? T | null : never };

function object<const A extends Record<string, ValueType<unknown>>>(attributes: A): ValueType<ObjectOf<A>> {
  const names = Object.keys(attributes);
  return {
    cty: Type.object(Object.fromEntries(names.map((k) => [k, attributes[k]!.cty]))),
    label: `object({${names.map((k) => `${k}=${attributes[k]!.label}`).join(', ')}})`,
    toHandler: (v, at) => {
      const o = v as ValueObject;
      return nullPrototypeRecord(names.map((k) => [k, elementToHandler(attributes[k]!, o[k] ?? null, at.attribute(k))])) as ObjectOf<A>;
    },
    fromHandler: (x, at) => {
      if (x === null || typeof x !== 'object' || Array.isArray(x) || !isPlainRecord(x)) throw mismatch(at, x, 'an object');
      for (const k of Object.keys(x)) if (!Object.hasOwn(attributes, k)) throw new ValueError(at, `unsupported attribute "${k}"`);
      return newObject(names.map((k) => [k, elementFromHandler(attributes[k]!, (Object.hasOwn(x, k) ? (x as Record<string, unknown>)[k] : null) ?? null, at.attribute(k))]));
    },
  };
}

function isPlainRecord(x: object): boolean {
  return !(x instanceof TfNumber || x instanceof Unknown || x instanceof DynamicValue);
}

/** Value types for attributes and collection elements. */
export const t = { string, bool, number, int64, dynamic, list, set, map, object } as const;
