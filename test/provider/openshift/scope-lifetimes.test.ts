// What the provider knows of a scope's lifetimes before it creates a token: the default the broker
// advertises (in words) and the maximum of broker.conf as shipped, raised to the default where a broker
// advertises a longer one; for several scopes, the smallest.
import { readBrokerApi, type BrokerApi } from '../../../src/provider/openshift';
import { catalogName, scopeLifetime, scopeSetLifetime } from '../../../src/provider/openshift/scope-lifetimes';
import { apiLinks } from '../../../src/emulators/openshift/api-links';
import { parseAuthScopeTimeouts, SHIPPED_SCOPE_TIMEOUTS } from '../../../src/emulators/openshift/scope-timeouts';

const ID = 'a1b2c3d4e5f6a7b8c9d0e1f2';

/** The API description a broker with these timeouts answers, read as the client reads it. */
const apiOf = (timeouts = SHIPPED_SCOPE_TIMEOUTS): BrokerApi => readBrokerApi(apiLinks('https://broker.example', '1.7', timeouts), '1.7', [1.7]);

test('parameterized scopes are looked up by their catalog name', () => {
  expect(catalogName(`domain/${ID}/view`)).toBe('domain/:id/view');
  expect(catalogName(`application/${ID}/admin`)).toBe('application/:id/admin');
  expect(catalogName('session')).toBe('session');
});

test('as shipped: session 1 day by default and 7 days at most; the rest about a month and 6 months', () => {
  expect(scopeLifetime('session', apiOf())).toEqual({ defaultSeconds: 86_400, maximumSeconds: 604_800 });
  expect(scopeLifetime('read', apiOf())).toEqual({ defaultSeconds: 2_592_000, maximumSeconds: 15_552_000 });
  expect(scopeLifetime(`domain/${ID}/edit`, apiOf())).toEqual({ defaultSeconds: 2_592_000, maximumSeconds: 15_552_000 });
});

test('several scopes: the smallest default and the smallest maximum, naming the scope that limits', () => {
  expect(scopeSetLifetime(['read', 'session'], apiOf())).toEqual({ defaultSeconds: 86_400, maximumSeconds: 604_800, limitingScope: 'session' });
  expect(scopeSetLifetime(['userinfo', `application/${ID}/view`], apiOf())).toMatchObject({ maximumSeconds: 15_552_000 });
});

test('a broker advertising a longer default than the shipped maximum: the maximum is at least that default', () => {
  const api = apiOf(parseAuthScopeTimeouts('session=2.months|3.months, *=1.months|6.months'));
  expect(scopeLifetime('session', api)).toEqual({ defaultSeconds: 5_184_000, maximumSeconds: 5_184_000 });
});

test('without the API description, the shipped maximum and no default', () => {
  expect(scopeLifetime('session', undefined)).toEqual({ maximumSeconds: 604_800 });
  expect(scopeSetLifetime(['session', 'read'], undefined)).toEqual({ maximumSeconds: 604_800, limitingScope: 'session' });
});
