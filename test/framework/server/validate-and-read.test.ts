// Validation, data sources and ephemeral resources.
import { TfNumber } from '../../../src/framework/cty/number';
import { unknown } from '../../../src/framework/cty/unknown';
import { attr, definitions, lengthBetween, oneOf } from '../../../src/framework';
import { pathFromProto } from '../../../src/framework/protocol/convert';
import { openEphemeralResource, closeEphemeralResource } from '../../../src/framework/server/ephemeral-resource';
import { readDataSource } from '../../../src/framework/server/read-data-source';
import { validateResourceConfig } from '../../../src/framework/server/validate-config';
import { dynamic, inProcessServer, objectValue, undynamic } from '../../support/in-process-provider';

const { resource, dataSource, ephemeralResource } = definitions<unknown>();
const never = async () => {
  throw new Error('unused');
};

const schema = {
  attributes: {
    note: attr.string({ optional: true, validators: [lengthBetween(0, 5)] }),
    mode: attr.string({ optional: true, validators: [oneOf('a', 'b')] }),
    count_of: attr.int64({ optional: true }),
    old: attr.string({ optional: true, deprecationMessage: 'Use note instead.' }),
    secret_wo: attr.string({ optional: true, writeOnly: true }),
  },
} as const;
const res = resource({ typeName: 'test_v', description: '', schema, create: never, read: never, update: never, delete: never });

async function validate(values: Record<string, unknown>, host: 'write-only allowed' | 'write-only refused' | 'no capabilities' = 'write-only allowed') {
  const server = await inProcessServer({ resources: [res] });
  const caps = host === 'no capabilities' ? undefined : { deferralAllowed: false, writeOnlyAttributesAllowed: host === 'write-only allowed' };
  const r = await validateResourceConfig(server, 'test_v', dynamic(schema, objectValue(schema, values as never)), caps);
  return r.diagnostics.map((d) => ({ summary: d.summary, detail: d.detail, path: pathFromProto(d.attribute).toString(), severity: d.severity }));
}

describe('ValidateResourceConfig', () => {
  test('validators report on the attribute, with the rule in words', async () => {
    const d = await validate({ note: 'too long here', mode: 'c' });
    expect(d.map((x) => [x.path, x.detail])).toEqual([
      ['note', 'The value must be between 0 and 5 characters long, got 13.'],
      ['mode', 'The value must be one of "a", "b", got "c".'],
    ]);
  });

  test('unknown values are not validated yet', async () => {
    expect(await validate({ note: unknown })).toEqual([]);
  });

  test('a fractional number for a whole-number attribute is an attribute error', async () => {
    const d = await validate({ count_of: TfNumber.parse('1.5') });
    expect(d).toEqual([expect.objectContaining({ summary: 'Invalid Attribute Value', path: 'count_of' })]);
    expect(d[0]!.detail).toMatch(/must be a whole number, got 1\.5/);
  });

  test('a deprecated attribute in use gets a warning with its message', async () => {
    expect(await validate({ old: 'x' })).toEqual([expect.objectContaining({ summary: 'Attribute Deprecated', detail: 'Use note instead.', path: 'old', severity: 2 })]);
  });

  test('write-only values are accepted only when the host announces it can handle them', async () => {
    const refused = [expect.objectContaining({ summary: 'Write-only Attribute Not Allowed', path: 'secret_wo' })];
    expect(await validate({ secret_wo: 'x' }, 'write-only allowed')).toEqual([]);
    expect(await validate({ secret_wo: 'x' }, 'write-only refused')).toEqual(refused);
    expect(await validate({ secret_wo: 'x' }, 'no capabilities')).toEqual(refused); // an older host
    expect(await validate({ secret_wo: null }, 'no capabilities')).toEqual([]);
  });
});

describe('ReadDataSource', () => {
  test('a result that changes a configured value is a precise provider bug', async () => {
    const ds = dataSource({ typeName: 'test_d', description: '', schema: { attributes: { filter: attr.string({ optional: true }), n: attr.int64({ computed: true }) } }, read: async () => ({ filter: 'other', n: 1 }) });
    const server = await inProcessServer({ dataSources: [ds] });
    const s = ds.schema;
    const r = await readDataSource(server, { typeName: 'test_d', config: dynamic(s, objectValue(s, { filter: 'mine' })), providerMeta: undefined, clientCapabilities: undefined });
    expect(r.diagnostics[0]!.summary).toBe('Provider Changed Configured Values');
    expect(r.diagnostics[0]!.detail).toMatch(/- filter: planned "other", which matches neither the configuration \("mine"\)/);
  });
});

describe('ephemeral resources', () => {
  const eSchema = { attributes: { purpose: attr.string({ required: true }), value: attr.string({ computed: true, sensitive: true }) } } as const;
  test('open returns the result and private state; close receives it', async () => {
    const closed: unknown[] = [];
    const e = ephemeralResource<typeof eSchema, { id: string }>({
      typeName: 'test_e',
      description: '',
      schema: eSchema,
      open: async ({ config }) => ({ result: { purpose: config.purpose, value: 'ephemeral-secret' }, private: { id: 'e-1' }, renewAt: new Date(Date.now() + 60_000) }),
      close: async ({ private: p }) => void closed.push(p),
    });
    const server = await inProcessServer({ ephemeralResources: [e] });
    const opened = await openEphemeralResource(server, { typeName: 'test_e', config: dynamic(eSchema, objectValue(eSchema, { purpose: 'ci' })), clientCapabilities: undefined });
    expect(opened.diagnostics).toEqual([]);
    expect(undynamic(eSchema, opened.result)).toEqual({ purpose: 'ci', value: 'ephemeral-secret' });
    expect(opened.renewAt).toBeInstanceOf(Date);
    const c = await closeEphemeralResource(server, { typeName: 'test_e', private: opened.private });
    expect(c.diagnostics).toEqual([]);
    expect(closed).toEqual([{ id: 'e-1' }]);
  });
});

describe('diagnostic paths', () => {
  const setSchema = { attributes: { rules: attr.setNested({ name: attr.string({ required: true, validators: [oneOf('x')] }) }, { optional: true }), items: attr.listNested({ name: attr.string({ required: true, validators: [oneOf('x')] }) }, { optional: true }) } } as const;
  const r = resource({ typeName: 'test_p', description: '', schema: setSchema, create: never, read: never, update: never, delete: never });

  test('point into list elements by index, and stop at a set (Terraform addresses set elements by value)', async () => {
    const server = await inProcessServer({ resources: [r] });
    const v = objectValue(setSchema, { rules: [{ name: 'bad' }], items: [{ name: 'x' }, { name: 'bad' }] });
    const d = await validateResourceConfig(server, 'test_p', dynamic(setSchema, v), undefined);
    expect(d.diagnostics.map((x) => pathFromProto(x.attribute).toString()).sort()).toEqual(['items[1].name', 'rules.name']);
  });
});
