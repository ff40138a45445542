// The registry of every secret a client has seen (passwords, bearer and refresh tokens, API tokens,
// token values in bodies) and the one place text is cleaned before it leaves the client as an error
// message or a log line. Each secret is also matched in the encodings it travels in: URL/form encoded
// and JSON-escaped.

/** The same words Terraform and the framework use for a hidden value. */
export const REDACTED = '(sensitive value)';

export interface RedactorOptions {
  /**
   * Called once per newly registered secret, e.g. to forward it to the framework's process-wide
   * registry so its log lines and diagnostics hide what the clients learned (access tokens, new tokens).
   */
  readonly onRegister?: (secret: string) => void;
}

export class Redactor {
  readonly #secrets = new Set<string>();
  readonly #onRegister: ((secret: string) => void) | undefined;
  #pattern: RegExp | undefined;

  constructor(options: RedactorOptions = {}) {
    this.#onRegister = options.onRegister;
  }

  /** Registers a secret (and its encoded forms). Empty and missing values are ignored. */
  register(secret: string | null | undefined): void {
    if (secret === null || secret === undefined || secret === '') return;
    if (!this.#secrets.has(secret)) this.#onRegister?.(secret);
    const forms = [secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2), JSON.stringify(secret).slice(1, -1)];
    for (const form of forms) {
      if (form !== '' && !this.#secrets.has(form)) {
        this.#secrets.add(form);
        this.#pattern = undefined;
      }
    }
  }

  registerAll(secrets: Iterable<string | null | undefined>): void {
    for (const secret of secrets) this.register(secret);
  }

  /** True when `text` contains no registered secret. */
  isClean(text: string): boolean {
    return this.redact(text) === text;
  }

  redact(text: string): string {
    const pattern = this.#compiled();
    return pattern === undefined ? text : text.replace(pattern, REDACTED);
  }

  /** A copy of a JSON-like value with every string redacted (keys included). */
  redactValue<T>(value: T): T {
    if (typeof value === 'string') return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((v: unknown) => this.redactValue(v)) as T;
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.redact(k), this.redactValue(v)])) as T;
    }
    return value;
  }

  #compiled(): RegExp | undefined {
    if (this.#secrets.size === 0) return undefined;
    // Longest first, so a secret that contains another is replaced whole.
    this.#pattern ??= new RegExp(
      [...this.#secrets]
        .sort((a, b) => b.length - a.length)
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
      'g',
    );
    return this.#pattern;
  }
}
