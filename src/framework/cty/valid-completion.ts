// Whether a value is a valid completion of a planned one, by Terraform's rules for a result after apply
// (and for the final plan at apply time): every known planned value comes back unchanged, an unknown may
// become any value of its type. Set elements have no identity, so an element that held an unknown cannot
// be told apart from the one it became: each planned element must correspond to some actual element and
// each actual element to some planned one, and a set may shrink (unknowns that turn out equal merge)
// but never grow.
import { dedupeSet } from './compare';
import { TfNumber } from './number';
import { typeEquals, type CtyType } from './type';
import { Unknown } from './unknown';
import { DynamicValue, type Value, type ValueObject } from './value';

export function isValidCompletion(type: CtyType, planned: Value, actual: Value): boolean {
  // Terraform also holds the result to an unknown's refinements; the framework does not check those yet.
  if (planned instanceof Unknown) return true;
  if (planned === null || actual === null) return planned === actual;
  if (actual instanceof Unknown) return false;
  switch (type.kind) {
    case 'string':
    case 'bool':
      return planned === actual;
    case 'number':
      return planned instanceof TfNumber && actual instanceof TfNumber && planned.equals(actual);
    case 'list': {
      const x = planned as readonly Value[];
      const y = actual as readonly Value[];
      return x.length === y.length && x.every((e, i) => isValidCompletion(type.element, e, y[i]!));
    }
    case 'tuple': {
      const x = planned as readonly Value[];
      const y = actual as readonly Value[];
      return x.length === y.length && x.every((e, i) => isValidCompletion(type.elements[i]!, e, y[i]!));
    }
    case 'set': {
      const x = planned as readonly Value[];
      // Terraform receives the result with equal elements merged.
      const y = dedupeSet(type.element, actual as readonly Value[]);
      if (y.length > x.length) return false;
      return (
        x.every((p) => y.some((a) => isValidCompletion(type.element, p, a))) &&
        y.every((a) => x.some((p) => isValidCompletion(type.element, p, a)))
      );
    }
    case 'map': {
      const x = planned as ValueObject;
      const y = actual as ValueObject;
      const keys = Object.keys(x);
      return keys.length === Object.keys(y).length && keys.every((k) => Object.hasOwn(y, k) && isValidCompletion(type.element, x[k]!, y[k]!));
    }
    case 'object': {
      const x = planned as ValueObject;
      const y = actual as ValueObject;
      return Object.keys(type.attributes).every((k) => isValidCompletion(type.attributes[k]!, own(x, k), own(y, k)));
    }
    case 'dynamic':
      return (
        planned instanceof DynamicValue &&
        actual instanceof DynamicValue &&
        typeEquals(planned.type, actual.type) &&
        isValidCompletion(planned.type, planned.value, actual.value)
      );
  }
}

function own(o: ValueObject, k: string): Value {
  return Object.hasOwn(o, k) ? o[k]! : null;
}
