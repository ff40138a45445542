import { encodeMsgpack } from '../../../src/framework/cty/msgpack-encode';
import { decodeMsgpack } from '../../../src/framework/cty/msgpack-decode';
import { TfNumber } from '../../../src/framework/cty/number';
import { Type } from '../../../src/framework/cty/type';
import type { Value } from '../../../src/framework/cty/value';
import { defineFunction, FunctionError, t } from '../../../src/framework';
import { callFunction } from '../../../src/framework/server/call-function';
import { getProviderSchema } from '../../../src/framework/server/get-provider-schema';
import { ProviderServer } from '../../../src/framework/server/provider-server';
import { createLogger } from '../../../src/framework/logging/logger';

const add = defineFunction({
  name: 'add',
  summary: 'Adds whole numbers.',
  parameters: [{ name: 'first', type: t.int64 }],
  variadic: { name: 'rest', type: t.int64 },
  returns: t.int64,
  run([first], rest: number[]) {
    if (rest.some((n) => n < 0)) throw new FunctionError('negative numbers are not allowed', 1 + rest.findIndex((n) => n < 0));
    return rest.reduce((a, b) => a + b, first);
  },
});
const passThrough = defineFunction({
  name: 'pass',
  summary: 'Returns its argument, known or not.',
  parameters: [{ name: 'value', type: t.string, allowUnknown: true, allowNull: true }],
  returns: t.string,
  run: ([value]) => value,
});
const boom = defineFunction({ name: 'boom', summary: '', parameters: [], returns: t.string, run: () => Promise.reject(new Error('kaput')) });

function server(): ProviderServer {
  return new ProviderServer(
    { name: 'test', version: '0', schema: { attributes: {} }, configure: () => ({}), resources: [], functions: [add, boom, passThrough] },
    createLogger({ module: 'test', level: 'off' }),
  );
}
const arg = (v: Value) => ({ msgpack: Buffer.from(encodeMsgpack(v, Type.number)), json: Buffer.alloc(0) });

describe('CallFunction', () => {
  test('fixed and variadic arguments reach the function typed; the result is encoded with the return type', async () => {
    const r = await callFunction(server(), { name: 'add', arguments: [arg(TfNumber.from(1)), arg(TfNumber.from(2)), arg(TfNumber.from(3))] });
    expect(r.error).toBeUndefined();
    expect(decodeMsgpack(r.result!.msgpack, Type.number)).toEqual(TfNumber.from(6));
  });

  test('a FunctionError blames the argument it names', async () => {
    const r = await callFunction(server(), { name: 'add', arguments: [arg(TfNumber.from(1)), arg(TfNumber.from(-2))] });
    expect(r.error).toEqual({ text: 'negative numbers are not allowed', functionArgument: 1 });
  });

  test('an argument that does not fit its parameter is blamed on that argument', async () => {
    const r = await callFunction(server(), { name: 'add', arguments: [arg(TfNumber.parse('1.5'))] });
    // Function arguments may be sensitive values (Terraform strips the marks), so the value is not quoted.
    expect(r.error).toEqual({ text: 'Invalid value for first: must be a whole number', functionArgument: 0 });
  });

  test('too few arguments, unknown names and unexpected failures are errors, not crashes', async () => {
    expect((await callFunction(server(), { name: 'add', arguments: [] })).error?.text).toBe('add takes 1 or more arguments, got 0.');
    expect((await callFunction(server(), { name: 'nope', arguments: [] })).error?.text).toBe('This provider defines no function named "nope".');
    expect((await callFunction(server(), { name: 'boom', arguments: [] })).error?.text).toBe('boom failed unexpectedly: kaput');
  });

  test('a function may return unknown or null', async () => {
    const { unknown } = require('../../../src/framework/cty/unknown') as typeof import('../../../src/framework/cty/unknown');
    const str = (v: Value) => ({ msgpack: Buffer.from(encodeMsgpack(v, Type.string)), json: Buffer.alloc(0) });
    const u = await callFunction(server(), { name: 'pass', arguments: [str(unknown)] });
    expect(u.error).toBeUndefined();
    expect(Buffer.from(u.result!.msgpack).toString('hex')).toBe('d40000');
    const n = await callFunction(server(), { name: 'pass', arguments: [str(null)] });
    expect(decodeMsgpack(n.result!.msgpack, Type.string)).toBeNull();
  });

  test('the schema advertises functions and the server capabilities follow the definitions', () => {
    const schema = getProviderSchema(server());
    expect(Object.keys(schema.functions)).toEqual(['add', 'boom', 'pass']);
    expect(schema.functions.add!.variadicParameter?.name).toBe('rest');
    expect(schema.serverCapabilities?.moveResourceState).toBe(false);
  });
});
