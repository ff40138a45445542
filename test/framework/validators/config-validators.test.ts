// Rules across attributes, through ValidateResourceConfig as Terraform calls it.
import { TfNumber } from '../../../src/framework/cty/number';
import { unknown } from '../../../src/framework/cty/unknown';
import { attr, definitions, exactlyOneOf, requiredTogether } from '../../../src/framework';
import { pathFromProto } from '../../../src/framework/protocol/convert';
import { validateResourceConfig } from '../../../src/framework/server/validate-config';
import { dynamic, inProcessServer, objectValue } from '../../support/in-process-provider';

const { resource } = definitions<unknown>();
const never = async () => {
  throw new Error('unused');
};

const schema = {
  attributes: {
    secret: attr.string({ optional: true, sensitive: true }),
    secret_wo: attr.string({ optional: true, writeOnly: true }),
    secret_wo_version: attr.int64({ optional: true }),
  },
} as const;
const res = resource({
  typeName: 'test_cv',
  description: '',
  schema,
  configValidators: [exactlyOneOf('secret', 'secret_wo'), requiredTogether('secret_wo', 'secret_wo_version')],
  create: never,
  read: never,
  update: never,
  delete: never,
});

async function validate(values: Record<string, unknown>) {
  const server = await inProcessServer({ resources: [res] });
  const r = await validateResourceConfig(server, 'test_cv', dynamic(schema, objectValue(schema, values as never)), { deferralAllowed: false, writeOnlyAttributesAllowed: true });
  return r.diagnostics.map((d) => ({ summary: d.summary, detail: d.detail, path: pathFromProto(d.attribute).toString() }));
}

describe('config validators', () => {
  test('one of the alternatives, with what it needs, passes', async () => {
    expect(await validate({ secret: 's' })).toEqual([]);
    expect(await validate({ secret_wo: 's', secret_wo_version: TfNumber.parse('1') })).toEqual([]);
  });

  test('both alternatives: an error on the second, naming both', async () => {
    expect(await validate({ secret: 's', secret_wo: 's', secret_wo_version: TfNumber.parse('1') })).toEqual([
      { summary: 'Invalid Attribute Combination', detail: 'secret_wo cannot be set together with secret: exactly one of secret and secret_wo must be set.', path: 'secret_wo' },
    ]);
  });

  test('neither alternative: one error naming both', async () => {
    expect(await validate({})).toEqual([{ summary: 'Missing Attribute Configuration', detail: 'Exactly one of secret and secret_wo must be set; none is.', path: '' }]);
  });

  test('one of a required pair: an error on the missing one', async () => {
    expect(await validate({ secret_wo: 's' })).toEqual([
      { summary: 'Missing Attribute Configuration', detail: 'secret_wo_version must be set when secret_wo is set: secret_wo and secret_wo_version must be set together.', path: 'secret_wo_version' },
    ]);
    expect(await validate({ secret: 's', secret_wo_version: TfNumber.parse('2') })).toEqual([
      expect.objectContaining({ summary: 'Missing Attribute Configuration', path: 'secret_wo' }),
    ]);
  });

  test('an unknown value defers the rule to plan, when it is known', async () => {
    expect(await validate({ secret: unknown, secret_wo: 's', secret_wo_version: TfNumber.parse('1') })).toEqual([]);
    expect(await validate({ secret_wo: unknown })).toEqual([]);
  });

  test('a rule naming an attribute the schema lacks is a definition bug, reported as such', async () => {
    const bad = resource({ typeName: 'test_bad', description: '', schema, configValidators: [exactlyOneOf('secret', 'typo')], create: never, read: never, update: never, delete: never });
    const server = await inProcessServer({ resources: [bad] });
    const r = await validateResourceConfig(server, 'test_bad', dynamic(schema, objectValue(schema, { secret: 's' })), undefined);
    expect(r.diagnostics.map((d) => d.detail).join('\n')).toMatch(/"typo", which is not an attribute of this schema/);
  });
});
