// Typed OpenShift scopes come out as the broker reads them; a malformed object id or level is held as a
// problem for synth to report.
import { Scope, type ScopeLevel } from 'terraform-provider-authtoken';

const ID = '5f0c9a3e2b1d4c6e8a7b9c0d';

test('each scope is written as the broker reads it', () => {
  expect([Scope.session(), Scope.read(), Scope.userinfo(), Scope.domain(ID, 'view'), Scope.application(ID, 'admin')].map(String)).toEqual([
    'session',
    'read',
    'userinfo',
    `domain/${ID}/view`,
    `application/${ID}/admin`,
  ]);
  expect(Scope.domain(ID, 'edit').problem).toBeUndefined();
});

test('a domain id that is not an object id is refused, naming the call', () => {
  expect(Scope.domain('my-domain', 'edit').problem).toMatch(/Scope\.domain\("my-domain", "edit"\): a domain id is 24 lower-case hex digits/);
  expect(Scope.application(ID.toUpperCase(), 'view').problem).toMatch(/application id is 24 lower-case hex digits/);
});

test('a level outside view, edit and admin is refused (for callers without the types)', () => {
  expect(Scope.domain(ID, 'owner' as ScopeLevel).problem).toMatch(/level is one of view, edit, admin/);
});
