import { TfNumber } from '../../../src/framework/cty/number';

describe('TfNumber', () => {
  it.each([
    ['0.1', '0.1'],
    ['1e20', '100000000000000000000'],
    ['1.5E-3', '0.0015'],
    ['-0', '0'],
    ['000123.4500', '123.45'],
    ['.5', '0.5'],
    ['1152921504606846976', '1152921504606846976'],
    ['-12.3e1', '-123'],
  ])('parses %s exactly as %s', (text, expected) => {
    expect(TfNumber.parse(text).toString()).toBe(expected);
  });

  it.each(['', 'abc', '1..2', '1e', 'NaN', '0x10', '1,5'])('refuses %j', (text) => {
    expect(() => TfNumber.parse(text)).toThrow(/not a number/);
  });

  it('refuses exponents that would expand to absurd sizes instead of hanging', () => {
    expect(() => TfNumber.parse('1e999999999')).toThrow(/out of range/);
  });

  it('keeps the exact value of a double, so 0.1 as a double is not the decimal 0.1', () => {
    const fromDouble = TfNumber.fromNumber(0.1);
    expect(fromDouble.toString()).toBe('0.1000000000000000055511151231257827021181583404541015625');
    expect(fromDouble.equals(TfNumber.parse('0.1'))).toBe(false);
    expect(fromDouble.exactFloat64()).toBe(0.1);
  });

  it('takes a JS literal as the decimal it spells', () => {
    expect(TfNumber.from(0.1).equals(TfNumber.parse('0.1'))).toBe(true);
    expect(TfNumber.from(2n ** 60n).toString()).toBe('1152921504606846976');
  });

  it('knows which values a double holds exactly', () => {
    expect(TfNumber.parse('0.5').exactFloat64()).toBe(0.5);
    expect(TfNumber.parse('-2.25').exactFloat64()).toBe(-2.25);
    expect(TfNumber.parse('0.1').exactFloat64()).toBeUndefined();
    expect(TfNumber.parse('9007199254740993').exactFloat64()).toBeUndefined(); // 2^53 + 1
    expect(TfNumber.parse('1180591620717411303424').exactFloat64()).toBe(2 ** 70);
  });

  it('knows the int64 range', () => {
    expect(TfNumber.parse('9223372036854775807').fitsInt64()).toBe(true);
    expect(TfNumber.parse('9223372036854775808').fitsInt64()).toBe(false);
    expect(TfNumber.parse('-9223372036854775808').fitsInt64()).toBe(true);
    expect(TfNumber.parse('1.5').fitsInt64()).toBe(false);
  });

  it('compares across scales and signs', () => {
    const n = (s: string) => TfNumber.parse(s);
    expect(n('1.10').compare(n('1.1'))).toBe(0);
    expect(n('1.09').compare(n('1.1'))).toBe(-1);
    expect(n('-1').compare(n('-2'))).toBe(1);
    expect(n('100').compare(n('99.999'))).toBe(1);
    expect(TfNumber.NEGATIVE_INFINITY.compare(n('-1e300'))).toBe(-1);
    expect(TfNumber.POSITIVE_INFINITY.compare(n('1e300'))).toBe(1);
  });

  it('refuses NaN, which Terraform cannot hold', () => {
    expect(() => TfNumber.fromNumber(NaN)).toThrow(/NaN/);
    expect(() => TfNumber.from(NaN)).toThrow(/NaN/);
  });
});
