// Terraform numbers are arbitrary-precision decimals. A JS double cannot hold `0.1` exactly nor integers
// beyond 2^53, and echoing a number in a different binary form makes Terraform see a different value, so
// numbers are kept as exact decimals: sign × coefficient × 10^exponent, normalised (no trailing zeros).

const DECIMAL = /^([+-])?(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d+))?$/;
/** Beyond this many decimal digits of scale, a number is refused rather than expanded. */
const MAX_EXPONENT = 100_000;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

export class NumberFormatError extends Error {}

export class TfNumber {
  private constructor(
    /** Negative, zero excluded (zero is always positive). */
    readonly negative: boolean,
    readonly coefficient: bigint,
    readonly exponent: number,
    readonly infinite: boolean,
  ) {}

  static readonly ZERO = new TfNumber(false, 0n, 0, false);
  static readonly POSITIVE_INFINITY = new TfNumber(false, 0n, 0, true);
  static readonly NEGATIVE_INFINITY = new TfNumber(true, 0n, 0, true);

  private static make(negative: boolean, coefficient: bigint, exponent: number): TfNumber {
    if (coefficient === 0n) return TfNumber.ZERO;
    while (coefficient % 10n === 0n) {
      coefficient /= 10n;
      exponent += 1;
    }
    if (Math.abs(exponent) > MAX_EXPONENT) throw new NumberFormatError('number is too large or too small to represent');
    return new TfNumber(negative, coefficient, exponent, false);
  }

  /** Parses a decimal literal such as `42`, `-0.1`, `1e20` or `1.5E-3`. */
  static parse(text: string): TfNumber {
    const m = DECIMAL.exec(text.trim());
    if (!m) {
      if (/^[+]?inf(inity)?$/i.test(text.trim())) return TfNumber.POSITIVE_INFINITY;
      if (/^-inf(inity)?$/i.test(text.trim())) return TfNumber.NEGATIVE_INFINITY;
      throw new NumberFormatError(`${JSON.stringify(text.slice(0, 40))} is not a number`);
    }
    const [, sign, intPart, fracPart = '', onlyFrac, exp] = m;
    const digits = intPart !== undefined ? intPart + fracPart : onlyFrac!;
    const scale = intPart !== undefined ? fracPart.length : onlyFrac!.length;
    const e = exp === undefined ? 0 : Number(exp);
    if (!Number.isSafeInteger(e) || Math.abs(e) > MAX_EXPONENT) throw new NumberFormatError('number exponent is out of range');
    return TfNumber.make(sign === '-', BigInt(digits), e - scale);
  }

  /** The exact value of a double (0.1 becomes 0.1000000000000000055511151231257827…). */
  static fromNumber(n: number): TfNumber {
    if (Number.isNaN(n)) throw new NumberFormatError('NaN is not a Terraform number');
    if (n === Infinity) return TfNumber.POSITIVE_INFINITY;
    if (n === -Infinity) return TfNumber.NEGATIVE_INFINITY;
    if (Number.isInteger(n)) return TfNumber.fromBigInt(BigInt(n));
    const { mantissa, exponent } = decomposeDouble(n);
    // mantissa × 2^exponent with exponent < 0 equals mantissa × 5^-exponent × 10^exponent.
    return TfNumber.make(n < 0, mantissa * 5n ** BigInt(-exponent), exponent);
  }

  static fromBigInt(n: bigint): TfNumber {
    return TfNumber.make(n < 0n, n < 0n ? -n : n, 0);
  }

  /** Accepts what a handler naturally has: a JS number (taken as its shortest decimal form), bigint or decimal string. */
  static from(value: TfNumber | number | bigint | string): TfNumber {
    if (value instanceof TfNumber) return value;
    if (typeof value === 'bigint') return TfNumber.fromBigInt(value);
    if (typeof value === 'string') return TfNumber.parse(value);
    if (Number.isNaN(value)) throw new NumberFormatError('NaN is not a Terraform number');
    if (!Number.isFinite(value)) return value > 0 ? TfNumber.POSITIVE_INFINITY : TfNumber.NEGATIVE_INFINITY;
    // A literal like 0.1 in TypeScript means the decimal 0.1, not the double nearest to it.
    return TfNumber.parse(String(value));
  }

