import { encode } from '@msgpack/msgpack';
import { decodeMsgpack } from '../../../src/framework/cty/msgpack-decode';
import { encodeMsgpack } from '../../../src/framework/cty/msgpack-encode';
import { TfNumber } from '../../../src/framework/cty/number';
import { Type } from '../../../src/framework/cty/type';
import { Unknown, unknown } from '../../../src/framework/cty/unknown';
import { DynamicValue, newObject, type Value } from '../../../src/framework/cty/value';
import { valueEquals } from '../../../src/framework/cty/compare';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
/** A msgpack map with small integer keys, as Terraform writes refinements (our encoder only writes string keys). */
const intKeyedMap = (entries: [number, unknown][]) =>
  Buffer.concat([Buffer.from([0x80 | entries.length]), ...entries.flatMap(([k, v]) => [Buffer.from([k]), Buffer.from(encode(v))])]);
const bytes = (h: string) => Buffer.from(h.replace(/\s/g, ''), 'hex');

describe('msgpack encoding as Terraform expects it', () => {
  it('writes an unknown as fixext1 type 0 with one zero byte', () => {
    expect(hex(encodeMsgpack(unknown, Type.string))).toBe('d40000');
  });

  it('writes numbers as decimal strings, which Terraform reads exactly as it reads its state file', () => {
    expect(hex(encodeMsgpack(TfNumber.parse('5'), Type.number))).toBe(hex(encode('5')));
    expect(hex(encodeMsgpack(TfNumber.parse('0.5'), Type.number))).toBe(hex(encode('0.5')));
    expect(hex(encodeMsgpack(TfNumber.parse('0.1'), Type.number))).toBe(hex(encode('0.1')));
    expect(hex(encodeMsgpack(TfNumber.parse('1152921504606846976'), Type.number))).toBe(hex(encode('1152921504606846976')));
    expect(hex(encodeMsgpack(TfNumber.parse('1e30'), Type.number))).toBe(hex(encode('1000000000000000000000000000000')));
    expect(hex(encodeMsgpack(TfNumber.POSITIVE_INFINITY, Type.number))).toBe('cb7ff0000000000000');
  });

  it('round-trips 0.1, 2^60 and long decimals exactly, however Terraform sent them', () => {
    for (const [received, text] of [
      [encode('0.1'), '0.1'],
      [bytes('cf1000000000000000'), '1152921504606846976'],
      [bytes('05'), '5'],
      [encode('123456789012345678901234567890.5'), '123456789012345678901234567890.5'],
    ] as const) {
      const v = decodeMsgpack(received, Type.number);
      expect(hex(encodeMsgpack(v, Type.number))).toBe(hex(encode(text)));
    }
  });

  it('writes every object attribute, null when unset, and refuses a value missing one', () => {
    const t = Type.object({ a: Type.string, b: Type.number });
    expect(hex(encodeMsgpack(newObject([['a', 'x'], ['b', null]]), t))).toBe(hex(encode({ a: 'x', b: null })));
    expect(() => encodeMsgpack(newObject([['a', 'x']]), t)).toThrow(/b: attribute is missing/);
  });

  it('writes a dynamic value as [type JSON bytes, value]', () => {
    const v = new DynamicValue(Type.list(Type.string), ['a']);
    expect(decodeMsgpack(encodeMsgpack(v, Type.dynamic), Type.dynamic)).toEqual(v);
    expect(hex(encodeMsgpack(v, Type.dynamic))).toBe(hex(encode([Buffer.from('["list","string"]'), ['a']])));
  });

  it('merges duplicate set elements', () => {
    expect(decodeMsgpack(encodeMsgpack(['a', 'b', 'a'], Type.set(Type.string)), Type.set(Type.string))).toEqual(['a', 'b']);
  });
});

