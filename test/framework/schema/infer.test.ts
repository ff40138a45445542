// Compile-time proofs: `tsc` (run by `npm test`) fails if the derived types drift. The runtime
// assertions only keep jest honest about the file having run.
import type { TfNumber } from '../../../src/framework/cty/number';
import type { Unknown } from '../../../src/framework/cty/unknown';
import { attr } from '../../../src/framework/schema/attributes';
import { block } from '../../../src/framework/schema/blocks';
import type { AppliedConfig, Config, Plan, State } from '../../../src/framework/schema/infer';
import { t } from '../../../src/framework/schema/value-types';

type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T {
  return true as T;
}

const schema = {
  attributes: {
    label: attr.string({ required: true }),
    note: attr.string({ optional: true }),
    id: attr.string({ computed: true }),
    provider_name: attr.string({ optional: true, computed: true, default: 'core' }),
    secret: attr.string({ optional: true, writeOnly: true }),
    count_of: attr.int64({ optional: true }),
    exact: attr.number({ optional: true }),
    scopes: attr.set(t.string, { required: true }),
    labels: attr.map(t.string, { optional: true }),
    endpoints: attr.listNested({ host: attr.string({ required: true }), port: attr.int64({ optional: true, computed: true }) }, { optional: true }),
    creds: attr.singleNested({ user: attr.string({ required: true }), pass_wo: attr.string({ optional: true, writeOnly: true }) }, { optional: true }),
  },
  blocks: {
    als: block.single({ attributes: { username: attr.string({ optional: true }) } }),
    rule: block.list({ attributes: { name: attr.string({ required: true }) } }),
  },
};

type S = State<typeof schema>;
type P = Plan<typeof schema>;
type C = Config<typeof schema>;

describe('types derived from a schema', () => {
  it('makes required attributes non-null and optional ones nullable in state', () => {
    expect(assertType<Equal<S['label'], string>>()).toBe(true);
    expect(assertType<Equal<S['note'], string | null>>()).toBe(true);
    expect(assertType<Equal<S['count_of'], number | null>>()).toBe(true);
    expect(assertType<Equal<S['exact'], TfNumber | null>>()).toBe(true);
    expect(assertType<Equal<S['scopes'], string[]>>()).toBe(true);
    expect(assertType<Equal<S['labels'], Record<string, string> | null>>()).toBe(true);
  });

  it('never stores write-only attributes but shows them in config', () => {
    expect(assertType<Equal<S['secret'], null>>()).toBe(true);
    expect(assertType<Equal<P['secret'], null>>()).toBe(true);
    expect(assertType<Equal<C['secret'], string | Unknown | null>>()).toBe(true);
  });

  it('lets computed attributes be unknown in a plan but not in state', () => {
    expect(assertType<Equal<P['id'], string | Unknown | null>>()).toBe(true);
    expect(assertType<Equal<S['id'], string | null>>()).toBe(true);
    expect(assertType<Equal<P['label'], string>>()).toBe(true);
  });

  it('knows an optional+computed attribute with a default in a plan (the configured value or the default)', () => {
    expect(assertType<Equal<P['provider_name'], string>>()).toBe(true);
    expect(assertType<Equal<S['provider_name'], string | null>>()).toBe(true);
  });

  it('types nested attributes and blocks', () => {
    expect(assertType<Equal<S['endpoints'], { host: string; port: number | null }[] | null>>()).toBe(true);
    expect(assertType<Equal<S['als'], { username: string | null } | null>>()).toBe(true);
    expect(assertType<Equal<S['rule'], { name: string }[]>>()).toBe(true);
  });

  it('types a nested object per mode: computed inner attributes may be unknown in a plan, write-only ones appear in config', () => {
    expect(assertType<Equal<P['endpoints'], { host: string; port: number | Unknown | null }[] | null>>()).toBe(true);
    expect(assertType<Equal<S['creds'], { user: string; pass_wo: null } | null>>()).toBe(true);
    expect(assertType<Equal<AppliedConfig<typeof schema>['creds'], { user: string; pass_wo: string | null } | null>>()).toBe(true);
  });

  it('lets anything in config be unknown', () => {
    expect(assertType<Equal<C['label'], string | Unknown>>()).toBe(true);
    expect(assertType<Equal<C['scopes'], Unknown | (string | Unknown)[]>>()).toBe(true);
  });
});
