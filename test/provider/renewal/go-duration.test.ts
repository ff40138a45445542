import { formatDuration, parseGoDuration } from '../../../src/provider/renewal/go-duration';

test.each([
  ['72h', 72 * 3_600_000],
  ['30m', 1_800_000],
  ['1h30m', 5_400_000],
  ['1.5h', 5_400_000],
  ['90s', 90_000],
  ['500ms', 500],
  ['0', 0],
  ['-5m', -300_000],
  ['2h45m30.5s', 2 * 3_600_000 + 45 * 60_000 + 30_500],
])('%s is %d ms, as Go parses it', (text, ms) => {
  expect(parseGoDuration(text)).toEqual({ ok: true, ms });
});

test.each([['72'], ['3d'], ['h'], [''], ['1h 30m'], ['1H']])('%j is not a Go duration', (text) => {
  const parsed = parseGoDuration(text);
  expect(parsed.ok).toBe(false);
});

test('a number without a unit says the unit is missing', () => {
  expect(parseGoDuration('72')).toEqual({ ok: false, reason: expect.stringMatching(/lacks a unit/) });
});

test('durations read back in days, hours, minutes and seconds', () => {
  expect(formatDuration(0)).toBe('0s');
  expect(formatDuration(5_400_000)).toBe('1h30m');
  expect(formatDuration(3 * 86_400_000 + 61_000)).toBe('3d1m1s');
});
