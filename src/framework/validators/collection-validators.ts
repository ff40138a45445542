import { got, type Validator } from './validator';

export function sizeBetween<E>(min: number, max = Infinity): Validator<E[]> {
  const description = max === Infinity ? `must contain at least ${min} elements` : `must contain between ${min} and ${max} elements`;
  return {
    description,
    validate(value, report) {
      if (value.length < min || value.length > max) report.error('Invalid Attribute Value', `The value ${description}${got(value.length, report)}.`);
    },
  };
}
