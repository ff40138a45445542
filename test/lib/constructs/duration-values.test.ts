// renew_before takes a Go duration; days become hours since Go has no day unit.
import { Duration } from 'terraform-provider-authtoken';

test('days and hours become Go durations', () => {
  expect(Duration.days(30).text).toBe('720h');
  expect(Duration.hours(72).text).toBe('72h');
  expect(Duration.of('1h30m').problem).toBeUndefined();
});

test('non-positive or non-Go durations are refused', () => {
  expect(Duration.days(0).problem).toMatch(/Duration\.days\(0\)/);
  expect(Duration.of('3d').problem).toMatch(/not a positive Go duration/);
  expect(Duration.of('0h').problem).toMatch(/not a positive Go duration/);
});
