// Rules across the top-level attributes of one configuration ("exactly one of token and token_wo"),
// checked at validate and plan time like attribute validators, so bad input never reaches an API call.
// An unknown value defers the rule: it is checked again at plan, once the value is known.
import { isUnknown } from '../cty/unknown';
import type { Diagnostics } from '../diag/diagnostics';
import { AttributePath } from '../path';

export interface ConfigValidator {
  /** The rule in words, e.g. "exactly one of token and token_wo must be set". */
  readonly description: string;
  validate(config: Readonly<Record<string, unknown>>, diagnostics: Diagnostics): void;
}

type Presence = 'set' | 'null' | 'unknown';

function presenceOf(config: Readonly<Record<string, unknown>>, name: string): Presence {
  // A name the schema does not have is a bug in the definition, not a configuration error.
  if (!(name in config)) throw new Error(`config validator names "${name}", which is not an attribute of this schema`);
  const value = config[name];
  return value === null || value === undefined ? 'null' : isUnknown(value) ? 'unknown' : 'set';
}

function words(names: readonly string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** One, and only one, of these attributes is set (the others null). */
export function exactlyOneOf(...names: string[]): ConfigValidator {
  const description = `exactly one of ${words(names)} must be set`;
  return {
    description,
    validate(config, diagnostics) {
      const presence = names.map((n) => presenceOf(config, n));
      if (presence.includes('unknown')) return;
      const set = names.filter((_, i) => presence[i] === 'set');
      if (set.length === 0) {
        diagnostics.error('Missing Attribute Configuration', `Exactly one of ${words(names)} must be set; none is.`);
      } else if (set.length > 1) {
        // On every attribute after the first, so Terraform points at what to remove.
        for (const name of set.slice(1)) {
          diagnostics.error('Invalid Attribute Combination', `${name} cannot be set together with ${set[0]}: ${description}.`, AttributePath.root(name));
        }
      }
    },
  };
}

/** Either all of these attributes are set or none is (e.g. a write-only value and its version). */
export function requiredTogether(...names: string[]): ConfigValidator {
  const description = `${words(names)} must be set together`;
  return {
    description,
    validate(config, diagnostics) {
      const presence = names.map((n) => presenceOf(config, n));
      if (presence.includes('unknown')) return;
      const set = names.filter((_, i) => presence[i] === 'set');
      if (set.length === 0 || set.length === names.length) return;
      for (const name of names.filter((_, i) => presence[i] === 'null')) {
        diagnostics.error('Missing Attribute Configuration', `${name} must be set when ${words(set)} ${set.length === 1 ? 'is' : 'are'} set: ${description}.`, AttributePath.root(name));
      }
    },
  };
}
