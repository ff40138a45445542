// Out-of-band actions for tests and the demo (POST /__emulator/actions/<name>), for what the ALS API
// cannot do or should not be needed for. Deleting or renaming a token out of band can also be done
// through the real API as admin; the actions exist so a test needs no login of its own.
//
//   delete-service-auth-token   {guid} | {label, provider}        → {guid}
//   update-service-auth-token   {guid, label?, provider?, token?}  → the token as the API renders it
//   seed-service-auth-tokens    {tokens: [{label, provider, token}]} → {guids} (bulk, for paging and benchmarks)
//   verify-service-auth-token   {guid} | {label, provider}, plus {token}  → {matches}: does the stored secret equal it?
//   expire-access-tokens        {username?}  → {expired}: bearer tokens stop working now; refresh tokens still work
//   revoke-tokens               {username?}  → {revoked}: bearer and refresh tokens are forgotten; only a new login works
//   set-deprecation-warnings    {enabled}    → settings: `X-Cf-Warnings` on /v2/service_auth_tokens (off by default)
//   set-endpoint-removed        {removed}    → settings: /v2/service_auth_tokens answers 404 CF-NotFound, as CC after Jan 2016
import { randomGuid } from '../random';
import { AdminActionError, type AdminAction, type PlatformContext } from '../platform-emulator';
import type { AlsState, StoredServiceAuthToken } from './als-state';
import { cfTimestamp } from './cf-timestamp';
import { findByLabel, secretMatches } from './legacy-service-gateway';
import { newSalt, saltedDigest } from './secret-digest';
import { render } from './service-auth-token-routes';

export function alsAdminActions(context: PlatformContext<AlsState>): Readonly<Record<string, AdminAction>> {
  return {
    'delete-service-auth-token': (input) => {
      const token = locate(context, input);
      context.state.update((state) => delete state.serviceAuthTokens[token.guid]);
      return { guid: token.guid };
    },
    'update-service-auth-token': (input) => {
      const token = locate(context, input);
      const { label, provider, token: secret } = fields(input, ['label', 'provider', 'token']);
      const clash = findByLabel(context.state.read().serviceAuthTokens, label ?? token.label, provider ?? token.provider);
      if (clash !== undefined && clash.guid !== token.guid) throw new AdminActionError(409, `the service auth token label is taken: ${clash.label}-${clash.provider}`);
      const now = cfTimestamp(context.clock.now());
      return render(
        context.state.update((state) => {
          const stored = state.serviceAuthTokens[token.guid]!;
          if (label !== undefined) stored.label = label;
          if (provider !== undefined) stored.provider = provider;
          if (secret !== undefined) {
            stored.tokenSalt = newSalt();
            stored.tokenDigest = saltedDigest(secret, stored.tokenSalt);
          }
          stored.updatedAt = now;
          return stored;
        }),
      );
    },
    'seed-service-auth-tokens': (input) => {
      const list = (input as { tokens?: unknown } | undefined)?.tokens;
      if (!Array.isArray(list)) throw new AdminActionError(400, '"tokens" must be a list of {label, provider, token}');
      const seeds = list.map((item) => {
        const { label, provider, token } = fields(item, ['label', 'provider', 'token']);
        if (label === undefined || provider === undefined || token === undefined) throw new AdminActionError(400, 'each token needs "label", "provider" and "token"');
        return { label, provider, token };
      });
      // All or nothing: every pair is checked before anything is stored.
      const pairs = new Set(Object.values(context.state.read().serviceAuthTokens).map((t) => `${t.label}\n${t.provider}`));
      for (const { label, provider } of seeds) {
        const pair = `${label}\n${provider}`;
        if (pairs.has(pair)) throw new AdminActionError(409, `the service auth token label is taken: ${label}-${provider}`);
        pairs.add(pair);
      }
      const now = cfTimestamp(context.clock.now());
      const guids = context.state.update((state) =>
        seeds.map(({ label, provider, token }) => {
          const salt = newSalt();
          const stored: StoredServiceAuthToken = { guid: randomGuid(), id: state.nextServiceAuthTokenId++, label, provider, tokenSalt: salt, tokenDigest: saltedDigest(token, salt), createdAt: now, updatedAt: null };
          state.serviceAuthTokens[stored.guid] = stored;
          return stored.guid;
        }),
      );
      return { guids };
    },
    'verify-service-auth-token': (input) => {
      const stored = locate(context, input);
      const { token } = fields(input, ['token']);
      if (token === undefined) throw new AdminActionError(400, '"token" (the secret to compare) is required');
      return { matches: secretMatches(stored, token) };
    },
    'expire-access-tokens': (input) => {
      const { username } = fields(input, ['username']);
      const nowMs = context.clock.nowMs();
      const expired = context.state.update((state) => {
        let count = 0;
        for (const issued of Object.values(state.accessTokens)) {
          if ((username === undefined || issued.username === username) && issued.expiresAtMs > nowMs) {
            issued.expiresAtMs = nowMs;
            count += 1;
          }
        }
        return count;
      });
      return { expired };
    },
    'revoke-tokens': (input) => {
      const { username } = fields(input, ['username']);
      const revoked = context.state.update((state) => {
        let count = 0;
        for (const table of [state.accessTokens, state.refreshTokens]) {
          for (const [digest, issued] of Object.entries(table)) {
            if (username === undefined || issued.username === username) {
              delete table[digest];
              count += 1;
            }
          }
        }
        return count;
      });
      return { revoked };
    },
    'set-deprecation-warnings': (input) => {
      const enabled = (input as { enabled?: unknown } | undefined)?.enabled;
      if (typeof enabled !== 'boolean') throw new AdminActionError(400, '"enabled" must be true or false');
      return context.state.update((state) => {
        state.settings.deprecationWarnings = enabled;
        return { ...state.settings };
      });
    },
    'set-endpoint-removed': (input) => {
      const removed = (input as { removed?: unknown } | undefined)?.removed;
      if (typeof removed !== 'boolean') throw new AdminActionError(400, '"removed" must be true or false');
      return context.state.update((state) => {
        state.settings.endpointRemoved = removed;
        return { ...state.settings };
      });
    },
  };
}

/** The token named by `{guid}` or `{label, provider}`; 404 when there is none. */
function locate(context: PlatformContext<AlsState>, input: unknown): StoredServiceAuthToken {
  const { guid, label, provider } = fields(input, ['guid', 'label', 'provider']);
  const tokens = context.state.read().serviceAuthTokens;
  if (guid !== undefined) {
    const token = tokens[guid];
    if (token === undefined) throw new AdminActionError(404, `no service auth token ${guid}`);
    return token;
  }
  if (label === undefined || provider === undefined) throw new AdminActionError(400, 'name the token by "guid", or by "label" and "provider"');
  const token = findByLabel(tokens, label, provider);
  if (token === undefined) throw new AdminActionError(404, `no service auth token ${label}-${provider}`);
  return token;
}

/** String fields of a JSON object; a present non-string is a 400. */
function fields<Name extends string>(input: unknown, names: readonly Name[]): Partial<Record<Name, string>> {
  if (input !== undefined && (typeof input !== 'object' || input === null || Array.isArray(input))) throw new AdminActionError(400, 'the input must be a JSON object');
  const result: Partial<Record<Name, string>> = {};
  for (const name of names) {
    const value = (input as Record<string, unknown> | undefined)?.[name];
    if (value === undefined) continue;
    if (typeof value !== 'string') throw new AdminActionError(400, `"${name}" must be a string`);
    result[name] = value;
  }
  return result;
}
