// The local scope grammar (for plan-time validation without an API call) and the expiry rule, checked
// on their own and against the broker emulator: what the validator accepts, the broker accepts and
// stores the same way; what it refuses, the broker refuses with the same message.
import { randomHex } from '../../../src/emulators/random';
import { PlatformError } from '../../../src/provider/common';
import {
  ADVERTISED_SCOPES,
  approximateSeconds,
  checkScope,
  effectiveExpiresIn,
  invalidScopesMessage,
  normalizeScope,
  parseScopes,
  toSentence,
  type OpenShiftBrokerClient,
} from '../../../src/provider/openshift';
import { brokerClient, startBroker, type Broker } from './broker-fixture';

const ID = 'a1b2c3d4e5f6a7b8c9d0e1f2';

describe('OpenShift scopes, locally', () => {
  test.each([
    ['session', 'session'],
    ['Session, READ', 'session read'],
    ['read\tsession\nread,,session', 'read session'],
    [['userinfo', 'READ', 'userinfo'], 'userinfo read'],
    [`domain/${ID.toUpperCase()}/admin`, `domain/${ID}/admin`],
    [`application/${ID}/view application/${ID}/edit`, `application/${ID}/view application/${ID}/edit`],
    ['', ''],
  ])('%j is accepted and stored as %j', (spec, stored) => {
    expect(parseScopes(spec)).toEqual({ ok: true, scopes: stored, list: stored === '' ? [] : stored.split(' ') });
  });

  test.each([
    ['bogus', ['bogus']],
    ['session admin', ['admin']],
    ['domain/mydomain/view', ['domain/mydomain/view']],
    [`domain/${ID}/builder`, [`domain/${ID}/builder`]],
    [`domain/${ID}/scale`, [`domain/${ID}/scale`]],
    [`domain/${ID}x/view`, [`domain/${ID}x/view`]],
    ['domain//view', ['domain//view']],
    [`application/${ID}/view/extra`, [`application/${ID}/view/extra`]],
  ])('%j is refused with the broker\'s 422 (rejected: %j)', (spec, rejected) => {
    expect(parseScopes(spec)).toEqual({ ok: false, problem: { message: invalidScopesMessage(), exit_code: 1, field: 'scopes', rejected } });
  });

  test('hidden scopes: accepted as the broker accepts them, refused when asked for advertised ones only', () => {
    for (const hidden of ['sso', 'oauthaccesstoken', `application/${ID}/scale`, `application/${ID}/report_deployments`]) {
      expect(parseScopes(hidden).ok).toBe(true);
      expect(parseScopes(hidden, { advertisedOnly: true }).ok).toBe(false);
    }
  });

  test('one element of a scope set: exactly one accepted scope', () => {
    expect(checkScope('session')).toBeUndefined();
    expect(checkScope('READ')).toBeUndefined();
    expect(checkScope(`domain/${ID}/view`)).toBeUndefined();
    expect(checkScope('session read')).toBe('"session read" holds 2 scopes; give one scope per element.');
    expect(checkScope(' , ')).toBe('A scope cannot be empty.');
    expect(checkScope('domain/x/view')).toBe(invalidScopesMessage());
    expect(checkScope('sso', { advertisedOnly: true })).toBe(invalidScopesMessage());
    expect(normalizeScope('Domain/ABC/View')).toBe('domain/abc/view');
  });

  test('the message lists the advertised scopes as Rails\' to_sentence', () => {
    expect(toSentence(['a'])).toBe('a');
    expect(toSentence(['a', 'b'])).toBe('a and b');
    expect(toSentence(['a', 'b', 'c'])).toBe('a, b, and c');
    expect(invalidScopesMessage(['session', 'read'])).toBe('One or more of the scopes you provided are not allowed. Valid scopes are session and read.');
    expect(invalidScopesMessage()).toContain(`Valid scopes are ${ADVERTISED_SCOPES.slice(0, -1).join(', ')}, and application/:id/admin.`);
  });

  test.each([
    [undefined, 100],
    [0, 0],
    [500, 500],
    [1000, 1000],
    [1001, 100],
    [-1, 100],
    [12.9, 12],
  ])('expires_in %j with default 100 and maximum 1000 gives %i', (requested, seconds) => {
    expect(effectiveExpiresIn(requested, { defaultSeconds: 100, maximumSeconds: 1000 })).toBe(seconds);
  });

  test.each([
    ['less than a minute', 30],
    ['1 minute', 60],
    ['10 minutes', 600],
    ['about 1 hour', 3600],
    ['about 2 hours', 7200],
    ['1 day', 86_400],
    ['7 days', 604_800],
    ['about 1 month', 2_592_000],
    ['6 months', 15_552_000],
    ['about 1 year', 31_557_600],
    ['eventually', undefined],
  ])('"%s" reads as %j seconds', (words, seconds) => {
    expect(approximateSeconds(words)).toBe(seconds);
  });
});

describe('OpenShift scopes, against the broker', () => {
  let broker: Broker;
  let client: OpenShiftBrokerClient;
  beforeAll(async () => {
    broker = await startBroker();
    client = brokerClient(broker);
  });
  afterAll(async () => {
    client.close();
    await broker.stop();
  });

  const id = randomHex(24);
  test.each([
    'session',
    'READ,userinfo  read',
    `domain/${id}/view, application/${id.toUpperCase()}/admin`,
    `application/${id}/scale sso`,
    'session bogus',
    `domain/${id}/builder`,
    `application/${id.slice(1)}/view`,
    'domain/abc/edit',
    `application/${id}/owner`,
  ])('the validator and the broker agree on %j', async (spec) => {
    const local = parseScopes(spec);
    const remote = await client.addAuthorization({ scopes: spec }).then(
      (added) => ({ ok: true as const, scopes: added.authorization.scopes }),
      (error: unknown) => {
        if (!(error instanceof PlatformError)) throw error;
        return { ok: false as const, error };
      },
    );
    expect(remote.ok).toBe(local.ok);
    if (local.ok && remote.ok) expect(remote.scopes).toBe(local.scopes);
    if (!local.ok && !remote.ok) expect(remote.error).toMatchObject({ status: 422, platformMessage: local.problem.message, platformCode: local.problem.exit_code, field: local.problem.field });
  });

  test.each([
    ['session', undefined],
    ['session', 604_800],
    ['session', 604_801],
    ['read', 15_552_000],
    ['read', 15_552_001],
    ['session read', 1_000_000],
    ['userinfo', 0],
  ])('the expiry rule agrees with the broker for %j and expires_in %j', async (scopes, expiresIn) => {
    const api = await client.api();
    const limits = scopes.split(' ').map((name) => ({
      defaultSeconds: api.scopes.find((s) => s.name === name)!.default_validity_seconds!,
      // The API publishes no maximum: these are the shipped broker.conf values.
      maximumSeconds: name === 'session' ? 604_800 : 15_552_000,
    }));
    const combined = { defaultSeconds: Math.min(...limits.map((l) => l.defaultSeconds)), maximumSeconds: Math.min(...limits.map((l) => l.maximumSeconds)) };
    const added = await client.addAuthorization({ scopes, ...(expiresIn === undefined ? {} : { expires_in: expiresIn }) });
    expect(added.authorization.expires_in).toBe(effectiveExpiresIn(expiresIn, combined));
  });
});
