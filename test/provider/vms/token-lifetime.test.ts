// A token's lifetime spelled back in the expiry grammar: the spelling in state is kept while the length
// is the same; otherwise (import, a change made outside Terraform) the largest whole unit is used.
import { expiryForSeconds, expiryOfToken, lifetimeSeconds, sameDuration } from '../../../src/provider/vms/token-lifetime';
import { sameDurationIsNoChange } from '../../../src/provider/vms/expiry-attribute';
import { path } from '../../../src/framework';

const DAY = 86_400;
const created = '2026-01-01T00:00:00Z';
const after = (seconds: number) => new Date(Date.parse(created) + seconds * 1000).toISOString().replace('.000Z', 'Z');

test.each([
  [365 * DAY, '1Y'],
  [730 * DAY, '2Y'],
  [30 * DAY, '1M'],
  [180 * DAY, '6M'],
  [14 * DAY, '2W'],
  [DAY, '1D'],
  [10 * DAY, '10D'],
  [3600, '1H'],
  [90 * 60, '90m'],
  [61, '61S'],
])('%d seconds read as %s', (seconds, text) => {
  expect(expiryForSeconds(seconds)).toBe(text);
});

test('lengths, not spellings, are compared', () => {
  expect(sameDuration('30D', '1M')).toBe(true);
  expect(sameDuration('720h', '30d')).toBe(true);
  expect(sameDuration('1m', '1M')).toBe(false);
  expect(sameDuration('180X', '180X')).toBe(false);
});

test('a read keeps the spelling in state while it describes the lifetime, else spells the lifetime', () => {
  const token = { created, expiry_date: after(30 * DAY) };
  expect(lifetimeSeconds(token)).toBe(30 * DAY);
  expect(expiryOfToken(token, '30D')).toBe('30D');
  expect(expiryOfToken(token, '720h')).toBe('720h');
  expect(expiryOfToken(token, '7D')).toBe('1M');
  expect(expiryOfToken(token, null)).toBe('1M');
  expect(expiryOfToken({ created, expiry_date: null }, '30D')).toBeNull();
});

test('the same length written another way plans the value in state; anything else is left alone', () => {
  const modify = (config: string | null, prior: string | null) =>
    sameDurationIsNoChange.modify({ path: path('expiry'), config, prior, planned: config, resourceExists: prior !== null });
  expect(modify('720h', '30D')).toEqual({ planned: '30D' });
  expect(modify('31D', '30D')).toBeUndefined();
  expect(modify('30D', null)).toBeUndefined();
  expect(modify(null, '30D')).toBeUndefined();
});
