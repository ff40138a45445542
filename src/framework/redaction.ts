// Redaction by construction: every sensitive value the framework decodes (sensitive and write-only
// attributes, provider credentials) is registered here, and every line of text that leaves the process
// — log lines and diagnostics — passes through `redact`. Registration is process-wide and permanent:
// a secret seen once is never printed afterwards, whatever code path tries.
import { SecretMatcher } from './secret-matcher';

export const REDACTED = '(sensitive value)';

/** Shorter values (e.g. "true", "1") would redact unrelated text and are not secrets worth hiding. */
const MIN_SECRET_LENGTH = 4;

// One registry per process, not per module copy: the plugin's bootstrap and its lazily loaded server are
// separate bundles, each with its own copy of this file, and a secret registered in one must be redacted
// by a logger created in the other.
const REGISTRY = Symbol.for('terraform-provider-framework.redaction.v4');
const registry: SecretMatcher = ((globalThis as Record<symbol, unknown>)[REGISTRY] as SecretMatcher | undefined) ??
  ((globalThis as Record<symbol, unknown>)[REGISTRY] = new SecretMatcher()) as SecretMatcher;

export function registerSecret(value: string | null | undefined): void {
  if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH) return;
  registry.add(value);
  // The same secret quoted into JSON (a diagnostic quoting a value, a log field) reads differently.
  registry.add(JSON.stringify(value).slice(1, -1));
}

/**
 * Replaces every registered secret in the text. Linear in the text whatever the number of secrets
 * (see SecretMatcher), so thousands of tokens in one plan stay cheap.
 */
export function redact(text: string): string {
  return registry.replaceAll(text, REDACTED);
}

/** A credential held by the provider: prints as redacted everywhere; `reveal()` is the only way out. */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
    registerSecret(value);
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `Secret(${REDACTED})`;
  }
}
