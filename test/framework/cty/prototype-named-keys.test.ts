// Keys that name Object.prototype's members are ordinary data in every codec and in what handlers see:
// decoded as own keys of null-prototype objects, encoded back byte for byte, and never able to reach a
// prototype — Object.prototype least of all.
import { decodeJson } from '../../../src/framework/cty/json-decode';
import { decodeMsgpack } from '../../../src/framework/cty/msgpack-decode';
import { encodeMsgpack } from '../../../src/framework/cty/msgpack-encode';
import { Type } from '../../../src/framework/cty/type';
import { typeFromJsonString, typeToJsonString } from '../../../src/framework/cty/type-json';
import { DynamicValue, type ValueObject } from '../../../src/framework/cty/value';
import { AttributePath } from '../../../src/framework/path';
import { t } from '../../../src/framework/schema/value-types';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const str = (s: string) => Buffer.concat([Buffer.from([0xa0 | s.length]), Buffer.from(s)]);
/** A msgpack map written by hand, so the test does not depend on any library's view of "__proto__". */
const map = (...entries: [string, Buffer][]) => Buffer.concat([Buffer.from([0x80 | entries.length]), ...entries.flatMap(([k, v]) => [str(k), v])]);

const pristine = () => {
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
};

afterEach(pristine);

test('a map keyed "__proto__" and "constructor" decodes to own keys of a null-prototype object', () => {
  const bytes = map(['__proto__', str('x')], ['constructor', str('y')]);
  const v = decodeMsgpack(bytes, Type.map(Type.string)) as ValueObject;
  expect(Object.getPrototypeOf(v)).toBeNull();
  expect(Object.keys(v)).toEqual(['__proto__', 'constructor']);
  expect(v['__proto__']).toBe('x');
  expect(v['constructor']).toBe('y');
  expect(hex(encodeMsgpack(v, Type.map(Type.string)))).toBe(hex(bytes));
});

test('a nested "__proto__" map is data: it pollutes nothing and sets no prototype', () => {
  const bytes = map(['__proto__', map(['polluted', str('yes')])]);
  const v = decodeMsgpack(bytes, Type.map(Type.map(Type.string))) as Record<string, ValueObject>;
  const inner = v['__proto__']!;
  expect(Object.getPrototypeOf(inner)).toBeNull();
  expect(inner.polluted).toBe('yes');
  expect((v as Record<string, unknown>).polluted).toBeUndefined();
  expect(hex(encodeMsgpack(v, Type.map(Type.map(Type.string))))).toBe(hex(bytes));
});

test('missing keys are missing: a map without "constructor" does not find Object', () => {
  const v = decodeMsgpack(map(['a', str('1')]), Type.map(Type.string)) as ValueObject;
  expect(v['constructor']).toBeUndefined();
  expect(v['toString']).toBeUndefined();
});

test('an object attribute named after a prototype member that the type lacks is refused', () => {
  const bytes = map(['a', str('x')], ['constructor', str('y')]);
  expect(() => decodeMsgpack(bytes, Type.object({ a: Type.string }))).toThrow(/unsupported attribute "constructor"/);
});

test('a dynamic object with an attribute "__proto__" keeps it in its type and value, and encodes back unchanged', () => {
  const typeJson = '["object",{"__proto__":"string","valueOf":"string"}]';
  const bytes = Buffer.concat([Buffer.from([0x92, 0xc4, typeJson.length]), Buffer.from(typeJson), map(['__proto__', str('o')], ['valueOf', str('v')])]);
  const v = decodeMsgpack(bytes, Type.dynamic) as DynamicValue;
  expect(v.type.kind === 'object' && Object.keys(v.type.attributes)).toEqual(['__proto__', 'valueOf']);
  expect(typeToJsonString(v.type)).toBe(typeJson);
  expect((v.value as ValueObject)['__proto__']).toBe('o');
  expect(hex(encodeMsgpack(v, Type.dynamic))).toBe(hex(bytes));
});

test('type JSON with an attribute "__proto__" reads and writes it as an attribute', () => {
  const type = typeFromJsonString('["object",{"__proto__":["map","string"]}]');
  expect(type.kind === 'object' && Object.getPrototypeOf(type.attributes)).toBeNull();
  expect(typeToJsonString(type)).toBe('["object",{"__proto__":["map","string"]}]');
});

test('JSON (raw state) decodes "__proto__" keys to own keys of null-prototype objects', () => {
  const v = decodeJson('{"tags":{"__proto__":{"polluted":"yes"},"constructor":{}}}', Type.object({ tags: Type.map(Type.map(Type.string)) }));
  const tags = (v as Record<string, Record<string, ValueObject>>).tags!;
  expect(Object.getPrototypeOf(tags)).toBeNull();
  expect(Object.keys(tags)).toEqual(['__proto__', 'constructor']);
  expect(Object.getPrototypeOf(tags['__proto__'])).toBeNull();
  expect(tags['__proto__']!.polluted).toBe('yes');
});

test('raw state lacking an attribute named "constructor" reads it as null, not as Object', () => {
  const v = decodeJson('{"a":"x"}', Type.object({ a: Type.string, constructor: Type.string }), { lenientAttributes: true }) as ValueObject;
  expect(v['constructor']).toBeNull();
});

test('handlers see maps as null-prototype objects with own keys, and may return plain ones holding "__proto__"', () => {
  const type = t.map(t.string);
  const decoded = decodeMsgpack(map(['__proto__', str('x')]), type.cty);
  const seen = type.toHandler(decoded, AttributePath.ROOT);
  expect(Object.getPrototypeOf(seen)).toBeNull();
  expect(Object.keys(seen)).toEqual(['__proto__']);
  const returned = type.fromHandler(JSON.parse('{"__proto__":"x","constructor":"y"}'), AttributePath.ROOT) as ValueObject;
  expect(Object.getPrototypeOf(returned)).toBeNull();
  expect(Object.keys(returned)).toEqual(['__proto__', 'constructor']);
  // a handler spreading what it was given keeps the key as data too
  expect(Object.keys(type.fromHandler({ ...seen }, AttributePath.ROOT) as ValueObject)).toEqual(['__proto__']);
});
