// Expiry speaks the VMS grammar: whole units above zero, one letter each; bad input is held, not thrown,
// so synth can report it with the construct's path.
import { Expiry } from 'terraform-provider-authtoken';

test.each([
  [Expiry.days(180), '180D'],
  [Expiry.years(1), '1Y'],
  [Expiry.months(24), '24M'],
  [Expiry.weeks(2), '2W'],
  [Expiry.hours(12), '12H'],
  [Expiry.minutes(5), '5m'],
  [Expiry.seconds(30), '30S'],
  [Expiry.of('90d'), '90d'],
])('%s is written as the VMS expects', (expiry, text) => {
  expect(expiry.text).toBe(text);
  expect(`${expiry}`).toBe(text);
  expect(expiry.problem).toBeUndefined();
});

test.each([
  [Expiry.days(0), /Expiry\.days\(0\).*whole days above zero/],
  [Expiry.days(1.5), /Expiry\.days\(1\.5\)/],
  [Expiry.hours(-3), /Expiry\.hours\(-3\)/],
  [Expiry.of('180X'), /"180X" is not in the VMS grammar/],
  [Expiry.of('180 D'), /not in the VMS grammar/],
  [Expiry.of('0D'), /not in the VMS grammar/],
  [Expiry.of('1y'), /not in the VMS grammar/],
])('%s is refused with a reason', (expiry, message) => {
  expect(expiry.problem).toMatch(message);
});