describe('msgpack decoding of what Terraform sends', () => {
  it('reads a plain unknown and any other extension as unknown', () => {
    expect(decodeMsgpack(bytes('d40000'), Type.string)).toBeInstanceOf(Unknown);
    expect(decodeMsgpack(bytes('d40500'), Type.number)).toBeInstanceOf(Unknown);
    expect(decodeMsgpack(bytes('d6ff00000000'), Type.string)).toBeInstanceOf(Unknown); // would be a timestamp elsewhere
  });

  it('reads refined unknowns (extension 12): not-null, string prefix, number and length bounds', () => {
    const payload = intKeyedMap([[1, false], [2, 'ab'], [3, [1, true]], [4, ['9.5', false]], [5, 2], [6, 7], [99, 'future']]);
    const ext = Buffer.concat([Buffer.from([0xc7, payload.length, 0x0c]), Buffer.from(payload)]);
    const v = decodeMsgpack(ext, Type.string) as Unknown;
    expect(v).toBeInstanceOf(Unknown);
    expect(v.refinement?.notNull).toBe(true);
    expect(v.refinement?.stringPrefix).toBe('ab');
    expect(v.refinement?.numberLowerBound?.value.toString()).toBe('1');
    expect(v.refinement?.numberLowerBound?.inclusive).toBe(true);
    expect(v.refinement?.numberUpperBound?.value.toString()).toBe('9.5');
    expect(v.refinement?.lengthLowerBound).toBe(2);
    expect(v.refinement?.lengthUpperBound).toBe(7);
    // echoed byte for byte, so a plan can carry Terraform's own refinement back
    expect(hex(encodeMsgpack(v, Type.string))).toBe(hex(ext));
  });

  it('reads refined unknowns nested in an object', () => {
    const payload = intKeyedMap([[1, false]]);
    const t = Type.object({ id: Type.string, tags: Type.map(Type.string) });
    const raw = Buffer.concat([bytes('82 a2 6964'), Buffer.from([0xc7, payload.length, 0x0c]), Buffer.from(payload), bytes('a4 74616773 80')]);
    const v = decodeMsgpack(raw, t) as Record<string, unknown>;
    expect((v.id as Unknown).refinement?.notNull).toBe(true);
    expect(v.tags).toEqual({});
  });

  it('names the attribute when an object has the wrong attribute count or an unknown attribute', () => {
    const t = Type.object({ a: Type.string, b: Type.string });
    expect(() => decodeMsgpack(encode({ a: 'x' }), t)).toThrow(/an object with 2 attributes is required \(1 given\)/);
    expect(() => decodeMsgpack(encode({ a: 'x', c: 'y' }), t)).toThrow(/unsupported attribute "c"/);
    expect(() => decodeMsgpack(encode({ a: 'x', b: 5 }), t)).toThrow(/^b: a number is not a valid string/);
  });

  it('refuses malformed msgpack with a clear error instead of crashing', () => {
    expect(() => decodeMsgpack(bytes('c1'), Type.string)).toThrow(/malformed msgpack/);
    expect(() => decodeMsgpack(bytes('92 01'), Type.list(Type.number))).toThrow(/malformed msgpack/);
  });

  it('reads big integers without losing precision', () => {
    const v = decodeMsgpack(bytes('cf1000000000000001'), Type.number) as TfNumber;
    expect(v.toString()).toBe('1152921504606846977');
  });

  it('compares sets without regard to order', () => {
    expect(valueEquals(Type.set(Type.string), ['a', 'b'], ['b', 'a'])).toBe(true);
    expect(valueEquals(Type.set(Type.string), ['a', 'b'], ['b', 'c'])).toBe(false);
  });
});

describe('sets with unknowns', () => {
  const rule = Type.object({ target: Type.string, port: Type.number });
  const withUnknown = () => newObject([['target', unknown], ['port', TfNumber.from(80)]]);

  it('keeps elements that contain unknowns apart, even when they look alike', () => {
    const v = decodeMsgpack(encodeMsgpack([withUnknown(), withUnknown()], Type.set(rule)), Type.set(rule)) as Value[];
    expect(v).toHaveLength(2);
  });

  it('never proves two sets with partly unknown elements equal', () => {
    expect(valueEquals(Type.set(rule), [withUnknown()], [withUnknown()])).toBe(false);
  });

  it('still merges wholly known duplicates', () => {
    const known = () => newObject([['target', 'a'], ['port', TfNumber.from(80)]]);
    expect(decodeMsgpack(encodeMsgpack([known(), known()], Type.set(rule)), Type.set(rule))).toHaveLength(1);
  });
});
