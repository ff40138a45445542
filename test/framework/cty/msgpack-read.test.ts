// The msgpack reader against an independent encoder: every form Terraform may write reads back as the
// value encoded, and malformed input is refused with a reason rather than a crash or a huge allocation.
import { encode, ExtData } from '@msgpack/msgpack';
import { MsgpackExt, MsgpackFormatError, MsgpackMap, readMsgpack } from '../../../src/framework/cty/msgpack-read';

const bytes = (h: string) => Buffer.from(h.replace(/\s/g, ''), 'hex');

test('integers of every width, 64-bit ones as bigint', () => {
  for (const n of [0, 1, 127, 128, 255, 256, 65535, 65536, 2 ** 32 - 1, -1, -32, -33, -128, -129, -32768, -32769, -(2 ** 31)]) {
    expect(readMsgpack(encode(n))).toBe(n);
  }
  expect(readMsgpack(encode(2n ** 63n - 1n, { useBigInt64: true }))).toBe(2n ** 63n - 1n);
  expect(readMsgpack(encode(-(2n ** 63n), { useBigInt64: true }))).toBe(-(2n ** 63n));
  expect(readMsgpack(bytes('cf ffffffffffffffff'))).toBe(2n ** 64n - 1n);
});

test('floats, booleans, nil, strings of every length class and binary', () => {
  expect(readMsgpack(encode(0.1))).toBe(0.1);
  expect(readMsgpack(bytes('ca 3fc00000'))).toBe(1.5);
  expect(readMsgpack(encode(true))).toBe(true);
  expect(readMsgpack(encode(false))).toBe(false);
  expect(readMsgpack(encode(null))).toBeNull();
  for (const s of ['', 'é', 'a'.repeat(31), 'b'.repeat(32), 'c'.repeat(300), 'd'.repeat(70000)]) expect(readMsgpack(encode(s))).toBe(s);
  expect(readMsgpack(encode(new Uint8Array([1, 2, 3])))).toEqual(new Uint8Array([1, 2, 3]));
});

test('arrays and maps of every size class; maps keep their entries in order', () => {
  const long = Array.from({ length: 70000 }, (_, i) => i % 100);
  expect(readMsgpack(encode(long))).toEqual(long);
  const entries = Array.from({ length: 20 }, (_, i) => [`k${i}`, i] as const);
  const read = readMsgpack(encode(Object.fromEntries(entries))) as MsgpackMap;
  expect(read).toBeInstanceOf(MsgpackMap);
  expect(read.entries).toEqual(entries);
});

test('extensions of every size class keep their type and bytes', () => {
  for (const size of [1, 2, 4, 8, 16, 3, 300]) {
    const data = new Uint8Array(size).fill(7);
    const read = readMsgpack(encode(new ExtData(12, data))) as MsgpackExt;
    expect(read).toBeInstanceOf(MsgpackExt);
    expect(read.type).toBe(12);
    expect(read.data).toEqual(data);
  }
  expect((readMsgpack(bytes('d4 ff 00')) as MsgpackExt).type).toBe(-1);
});

test('malformed input is refused with a reason', () => {
  expect(() => readMsgpack(bytes('c1'))).toThrow(/unknown type byte 0xc1/);
  expect(() => readMsgpack(bytes('93 01 cd 00'))).toThrow(/unexpected end of data/);
  expect(() => readMsgpack(bytes('01 02'))).toThrow(/1 extra bytes/);
  expect(() => readMsgpack(bytes('dd ffffffff'))).toThrow(/cannot fit/);
  expect(() => readMsgpack(bytes('df ffffffff'))).toThrow(/cannot fit/);
  expect(() => readMsgpack(bytes('db ffffffff 41'))).toThrow(MsgpackFormatError);
});
