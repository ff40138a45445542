// What the VMS end-to-end tests ask the platform, through its own API (never the provider's state): which
// tokens are live, whether a token value authenticates, and which token calls the provider made.
import type { RequestLogEntry } from '../../../src/emulators';
import { apiTokenStatus, createVmsClient, type ApiToken, type VmsClient } from '../../../src/provider/vms';
import type { TestContext } from '../../support/resource-test';

/** Security create, edit and delete (and view): what managing API tokens takes on the VMS. */
export const TOKEN_MANAGER = ['security.create', 'security.edit', 'security.delete', 'security.view'];

/** A VMS API client as the emulator's admin (Basic). */
export function adminApi(ctx: TestContext): VmsClient {
  const { endpoint, username, password } = ctx.emulators.connection.vms;
  return createVmsClient({ endpoint, credentials: { kind: 'basic', username, password } });
}

/** Every token on the VMS, revoked ones included. */
export async function allTokens(ctx: TestContext): Promise<ApiToken[]> {
  const api = adminApi(ctx);
  try {
    return await api.listApiTokens({ archived: true });
  } finally {
    api.close();
  }
}

/** Tokens that still authenticate: neither revoked nor expired by the VMS's clock. */
export async function liveTokens(ctx: TestContext): Promise<ApiToken[]> {
  const now = Date.parse((await ctx.emulators.vms.admin.clock()).now);
  return (await allTokens(ctx)).filter((t) => apiTokenStatus(t, now) === 'valid');
}

/** Whether `Api-Token <value>` is accepted by the VMS. */
export async function authenticates(ctx: TestContext, value: string): Promise<boolean> {
  const api = createVmsClient({ endpoint: ctx.emulators.connection.vms.endpoint, credentials: { kind: 'api-token', token: value } });
  try {
    await api.getApiToken(value.slice(0, value.indexOf('.')));
    return true;
  } catch (error) {
    if ((error as { kind?: string }).kind === 'unauthorized') return false;
    throw error;
  } finally {
    api.close();
  }
}

/** The token calls the VMS received (logins and the VMS object excluded), oldest first. */
export async function tokenCalls(ctx: TestContext): Promise<RequestLogEntry[]> {
  return (await ctx.emulators.vms.admin.requests()).entries.filter((e) => e.route.includes('/apitokens/'));
}

/** `POST /api/:version/apitokens/`-style names of the calls, for order assertions. */
export function routesOf(entries: readonly RequestLogEntry[]): string[] {
  return entries.map((e) => e.route);
}

export const CREATE = 'POST /api/:version/apitokens/';
export const LIST = 'GET /api/:version/apitokens/';
export const SHOW = 'GET /api/:version/apitokens/:id/';
export const MODIFY = 'PATCH /api/:version/apitokens/:id/';
export const REVOKE = 'PATCH /api/:version/apitokens/:id/revoke/';

/** Fails unless nothing is live on the VMS (tokens the test made outside Terraform aside). */
export async function nothingLive(ctx: TestContext, except: readonly string[] = []): Promise<void> {
  const live = (await liveTokens(ctx)).filter((t) => !except.includes(t.id));
  if (live.length > 0) throw new Error(`tokens still live on the VMS after destroy: ${live.map((t) => `${t.id} (${t.name}, ${t.owner})`).join(', ')}`);
}

/** A pattern for these phrases in order, whatever line wrapping terraform's output put between words. */
export function inOutput(...phrases: string[]): RegExp {
  const phrase = (p: string) => p.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  return new RegExp(phrases.map(phrase).join('[\\s\\S]*'));
}
