// What the OpenShift end-to-end tests share: a broker client as the emulator's admin (to look at the
// platform through its own API), the authorizations the broker holds, and the token API calls the
// emulator's request log counts.
import type { TestContext } from '../../support/resource-test';
import { OpenShiftBrokerClient, type Authorization } from '../../../src/provider/openshift';
import type { RequestLogEntry } from '../../../src/emulators/request-log/request-log';
import type { RunningEmulators } from '../../../src/emulators';

/** The broker's API, as the admin user the provider is configured with. */
export function brokerAsAdmin(ctx: Pick<TestContext, 'emulators'>): OpenShiftBrokerClient {
  const { server, username, password } = ctx.emulators.connection.openshift;
  return new OpenShiftBrokerClient({ server, credentials: { username, password }, retry: { baseDelayMs: 5, maxDelayMs: 20 } });
}

/** The admin's authorizations that still authenticate, as the broker lists them. */
export async function listedAuthorizations(ctx: Pick<TestContext, 'emulators'>): Promise<Authorization[]> {
  const client = brokerAsAdmin(ctx);
  try {
    return await client.listAuthorizations();
  } finally {
    client.close();
  }
}

/** Every authorization record the broker holds, expired and revoked ones included (the emulator's state). */
export async function storedAuthorizationIds(ctx: Pick<TestContext, 'emulators'>): Promise<string[]> {
  const state = await ctx.emulators.openshift.admin.state<{ authorizations: Record<string, unknown> }>();
  return Object.keys(state.authorizations);
}

/** Requests on the authorizations API (anything under /user/authorization…), oldest first. */
export async function tokenCalls(ctx: Pick<TestContext, 'emulators'>): Promise<RequestLogEntry[]> {
  const { entries } = await ctx.emulators.openshift.admin.requests();
  return entries.filter((e) => /\/user\/authorizations?(\/|$|\?)/.test(e.route));
}

/** `METHOD route` of each token API call that changes something (create, update, delete). */
export async function tokenChanges(ctx: Pick<TestContext, 'emulators'>): Promise<string[]> {
  return (await tokenCalls(ctx)).filter((e) => e.method !== 'GET').map((e) => e.route);
}

export const TOKEN = /^[0-9a-f]{64}$/;
export const AUTHORIZATION_ID = /^[0-9a-f]{24}$/;

/**
 * Every token the broker ever stores from now on, by authorization id (read from the emulator's state
 * after each change), so a test knows the values of tokens that no longer exist.
 */
export function recordTokens(emulators: RunningEmulators): Map<string, string> {
  const seen = new Map<string, string>();
  const store = emulators.openshift.context.state;
  const update = store.update.bind(store);
  store.update = <Result>(change: Parameters<typeof update<Result>>[0]): Result => {
    const result = update(change);
    for (const a of Object.values(store.read().authorizations)) seen.set(a.id, a.token);
    return result;
  };
  return seen;
}

