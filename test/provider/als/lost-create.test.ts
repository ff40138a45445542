// A token found after a lost create is adopted only when the platform's clock says it was created at or
// after the create was sent; an older one with the same label and provider was someone else's.
import { createdBy, lostCreateClock } from '../../../src/provider/als/lost-create';
import type { ServiceAuthToken } from '../../../src/provider/als';

const token = (createdAt: string): ServiceAuthToken => ({ guid: 'g', label: 'mysql', provider: 'core', url: '/v2/service_auth_tokens/g', createdAt, updatedAt: null });

/** A platform whose clock runs `aheadMs` ahead of this machine's. */
const platform = (aheadMs: number) => ({ platformNow: () => new Date(Date.now() + aheadMs) });

test('a token created after the request was sent, by the platform clock, is the one it made', () => {
  const ahead = 3_600_000; // the platform's clock an hour ahead: only its own clock can be compared with created_at
  const clock = lostCreateClock(platform(ahead));
  const sentOnPlatform = clock.sentAtLocalMs + ahead;
  expect(createdBy(token(new Date(sentOnPlatform + 400).toISOString()), clock)).toBe(true);
  // created_at is whole seconds (CC's format, with an offset), so it may read as up to a second earlier.
  const wholeSecond = new Date(Math.floor(sentOnPlatform / 1000) * 1000).toISOString().replace(/\.000Z$/, '+00:00');
  expect(createdBy(token(wholeSecond), clock)).toBe(true);
});

test('a token older than the request is someone else\'s: not adopted', () => {
  const clock = lostCreateClock(platform(0));
  expect(createdBy(token(new Date(clock.sentAtLocalMs - 60_000).toISOString()), clock)).toBe(false);
  // By this machine's clock it would look new; by the platform's (an hour ahead) it is an hour old.
  const aheadClock = lostCreateClock(platform(3_600_000));
  expect(createdBy(token(new Date(aheadClock.sentAtLocalMs + 1_000).toISOString()), aheadClock)).toBe(false);
});

test('an unreadable created_at is never adopted', () => {
  expect(createdBy(token(''), lostCreateClock(platform(0)))).toBe(false);
});
