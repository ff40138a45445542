// Finding any of many secrets in a text in time linear in the text, whatever the number of secrets: each
// position is looked up by its next few characters, then by length. A plan of thousands of tokens
// registers thousands of secrets, and every log line and error message is checked against all of them;
// one regular expression of all of them (rebuilt with each new token) made that quadratic.

/** Characters a position is looked up by. */
const PREFIX = 4;

interface Bucket {
  /** Distinct lengths of the secrets in this bucket, longest first (a secret containing another wins). */
  readonly lengths: number[];
  readonly byLength: Map<number, Set<string>>;
}

export class SecretMatcher {
  readonly #secrets = new Set<string>();
  /** Secrets of at least PREFIX characters, by their first PREFIX characters. */
  readonly #byPrefix = new Map<string, Bucket>();
  /** The few shorter ones, looked for at every position. */
  readonly #short: Bucket = { lengths: [], byLength: new Map() };

  get size(): number {
    return this.#secrets.size;
  }

  has(secret: string): boolean {
    return this.#secrets.has(secret);
  }

  /** Adds a secret; false when it was known already (or is empty). */
  add(secret: string): boolean {
    if (secret === '' || this.#secrets.has(secret)) return false;
    this.#secrets.add(secret);
    let bucket = this.#short;
    if (secret.length >= PREFIX) {
      const key = secret.slice(0, PREFIX);
      bucket = this.#byPrefix.get(key) ?? { lengths: [], byLength: new Map() };
      this.#byPrefix.set(key, bucket);
    }
    let same = bucket.byLength.get(secret.length);
    if (same === undefined) {
      bucket.byLength.set(secret.length, (same = new Set()));
      bucket.lengths.push(secret.length);
      bucket.lengths.sort((a, b) => b - a);
    }
    same.add(secret);
    return true;
  }

  /** The text with every secret in it replaced by `replacement`, longest match first. */
  replaceAll(text: string, replacement: string): string {
    if (this.#secrets.size === 0 || text === '') return text;
    const shortest = this.#short.lengths.length > 0 ? this.#short.lengths.at(-1)! : PREFIX;
    let out = '';
    let copiedUpTo = 0;
    for (let i = 0; i + shortest <= text.length; ) {
      const length = matchAt(this.#byPrefix.get(text.slice(i, i + PREFIX)), text, i) ?? matchAt(this.#short, text, i);
      if (length === undefined) {
        i += 1;
        continue;
      }
      out += text.slice(copiedUpTo, i) + replacement;
      i += length;
      copiedUpTo = i;
    }
    return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
  }
}

function matchAt(bucket: Bucket | undefined, text: string, i: number): number | undefined {
  if (bucket === undefined) return undefined;
  for (const n of bucket.lengths) if (bucket.byLength.get(n)!.has(text.slice(i, i + n))) return n;
  return undefined;
}
