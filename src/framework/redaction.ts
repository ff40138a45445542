// Redaction by construction: every sensitive value the framework decodes (sensitive and write-only
// attributes, provider credentials) is registered here, and every line of text that leaves the process
// — log lines and diagnostics — passes through `redact`. Registration is process-wide and permanent:
// a secret seen once is never printed afterwards, whatever code path tries.
export const REDACTED = '(sensitive value)';

/** Shorter values (e.g. "true", "1") would redact unrelated text and are not secrets worth hiding. */
const MIN_SECRET_LENGTH = 4;

interface Bucket {
  /** Distinct lengths of the secrets in this bucket, longest first (a secret containing another wins). */
  readonly lengths: number[];
  readonly byLength: Map<number, Set<string>>;
}

interface Registry {
  readonly secrets: Set<string>;
  /** Secrets by their first MIN_SECRET_LENGTH characters, then by length. */
  readonly byPrefix: Map<string, Bucket>;
}

// One registry per process, not per module copy: the plugin's bootstrap and its lazily loaded server are
// separate bundles, each with its own copy of this file, and a secret registered in one must be redacted
// by a logger created in the other.
const REGISTRY = Symbol.for('terraform-provider-framework.redaction.v3');
const registry: Registry = ((globalThis as Record<symbol, unknown>)[REGISTRY] as Registry | undefined) ??
  ((globalThis as Record<symbol, unknown>)[REGISTRY] = { secrets: new Set<string>(), byPrefix: new Map() } satisfies Registry) as Registry;

export function registerSecret(value: string | null | undefined): void {
  if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH) return;
  add(value);
  // The same secret quoted into JSON (a diagnostic quoting a value, a log field) reads differently.
  const escaped = JSON.stringify(value).slice(1, -1);
  if (escaped !== value) add(escaped);
}

function add(secret: string): void {
  if (registry.secrets.has(secret)) return;
  registry.secrets.add(secret);
  const key = secret.slice(0, MIN_SECRET_LENGTH);
  let bucket = registry.byPrefix.get(key);
  if (!bucket) registry.byPrefix.set(key, (bucket = { lengths: [], byLength: new Map() }));
  let same = bucket.byLength.get(secret.length);
  if (!same) {
    bucket.byLength.set(secret.length, (same = new Set()));
    bucket.lengths.push(secret.length);
    bucket.lengths.sort((a, b) => b - a);
  }
  same.add(secret);
}

/**
 * Replaces every registered secret in the text. Linear in the text whatever the number of secrets:
 * each position is looked up by its next few characters, then by length, so thousands of tokens in one
 * plan stay cheap.
 */
export function redact(text: string): string {
  if (registry.secrets.size === 0 || text.length < MIN_SECRET_LENGTH) return text;
  let out = '';
  let copiedUpTo = 0;
  for (let i = 0; i + MIN_SECRET_LENGTH <= text.length; ) {
    const bucket = registry.byPrefix.get(text.slice(i, i + MIN_SECRET_LENGTH));
    const length = bucket?.lengths.find((n) => bucket.byLength.get(n)!.has(text.slice(i, i + n)));
    if (length === undefined) {
      i += 1;
      continue;
    }
    out += text.slice(copiedUpTo, i) + REDACTED;
    i += length;
    copiedUpTo = i;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
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
