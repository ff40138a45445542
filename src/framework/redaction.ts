// Redaction by construction: every sensitive value the framework decodes (sensitive and write-only
// attributes, provider credentials) is registered here, and every line of text that leaves the process
// — log lines and diagnostics — passes through `redact`. Registration is process-wide and permanent:
// a secret seen once is never printed afterwards, whatever code path tries.
export const REDACTED = '(sensitive value)';

/** Shorter values (e.g. "true", "1") would redact unrelated text and are not secrets worth hiding. */
const MIN_SECRET_LENGTH = 4;

interface Registry {
  readonly secrets: Set<string>;
  pattern: RegExp | null;
}

// One registry per process, not per module copy: the plugin's bootstrap and its lazily loaded server are
// separate bundles, each with its own copy of this file, and a secret registered in one must be redacted
// by a logger created in the other.
const REGISTRY = Symbol.for('terraform-provider-framework.redaction');
const registry: Registry = ((globalThis as Record<symbol, unknown>)[REGISTRY] as Registry | undefined) ??
  ((globalThis as Record<symbol, unknown>)[REGISTRY] = { secrets: new Set<string>(), pattern: null } satisfies Registry) as Registry;

export function registerSecret(value: string | null | undefined): void {
  if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH || registry.secrets.has(value)) return;
  registry.secrets.add(value);
  registry.pattern = null;
}

export function redact(text: string): string {
  if (registry.secrets.size === 0 || text.length === 0) return text;
  if (registry.pattern === null) {
    // Longest first, so a secret containing another is removed whole.
    const alternatives = [...registry.secrets].sort((a, b) => b.length - a.length).map(escapeRegExp);
    registry.pattern = new RegExp(alternatives.join('|'), 'g');
  }
  return text.replace(registry.pattern, REDACTED);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
