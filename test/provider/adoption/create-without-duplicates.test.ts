// A create whose answer is lost is looked up before it is sent again: adopted when found, sent again when
// not, and never repeated for failures the platform answered.
import { Diagnostics } from '../../../src/framework';
import { PlatformError, Redactor } from '../../../src/provider/common';
import { createWithoutDuplicates } from '../../../src/provider/adoption/create-without-duplicates';
import { configurationMarker, hasAnyMarker, hasKeyOf, hasMarker, markerOf, newCreationMarker, withMarker, withoutMarker } from '../../../src/provider/adoption/creation-marker';

const lost = () => new PlatformError({ platform: 'vms', operation: 'create API token', kind: 'transient', networkCode: 'ECONNRESET', platformMessage: 'socket hang up' }, new Redactor());
const answered = () => new PlatformError({ platform: 'vms', operation: 'create API token', kind: 'invalid', status: 400, platformMessage: 'bad name' }, new Redactor());
const refused = (status: 429 | 503, retryAfterMs?: number) =>
  new PlatformError({ platform: 'vms', operation: 'create API token', kind: 'transient', status, platformMessage: 'busy', ...(retryAfterMs === undefined ? {} : { retryAfterMs }) }, new Redactor());

test('a lost answer whose token is found is adopted with a warning, and the create is not sent again', async () => {
  let creates = 0;
  const diagnostics = new Diagnostics();
  const result = await createWithoutDuplicates({
    what: 'VMS API token',
    create: async () => {
      creates++;
      throw lost();
    },
    find: async () => 'found',
    diagnostics,
  });
  expect(result).toBe('found');
  expect(creates).toBe(1);
  expect(diagnostics.all).toEqual([expect.objectContaining({ severity: 'warning', summary: 'Adopted the VMS API token a Lost Request Created' })]);
});

test('a lost answer with nothing on the platform is sent again', async () => {
  let creates = 0;
  const result = await createWithoutDuplicates({
    what: 'x',
    create: async () => {
      if (++creates === 1) throw lost();
      return 'second';
    },
    find: async () => undefined,
    diagnostics: new Diagnostics(),
  });
  expect(result).toBe('second');
  expect(creates).toBe(2);
});

test('a gateway that lost the platform\'s answer (504) counts as a lost answer', async () => {
  const gatewayTimeout = new PlatformError({ platform: 'als', operation: 'create service auth token', kind: 'transient', status: 504 }, new Redactor());
  let finds = 0;
  const result = await createWithoutDuplicates({
    what: 'x',
    create: async () => {
      throw gatewayTimeout;
    },
    find: async () => (++finds === 1 ? 'found' : undefined),
    diagnostics: new Diagnostics(),
  });
  expect(result).toBe('found');
});

test('an answered failure is never repeated and never looked up', async () => {
  let finds = 0;
  await expect(
    createWithoutDuplicates({
      what: 'x',
      create: async () => {
        throw answered();
      },
      find: async () => {
        finds++;
        return undefined;
      },
      diagnostics: new Diagnostics(),
    }),
  ).rejects.toThrow(/HTTP 400/);
  expect(finds).toBe(0);
});

test.each([429, 503] as const)('a create the platform turned away (%i) is sent again after its Retry-After, and never looked up', async (status) => {
  let creates = 0;
  let finds = 0;
  const started = Date.now();
  const result = await createWithoutDuplicates({
    what: 'x',
    create: async () => {
      if (++creates < 3) throw refused(status, 200);
      return 'third';
    },
    find: async () => (finds++, 'never looked for'),
    diagnostics: new Diagnostics(),
  });
  expect([result, creates, finds]).toEqual(['third', 3, 0]);
  expect(Date.now() - started).toBeGreaterThanOrEqual(390);
});

test('refusals without Retry-After back off; after the last attempt the refusal is the answer', async () => {
  let creates = 0;
  await expect(
    createWithoutDuplicates({
      what: 'x',
      create: async () => {
        creates++;
        throw refused(503);
      },
      find: async () => undefined,
      diagnostics: new Diagnostics(),
      attempts: 3,
      baseDelayMs: 1,
    }),
  ).rejects.toThrow(/HTTP 503/);
  expect(creates).toBe(3);
});

test('markers: unique per call, appended once and removed exactly; the old form without a call part is still recognised', () => {
  const a = newCreationMarker();
  const b = newCreationMarker();
  expect(a.text).toMatch(/^\[tf-create:[0-9a-f]{16}-[0-9a-f]{8}\]$/);
  expect(a.text).not.toBe(b.text);
  expect(withMarker('deploy', a)).toBe(`deploy ${a.text}`);
  expect(withMarker('', a)).toBe(a.text);
  expect(withoutMarker(withMarker('deploy', a))).toBe('deploy');
  expect(withoutMarker('deploy [tf-create:nothex]')).toBe('deploy [tf-create:nothex]');
  expect(withoutMarker('deploy [tf-create:0123456789abcdef]')).toBe('deploy');
  expect(hasMarker(withMarker('x', a), a)).toBe(true);
  expect(hasMarker(withMarker('x', a), b)).toBe(false);
  expect(hasAnyMarker('x [tf-create:0123456789abcdef]')).toBe(true);
});

test('a configuration\'s marker has the same key in every run and another call part each time; other configurations another key', () => {
  const values = { scopes: ['read', 'session'], note: 'ci', expires_in: null };
  const first = configurationMarker('authtoken_openshift_authorization', values);
  const again = configurationMarker('authtoken_openshift_authorization', { expires_in: null, note: 'ci', scopes: ['read', 'session'] });
  expect(again.key).toBe(first.key);
  expect(again.call).not.toBe(first.call);
  expect(hasKeyOf(withMarker('ci', first), again)).toBe(true);
  expect(hasMarker(withMarker('ci', first), again)).toBe(false);
  expect(markerOf(withMarker('ci', first))).toEqual({ key: first.key, call: first.call });
  for (const other of [{ ...values, note: 'cd' }, { ...values, expires_in: 3600 }, { ...values, scopes: ['read'] }]) {
    expect(configurationMarker('authtoken_openshift_authorization', other).key).not.toBe(first.key);
  }
  expect(configurationMarker('authtoken_vms_api_token', values).key).not.toBe(first.key);
});

test('after the last attempt\'s lost answer the token is still looked for: adopted when found, else the failure stands', async () => {
  let creates = 0;
  let finds = 0;
  const failing = {
    what: 'x',
    create: async (): Promise<string> => {
      creates++;
      throw lost();
    },
    diagnostics: new Diagnostics(),
    attempts: 2,
  };
  await expect(createWithoutDuplicates({ ...failing, find: async () => (finds++, undefined) })).rejects.toThrow(/socket hang up/);
  expect([creates, finds]).toEqual([2, 2]);
  creates = 0;
  const adopted = await createWithoutDuplicates({ ...failing, find: async () => (++finds === 4 ? 'made by the last attempt' : undefined) });
  expect([adopted, creates]).toEqual(['made by the last attempt', 2]);
});

test('a refused connection never reached the platform: the failure stands, nothing is looked for', async () => {
  const refused = new PlatformError({ platform: 'vms', operation: 'create API token', kind: 'transient', networkCode: 'ECONNREFUSED' }, new Redactor());
  let finds = 0;
  await expect(
    createWithoutDuplicates({
      what: 'x',
      create: async () => {
        throw refused;
      },
      find: async () => (finds++, 'never looked for'),
      diagnostics: new Diagnostics(),
    }),
  ).rejects.toBe(refused);
  expect(finds).toBe(0);
});
