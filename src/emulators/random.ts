// Random identifiers and secrets from node:crypto, in the alphabets the platforms use.
import { randomBytes, randomInt, randomUUID } from 'node:crypto';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Mixed-case letters and digits, e.g. VMS token ids (`JhxND7ci`) and secrets. */
export function randomAlphanumeric(length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return text;
}

/** Lower-case hex of `length` characters, e.g. OpenShift tokens (64) and Mongo ObjectIds (24). */
export function randomHex(length: number): string {
  return randomBytes(Math.ceil(length / 2)).toString('hex').slice(0, length);
}

/** A v4 UUID, e.g. Cloud Foundry guids. */
export function randomGuid(): string {
  return randomUUID();
}

/** A password for an emulator user: generated per start, never committed anywhere. */
export function randomPassword(): string {
  return randomAlphanumeric(24);
}
