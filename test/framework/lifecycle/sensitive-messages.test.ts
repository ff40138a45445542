// No diagnostic the framework writes may show a sensitive value — short strings, numbers and values
// nested inside a printed object included (text redaction cannot catch those, so they must never be printed).
import { TfNumber } from '../../../src/framework/cty/number';
import { unknown } from '../../../src/framework/cty/unknown';
import { attr, definitions, lengthBetween, matches, oneOf } from '../../../src/framework';
import { renderAt } from '../../../src/framework/lifecycle/render-value';
import { path } from '../../../src/framework/path';
import { applyResourceChange } from '../../../src/framework/server/apply-resource-change';
import { validateResourceConfig } from '../../../src/framework/server/validate-config';
import { dynamic, inProcessServer, objectValue } from '../../support/in-process-provider';

const { resource } = definitions<unknown>();
const never = async () => {
  throw new Error('unused');
};

const schema = {
  attributes: {
    id: attr.string({ computed: true }),
    creds: attr.setNested({ name: attr.string({ required: true }), pin: attr.int64({ required: true, sensitive: true }), key: attr.string({ required: true, sensitive: true }) }, { optional: true }),
    login: attr.singleNested({ user: attr.string({ required: true }), pin: attr.int64({ required: true, sensitive: true }) }, { optional: true }),
    code: attr.string({ optional: true, sensitive: true, validators: [oneOf('aaa'), matches(/^[a-z]+$/, 'must be lower case'), lengthBetween(0, 2)] }),
    count_of: attr.int64({ optional: true, sensitive: true }),
  },
} as const;

test('a mismatch in a set of objects with sensitive fields shows neither field', async () => {
  const r = resource({
    typeName: 'test_s',
    description: '',
    schema,
    create: async ({ plan }) => ({ ...plan, id: 'i', creds: [{ name: 'n', pin: 9999, key: 'zzz' }] }),
    read: never,
    update: never,
    delete: never,
  });
  const server = await inProcessServer({ resources: [r] });
  const planned = objectValue(schema, { id: unknown, creds: [{ name: 'n', pin: TfNumber.from(4711), key: 'abc' }] });
  const res = await applyResourceChange(server, { typeName: 'test_s', priorState: dynamic(schema, null), plannedState: dynamic(schema, planned), config: dynamic(schema, planned), plannedPrivate: Buffer.alloc(0), providerMeta: undefined });
  const detail = res.diagnostics.map((d) => d.detail).join('\n');
  expect(detail).toMatch(/- creds: planned \[\{key = \(sensitive value\), name = "n", pin = \(sensitive value\)\}|- creds: planned \[\{name = "n", pin = \(sensitive value\), key = \(sensitive value\)\}/);
  for (const secret of ['4711', '9999', 'abc', 'zzz']) expect(detail).not.toContain(secret);
});

test('renderAt masks sensitive attributes at any depth and passes the rest', () => {
  const v = { user: 'u', pin: TfNumber.from(1234) };
  expect(renderAt(schema, path('login'), v as never)).toBe('{user = "u", pin = (sensitive value)}');
  expect(renderAt(schema, path('code'), 'abc')).toBe('(sensitive value)');
  expect(renderAt(schema, path('code'), null)).toBe('null');
});

test('validators and conversions never quote a sensitive value, however short', async () => {
  const r = resource({ typeName: 'test_v', description: '', schema, create: never, read: never, update: never, delete: never });
  const server = await inProcessServer({ resources: [r] });
  const v = objectValue(schema, { code: 'Ab"c\\d', count_of: TfNumber.parse('1.5') });
  const res = await validateResourceConfig(server, 'test_v', dynamic(schema, v), { deferralAllowed: false, writeOnlyAttributesAllowed: true });
  const text = res.diagnostics.map((d) => `${d.summary} ${d.detail}`).join('\n');
  expect(res.diagnostics.length).toBe(4);
  expect(text).toMatch(/The value must be one of "aaa"\./);
  expect(text).toMatch(/The value must be lower case\./);
  expect(text).toMatch(/count_of must be a whole number\./);
  for (const leaked of ['Ab', '1.5', 'got']) expect(text).not.toContain(leaked);
});
