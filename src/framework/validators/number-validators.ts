import { got, type Validator } from './validator';

export function between(min: number, max: number): Validator<number> {
  const description = `must be between ${min} and ${max}`;
  return {
    description,
    validate(value, report) {
      if (value < min || value > max) report.error('Invalid Attribute Value', `The value ${description}${got(value, report)}.`);
    },
  };
}

export function atLeast(min: number): Validator<number> {
  const description = `must be at least ${min}`;
  return {
    description,
    validate(value, report) {
      if (value < min) report.error('Invalid Attribute Value', `The value ${description}${got(value, report)}.`);
    },
  };
}