  isInteger(): boolean {
    return !this.infinite && this.exponent >= 0;
  }

  /** The value as a bigint; only for integers. */
  toBigInt(): bigint {
    if (!this.isInteger()) throw new RangeError(`${this.toString()} is not an integer`);
    const magnitude = this.coefficient * 10n ** BigInt(this.exponent);
    return this.negative ? -magnitude : magnitude;
  }

  /** The nearest double. Lossy for values a double cannot hold; use for arithmetic, never to echo a value back. */
  toNumber(): number {
    if (this.infinite) return this.negative ? -Infinity : Infinity;
    return Number(this.toString());
  }

  fitsInt64(): boolean {
    if (!this.isInteger()) return false;
    const v = this.toBigInt();
    return v >= INT64_MIN && v <= INT64_MAX;
  }

  /** The double with exactly this value, or undefined when no double is exactly equal. */
  exactFloat64(): number | undefined {
    if (this.infinite) return this.negative ? -Infinity : Infinity;
    const d = Number(this.toString());
    if (!Number.isFinite(d)) return undefined;
    if (this.isInteger()) return Number.isInteger(d) && BigInt(d) === this.toBigInt() ? d : undefined;
    if (Number.isInteger(d)) return undefined;
    const { mantissa, exponent } = decomposeDouble(d);
    // this = c × 10^x (x < 0); d = m × 2^e (e < 0). Equal iff c × 2^-e = m × 10^-x and the signs agree.
    const equal = this.coefficient * 2n ** BigInt(-exponent) === mantissa * 10n ** BigInt(-this.exponent);
    return equal && d < 0 === this.negative ? d : undefined;
  }

  equals(other: TfNumber): boolean {
    return (
      this.infinite === other.infinite &&
      this.negative === other.negative &&
      this.coefficient === other.coefficient &&
      this.exponent === other.exponent
    );
  }

  compare(other: TfNumber): -1 | 0 | 1 {
    if (this.equals(other)) return 0;
    if (this.negative !== other.negative) return this.negative ? -1 : 1;
    const sign = this.negative ? -1 : 1;
    if (this.infinite || other.infinite) return (this.infinite ? 1 : -1) * sign > 0 ? 1 : -1;
    const scale = Math.min(this.exponent, other.exponent);
    const a = this.coefficient * 10n ** BigInt(this.exponent - scale);
    const b = other.coefficient * 10n ** BigInt(other.exponent - scale);
    return (a < b ? -1 : 1) * sign > 0 ? 1 : -1;
  }

  /** Plain positional decimal, no exponent: the form Terraform itself writes numbers in. */
  toString(): string {
    if (this.infinite) return this.negative ? '-Infinity' : 'Infinity';
    const sign = this.negative ? '-' : '';
    const digits = this.coefficient.toString();
    if (this.exponent >= 0) return sign + digits + '0'.repeat(this.exponent);
    const scale = -this.exponent;
    if (digits.length > scale) return `${sign}${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
    return `${sign}0.${'0'.repeat(scale - digits.length)}${digits}`;
  }

  toJSON(): string {
    return this.toString();
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `TfNumber(${this.toString()})`;
  }
}

/** A finite non-zero double as mantissa × 2^exponent with an integer mantissa. */
function decomposeDouble(d: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(d));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exponent: number;
  if (biased === 0) {
    exponent = -1074; // subnormal
  } else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  while (mantissa !== 0n && (mantissa & 1n) === 0n) {
    mantissa >>= 1n;
    exponent += 1;
  }
  return { mantissa, exponent };
}
