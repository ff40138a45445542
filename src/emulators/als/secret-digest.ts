// Secrets are remembered as digests only: a salted HMAC for service auth tokens (CC keeps them encrypted
// with a per-row salt) and a plain SHA-256 for issued bearer and refresh tokens (random, so unsalted is
// enough to look them up). Comparisons run in constant time.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export function newSalt(): string {
  return randomBytes(16).toString('hex');
}

export function saltedDigest(secret: string, salt: string): string {
  return createHmac('sha256', salt).update(secret, 'utf8').digest('hex');
}

export function matchesSaltedDigest(secret: string, salt: string, digest: string): boolean {
  const given = Buffer.from(saltedDigest(secret, salt), 'hex');
  const expected = Buffer.from(digest, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The key under which an issued token is found again. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
