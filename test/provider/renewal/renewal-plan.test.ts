// Renewal decisions at plan: replace within renew_before, warn below a tenth of the lifetime, and never
// act on unknowns or tokens that never expire.
import { Diagnostics, isUnknown, unknown } from '../../../src/framework';
import { checkRenewalWindow, planRenewal, type RenewalPlanRequest } from '../../../src/provider/renewal/renewal-plan';

const HOUR = 3_600_000;
const created = '2026-01-01T00:00:00Z';
const expires = '2026-01-11T00:00:00Z'; // 10 days of lifetime
const at = (iso: string) => new Date(iso);

function request(renewBefore: unknown, expiresAt: string | null = expires, action: RenewalPlanRequest['action'] = 'noop') {
  const replaced: string[] = [];
  const req = {
    action,
    prior: { expires_at: expiresAt },
    plan: { expires_at: expiresAt as unknown, renew_before: renewBefore },
    diagnostics: new Diagnostics(),
    requireReplace: (p: { toString(): string }) => replaced.push(p.toString()),
  };
  return { req, replaced };
}

test('a token expiring within renew_before is replaced, expires_at known after apply, with a warning saying why', () => {
  const { req, replaced } = request('72h');
  planRenewal(req, { createdAt: created, observedAt: at('2026-01-08T01:00:00Z'), describe: 'VMS API token "ci"' });
  expect(replaced).toEqual(['expires_at']);
  expect(isUnknown(req.plan.expires_at)).toBe(true);
  expect(req.diagnostics.all).toEqual([expect.objectContaining({ severity: 'warning', summary: 'Token Due for Renewal', detail: expect.stringMatching(/VMS API token "ci" expires at 2026-01-11T00:00:00Z \(in 2d23h by the platform's clock\), within renew_before = "72h"/) })]);
});

test('a token with more time left than renew_before is left alone', () => {
  const { req, replaced } = request('72h');
  planRenewal(req, { createdAt: created, observedAt: at('2026-01-07T23:00:00Z'), describe: 't' });
  expect(replaced).toEqual([]);
  expect(req.plan.expires_at).toBe(expires);
  expect(req.diagnostics.all).toEqual([]);
});

test('without renew_before, less than a tenth of the lifetime left is a warning naming the expiry, not a replacement', () => {
  const { req, replaced } = request(null);
  planRenewal(req, { createdAt: created, observedAt: new Date(Date.parse(expires) - 23 * HOUR), describe: 'OpenShift authorization "deploy"' });
  expect(replaced).toEqual([]);
  expect(req.diagnostics.all).toEqual([expect.objectContaining({ severity: 'warning', summary: 'Token Expires Soon', detail: expect.stringMatching(/expires at 2026-01-11T00:00:00Z \(in 23h/) })]);
  const later = request(null);
  planRenewal(later.req, { createdAt: created, observedAt: new Date(Date.parse(expires) - 25 * HOUR), describe: 't' });
  expect(later.req.diagnostics.all).toEqual([]);
});

test('unknown renew_before, tokens that never expire, and creates are not judged', () => {
  for (const { req, replaced } of [request(unknown), request('72h', null), request('72h', expires, 'create')]) {
    planRenewal(req, { createdAt: created, observedAt: at('2026-01-10T23:00:00Z'), describe: 't' });
    expect(replaced).toEqual([]);
    expect(req.diagnostics.all).toEqual([]);
  }
});

test('a renew_before as long as the lifetime is refused on the attribute', () => {
  const d = new Diagnostics();
  checkRenewalWindow('240h', 10 * 24 * HOUR, d);
  expect(d.all).toEqual([expect.objectContaining({ severity: 'error', summary: 'Renewal Window Too Long' })]);
  expect(d.all[0]!.path?.toString()).toBe('renew_before');
  const ok = new Diagnostics();
  checkRenewalWindow('72h', 10 * 24 * HOUR, ok);
  expect(ok.all).toEqual([]);
});
