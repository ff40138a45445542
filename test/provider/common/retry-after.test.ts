// Reading Retry-After and computing backoff.
import { DEFAULT_RETRY_OPTIONS, backoffDelay, isIdempotentMethod, parseRetryAfter } from '../../../src/provider/common';

describe('parseRetryAfter', () => {
  const now = Date.parse('Sun, 06 Nov 1994 08:49:30 GMT');

  test.each([
    ['0', 0],
    ['1', 1_000],
    [' 120 ', 120_000],
    ['Sun, 06 Nov 1994 08:49:37 GMT', 7_000],
    ['Sun, 06 Nov 1994 08:49:00 GMT', 0], // in the past: retry now
  ])('%j waits %i ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  test.each([undefined, '', '-1', '1.5', 'soon', '2024-01-01T00:00:00Z'])('%j is not a Retry-After', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  const options = { ...DEFAULT_RETRY_OPTIONS, baseDelayMs: 100, maxDelayMs: 1_000 };

  test('doubles per retry up to the cap, at full jitter', () => {
    const full = { ...options, random: () => 1 };
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, full))).toEqual([100, 200, 400, 800, 1_000, 1_000]);
  });

  test('never drops below half the delay', () => {
    const none = { ...options, random: () => 0 };
    expect([1, 2, 3].map((n) => backoffDelay(n, none))).toEqual([50, 100, 200]);
  });
});

test('idempotent methods are GET, HEAD, OPTIONS, PUT and DELETE; POST and PATCH are not', () => {
  expect(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'POST', 'PATCH'].map(isIdempotentMethod)).toEqual([true, true, true, true, true, false, false]);
});
