// Structural equality: the question Terraform asks when it checks a plan against the configuration and
// the prior state. An unknown equals any unknown of the same type (refinements aside) and sets are
// multisets of elements, so a set holding an unknown equals a set holding an unknown. valueEquals asks
// whether two values are certainly the same, under which such a set equals nothing.
import { TfNumber } from './number';
import { typeEquals, type CtyType } from './type';
import { Unknown } from './unknown';
import { DynamicValue, type Value, type ValueObject } from './value';

export function structurallyEquals(type: CtyType, a: Value, b: Value): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (a instanceof Unknown || b instanceof Unknown) return a instanceof Unknown && b instanceof Unknown;
  switch (type.kind) {
    case 'string':
    case 'bool':
      return a === b;
    case 'number':
      return a instanceof TfNumber && b instanceof TfNumber && a.equals(b);
    case 'list': {
      const x = a as readonly Value[];
      const y = b as readonly Value[];
      return x.length === y.length && x.every((e, i) => structurallyEquals(type.element, e, y[i]!));
    }
    case 'tuple': {
      const x = a as readonly Value[];
      const y = b as readonly Value[];
      return x.length === y.length && x.every((e, i) => structurallyEquals(type.elements[i]!, e, y[i]!));
    }
    case 'set': {
      const x = a as readonly Value[];
      const unmatched = [...(b as readonly Value[])];
      if (x.length !== unmatched.length) return false;
      // Structural equality is an equivalence, so taking the first match never spoils a later one.
      return x.every((e) => {
        const i = unmatched.findIndex((f) => structurallyEquals(type.element, e, f));
        if (i < 0) return false;
        unmatched.splice(i, 1);
        return true;
      });
    }
    case 'map': {
      const x = a as ValueObject;
      const y = b as ValueObject;
      const keys = Object.keys(x);
      return keys.length === Object.keys(y).length && keys.every((k) => Object.hasOwn(y, k) && structurallyEquals(type.element, x[k]!, y[k]!));
    }
    case 'object': {
      const x = a as ValueObject;
      const y = b as ValueObject;
      return Object.keys(type.attributes).every((k) => structurallyEquals(type.attributes[k]!, own(x, k), own(y, k)));
    }
    case 'dynamic':
      return a instanceof DynamicValue && b instanceof DynamicValue && typeEquals(a.type, b.type) && structurallyEquals(a.type, a.value, b.value);
  }
}

function own(o: ValueObject, k: string): Value {
  return Object.hasOwn(o, k) ? o[k]! : null;
}
