// The registry of every secret a client has seen (passwords, bearer and refresh tokens, API tokens,
// token values in bodies) and the one place text is cleaned before it leaves the client as an error
// message or a log line. Each secret is also matched in the encodings it travels in: URL/form encoded
// and JSON-escaped. Matching is linear in the text whatever the number of secrets (the framework's
// SecretMatcher): a run that creates thousands of tokens registers each of them.
import { SecretMatcher } from '../../framework/secret-matcher';

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
  /** What was registered, before encoding: registering it again (every call's credentials) is free. */
  readonly #registered = new Set<string>();
  readonly #secrets = new SecretMatcher();
  readonly #onRegister: ((secret: string) => void) | undefined;

  constructor(options: RedactorOptions = {}) {
    this.#onRegister = options.onRegister;
  }

  /** Registers a secret (and its encoded forms). Empty and missing values are ignored. */
  register(secret: string | null | undefined): void {
    if (secret === null || secret === undefined || secret === '' || this.#registered.has(secret)) return;
    this.#registered.add(secret);
    if (!this.#secrets.has(secret)) this.#onRegister?.(secret);
    const forms = [secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2), JSON.stringify(secret).slice(1, -1)];
    for (const form of forms) this.#secrets.add(form);
  }

  registerAll(secrets: Iterable<string | null | undefined>): void {
    for (const secret of secrets) this.register(secret);
  }

  /** True when `text` contains no registered secret. */
  isClean(text: string): boolean {
    return this.redact(text) === text;
  }

  redact(text: string): string {
    return this.#secrets.replaceAll(text, REDACTED);
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
}
