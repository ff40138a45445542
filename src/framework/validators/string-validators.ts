import { got, type Validator } from './validator';

/** Length in characters (Unicode code points, as Terraform's length() counts). */
export function lengthBetween(min: number, max = Infinity): Validator<string> {
  const description = max === Infinity ? `must be at least ${min} characters long` : `must be between ${min} and ${max} characters long`;
  return {
    description,
    validate(value, report) {
      const n = [...value].length;
      if (n < min || n > max) report.error('Invalid Attribute Value Length', `The value ${description}${report.sensitive ? '' : `, got ${n}`}.`);
    },
  };
}

export function matches(pattern: RegExp, description: string): Validator<string> {
  return {
    description,
    validate(value, report) {
      if (!pattern.test(value)) report.error('Invalid Attribute Value Match', `The value ${description}${got(value, report)}.`);
    },
  };
}

export function oneOf(...allowed: string[]): Validator<string> {
  const description = `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`;
  return {
    description,
    validate(value, report) {
      if (!allowed.includes(value)) report.error('Invalid Attribute Value', `The value ${description}${got(value, report)}.`);
    },
  };
}
