import { decodeJson } from '../../../src/framework/cty/json-decode';
import { TfNumber } from '../../../src/framework/cty/number';
import { Type } from '../../../src/framework/cty/type';
import { typeFromJsonString, typeToJsonString } from '../../../src/framework/cty/type-json';
import { DynamicValue } from '../../../src/framework/cty/value';

describe('JSON values (raw state)', () => {
  it('parses numbers without a double in between', () => {
    const v = decodeJson('{"n": 0.1, "big": 1152921504606846977}', Type.object({ n: Type.number, big: Type.number })) as Record<string, TfNumber>;
    expect(v.n!.toString()).toBe('0.1');
    expect(v.big!.toString()).toBe('1152921504606846977');
  });

  it('fills attributes added since the state was written with null and drops removed ones, when lenient', () => {
    const t = Type.object({ kept: Type.string, added: Type.string });
    expect(decodeJson('{"kept":"k","removed":"r"}', t, { lenientAttributes: true })).toEqual({ kept: 'k', added: null });
    expect(() => decodeJson('{"kept":"k","removed":"r"}', t)).toThrow(/unsupported attribute "removed"/);
  });

  it('reads dynamic values in their {value,type} form', () => {
    expect(decodeJson('{"value":["a"],"type":["list","string"]}', Type.dynamic)).toEqual(new DynamicValue(Type.list(Type.string), ['a']));
  });
});

describe('type JSON', () => {
  it.each([
    '"string"',
    '["map",["list","number"]]',
    '["object",{"a":"string","b":["set","bool"]}]',
    '["tuple",["string","dynamic"]]',
    '["object",{"a":"string","b":"number"},["b"]]',
  ])('round-trips %s', (json) => {
    expect(typeToJsonString(typeFromJsonString(json))).toBe(json);
  });

  it.each(['"strin"', '["list"]', '["object",[]]', '["object",{"a":"string"},["z"]]', 'nope'])('refuses %s', (json) => {
    expect(() => typeFromJsonString(json)).toThrow();
  });
});
