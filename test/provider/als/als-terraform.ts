// What the ALS end-to-end tests share: HCL for a service auth token, and questions put to the platform
// through its API (as the admin) or the emulator's out-of-band actions.
import type { TestContext } from '../../support/resource-test';
import type { ServiceAuthToken } from '../../../src/provider/als';
import { alsClient } from './als-fixture';

export const TOKEN_TYPE = 'authtoken_als_service_auth_token';
export const TOKENS_DATA_SOURCE = 'authtoken_als_service_auth_tokens';

/** An HCL string literal (JSON's escapes are HCL's; test values hold no `${` or `%{`). */
export function hcl(value: string): string {
  return JSON.stringify(value);
}

/** A service auth token resource block; `body` holds its arguments as HCL lines. */
export function tokenBlock(name: string, body: Readonly<Record<string, string | number>>): string {
  const lines = Object.entries(body).map(([key, value]) => `  ${key} = ${typeof value === 'number' ? String(value) : value}`);
  return `resource "${TOKEN_TYPE}" "${name}" {\n${lines.join('\n')}\n}\n`;
}

/** Every service auth token on the platform, through the API as the admin. */
export async function tokensOnPlatform(ctx: TestContext): Promise<ServiceAuthToken[]> {
  const client = alsClient(ctx.emulators.als);
  try {
    return await client.listServiceAuthTokens();
  } finally {
    client.close();
  }
}

/** Whether the platform holds `secret` for the token: the only way to see a secret took effect. */
export async function secretMatches(ctx: TestContext, token: { guid: string } | { label: string; provider: string }, secret: string): Promise<boolean> {
  return (await ctx.emulators.als.admin.action<{ matches: boolean }>('verify-service-auth-token', { ...token, token: secret })).matches;
}

/** Requests to the service auth token API, per route, since the last reset of the request log. */
export async function tokenApiCalls(ctx: TestContext): Promise<Record<string, number>> {
  const { counts } = await ctx.emulators.als.admin.requests();
  return Object.fromEntries(Object.entries(counts).filter(([route]) => route.includes('/v2/service_auth_tokens')));
}
