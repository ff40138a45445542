// The ALS client against the ALS emulator over real HTTP: one emulator per test file, a client per test
// with fast retries, and helpers to make users and read the request log.
import { startEmulator, type RunningEmulator } from '../../../src/emulators';
import { alsEmulator } from '../../../src/emulators/als/als-emulator';
import type { AlsState } from '../../../src/emulators/als/als-state';
import { randomAlphanumeric } from '../../../src/emulators/random';
import { AlsClient, type AlsClientOptions } from '../../../src/provider/als';
import { PlatformError } from '../../../src/provider/common';
import { errorCollector } from '../../support/test-platform';

export type Als = RunningEmulator<AlsState>;

export async function startAls(): Promise<{ als: Als; emulatorErrors: unknown[] }> {
  const collector = errorCollector();
  const als = await startEmulator(alsEmulator, { reportError: collector.report });
  return { als, emulatorErrors: collector.errors };
}

/** A client logging in as the emulator's admin (or as given), with retries fast enough for tests. */
export function alsClient(als: Als, options: Partial<AlsClientOptions> = {}): AlsClient {
  const admin = als.context.users.admin;
  return new AlsClient({
    apiEndpoint: als.baseUrl,
    credentials: { username: admin.username, password: admin.password },
    ...options,
    retry: { baseDelayMs: 5, maxDelayMs: 20, ...options.retry },
  });
}

/** A non-admin user with a password made for this run. */
export async function addDeveloper(als: Als, username = 'dev'): Promise<{ username: string; password: string }> {
  const password = secretValue('pw');
  await als.admin.putUser(username, { password, roles: [] });
  return { username, password };
}

/** A secret made for this test run, never committed; characters that change under URL, form and JSON encoding. */
export function secretValue(prefix = 'sat'): string {
  return `${prefix}-${randomAlphanumeric(20)}+/=&"`;
}

export async function failure(promise: Promise<unknown>): Promise<PlatformError> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(outcome instanceof PlatformError)) throw new Error(`expected a PlatformError, got ${String(outcome)}`);
  return outcome;
}

/** Requests per route since the last reset. */
export async function counts(als: Als): Promise<Readonly<Record<string, number>>> {
  return (await als.admin.requests()).counts;
}
