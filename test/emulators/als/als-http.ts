// Raw HTTP helpers for the ALS emulator tests: a UAA login exactly as the helion CLI sends it, and CC
// calls with `Authorization: bearer …`, so the tests see the wire format without any client logic.
import type { RunningEmulator } from '../../../src/emulators';
import type { AlsState } from '../../../src/emulators/als/als-state';
import { randomAlphanumeric } from '../../../src/emulators/random';
import { send, type RawResponse } from '../../support/http';

export interface UaaGrant {
  access_token: string;
  token_type: string;
  refresh_token: string;
  expires_in: number;
  scope: string;
  jti: string;
}

export const CF_CLIENT = 'Basic Y2Y6'; // base64("cf:")

export function tokenRequest(als: RunningEmulator<AlsState>, form: Record<string, string>, authorization: string | null = CF_CLIENT): Promise<RawResponse> {
  return send(`${als.baseUrl}/uaa/oauth/token`, {
    method: 'POST',
    headers: {
      Accept: 'application/json;charset=utf-8',
      'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8',
      ...(authorization === null ? {} : { Authorization: authorization }),
    },
    body: new URLSearchParams(form).toString(),
  });
}

export async function login(als: RunningEmulator<AlsState>, username: string, password: string): Promise<UaaGrant> {
  const response = await tokenRequest(als, { grant_type: 'password', username, password });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${response.text}`);
  return response.json<UaaGrant>();
}

export async function loginAdmin(als: RunningEmulator<AlsState>): Promise<UaaGrant> {
  const admin = als.context.users.admin;
  return login(als, admin.username, admin.password);
}

export function cc(
  als: RunningEmulator<AlsState>,
  method: string,
  path: string,
  options: { token?: string; scheme?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  return send(`${als.baseUrl}${path}`, {
    method,
    headers: {
      ...(options.token === undefined ? {} : { Authorization: `${options.scheme ?? 'bearer'} ${options.token}` }),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) }),
      ...options.headers,
    },
    ...(body === undefined ? {} : { body }),
  });
}

/** A secret made for this test run, never committed. */
export function freshSecret(): string {
  return `sat-${randomAlphanumeric(24)}`;
}
