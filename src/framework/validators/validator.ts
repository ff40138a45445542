// Validators check configured values at validate and plan time, so bad input is reported on the
// attribute before any API call. They only see known, non-null values (elements may still be unknown).
import type { KnownTop } from '../schema/infer';

export interface ValidationReport {
  /** The attribute is sensitive: say what is wrong without quoting the value. */
  readonly sensitive: boolean;
  error(summary: string, detail?: string): void;
  warning(summary: string, detail?: string): void;
}

/** `, got "x"` for messages, or nothing when the value is sensitive. */
export function got(value: unknown, report: ValidationReport): string {
  return report.sensitive ? '' : `, got ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`;
}

export interface Validator<T> {
  /** What the rule is, in words: feeds the docs ("must be at most 4096 characters long"). */
  readonly description: string;
  validate(value: KnownTop<T>, report: ValidationReport): void;
}

/** A validator from a predicate: `check('must be lower case', (v) => v === v.toLowerCase())`. */
export function check<T>(description: string, predicate: (value: KnownTop<T>) => boolean, summary = 'Invalid Attribute Value'): Validator<T> {
  return {
    description,
    validate(value, report) {
      if (!predicate(value)) report.error(summary, `The value ${description}.`);
    },
  };
}
