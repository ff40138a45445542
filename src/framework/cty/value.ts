// Values as the framework holds them, typed by a CtyType kept alongside (the schema):
//   null            null of any type
//   Unknown         unknown of any type (possibly refined)
//   string / boolean / TfNumber
//   Value[]         list, set (order meaningless) and tuple
//   ValueObject     object (one key per attribute) and map: null-prototype, so any key ("__proto__",
//                   "constructor") is an ordinary own key and nothing is inherited
//   DynamicValue    a value whose type is only known at run time (schema type "dynamic")
import { TfNumber } from './number';
import type { CtyType } from './type';
import { Unknown } from './unknown';

export type Value = null | Unknown | string | boolean | TfNumber | readonly Value[] | ValueObject | DynamicValue;

export interface ValueObject {
  readonly [key: string]: Value;
}

/** A value of the `dynamic` type: the concrete type travels with it. */
export class DynamicValue {
  constructor(
    readonly type: CtyType,
    readonly value: Value,
  ) {}
}

export function newObject(entries?: Iterable<readonly [string, Value]>): Record<string, Value> {
  return nullPrototypeRecord(entries);
}

/** A record with no prototype: assigning "__proto__" there creates an own key instead of changing the prototype. */
export function nullPrototypeRecord<T>(entries?: Iterable<readonly [string, T]>): Record<string, T> {
  const o: Record<string, T> = Object.create(null);
  if (entries) for (const [k, v] of entries) o[k] = v;
  return o;
}

export function isValueObject(v: Value): v is ValueObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof TfNumber) && !(v instanceof Unknown) && !(v instanceof DynamicValue);
}
