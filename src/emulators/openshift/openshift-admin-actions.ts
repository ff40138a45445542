// Out-of-band actions for tests and the demo (POST /__emulator/actions/<name>, JSON in and out). Deleting
// a token has a real API (DELETE …/user/authorization/:id, which tests should prefer); the rest have none:
//
//   expire             {id | token}          force one token to expire now (a database edit; nothing in the API does it)
//   revoke             {id | token}          Doorkeeper's revoke: hidden from the list, refused as Bearer ("expired"),
//                                            but still shown by id (the REST model has no revoked field)
//   delete             {id | token}          hard delete, as DELETE does, for any owner
//   delete-expired     {}                    `oo-admin-ctl-authorization -c expire`: deletes expired tokens
//   revoke-all         {login?}              `oo-admin-ctl-authorization -c revoke_all`: deletes every token (or one user's)
//   create-authorization {login, scopes, note?, expires_in?, age_seconds?}
//                                            stores a token as given (scopes unchecked, e.g. "" or a builder scope),
//                                            created `age_seconds` ago; answers it with its token
//   scope-timeouts     {timeouts?}           answers the default|maximum lifetimes per scope; with `timeouts` (an
//                                            object by scope name, or broker.conf AUTH_SCOPE_TIMEOUTS text) replaces them
import { AdminActionError, type AdminAction, type PlatformContext } from '../platform-emulator';
import { randomHex } from '../random';
import { expiresInSeconds, isExpired } from './authorization-records';
import { userRecord } from './broker-auth';
import type { OpenShiftState, StoredAuthorization } from './openshift-state';
import { restTime } from './rest-models';
import { invalidScopeTimeouts, parseAuthScopeTimeouts, type ScopeTimeouts } from './scope-timeouts';

export function openShiftAdminActions(context: PlatformContext<OpenShiftState>): Record<string, AdminAction> {
  const now = () => context.clock.nowMs();
  const summary = (auth: Readonly<StoredAuthorization>) => ({
    id: auth.id,
    identity: auth.identity,
    scopes: auth.scopes,
    created_at: restTime(auth.created_at),
    expires_in: auth.expires_in,
    expires_in_seconds: expiresInSeconds(auth, now()),
    revoked: auth.revoked_at !== null,
  });

  return {
    expire: (input) =>
      context.state.update((state) => {
        const auth = state.authorizations[target(state, input).id]!;
        // The shortest whole lifetime that already lies in the past (the broker stores seconds).
        const elapsedSeconds = (now() - Date.parse(auth.created_at)) / 1000;
        auth.expires_in = Math.min(auth.expires_in, Math.max(0, Math.ceil(elapsedSeconds) - 1));
        return summary(auth);
      }),

    revoke: (input) =>
      context.state.update((state) => {
        const auth = state.authorizations[target(state, input).id]!;
        auth.revoked_at ??= new Date(now()).toISOString();
        return summary(auth);
      }),

    delete: (input) =>
      context.state.update((state) => {
        const auth = target(state, input);
        delete state.authorizations[auth.id];
        return { deleted: 1 };
      }),

    'delete-expired': () =>
      context.state.update((state) => {
        const expired = Object.values(state.authorizations).filter((a) => isExpired(a, now()));
        for (const auth of expired) delete state.authorizations[auth.id];
        return { deleted: expired.length };
      }),

    'revoke-all': (input) => {
      const login = optionalString(input, 'login');
      return context.state.update((state) => {
        const doomed = Object.values(state.authorizations).filter((a) => login === undefined || a.identity === login);
        for (const auth of doomed) delete state.authorizations[auth.id];
        return { deleted: doomed.length };
      });
    },

    'create-authorization': (input) => {
      const login = optionalString(input, 'login');
      const scopes = optionalString(input, 'scopes');
      if (login === undefined || scopes === undefined) throw new AdminActionError(400, '"login" and "scopes" (a string, stored unchecked) are required');
      const fields = input as { note?: unknown; expires_in?: unknown; age_seconds?: unknown };
      const expiresIn = fields.expires_in ?? 86_400;
      const age = fields.age_seconds ?? 0;
      if (!Number.isInteger(expiresIn) || !Number.isInteger(age) || (age as number) < 0) {
        throw new AdminActionError(400, '"expires_in" and "age_seconds" must be integers (age >= 0)');
      }
      if (fields.note !== undefined && fields.note !== null && typeof fields.note !== 'string') throw new AdminActionError(400, '"note" must be a string');
      const user = userRecord(context, login);
      return context.state.update((state) => {
        const auth: StoredAuthorization = {
          id: randomHex(24),
          token: randomHex(64),
          user_id: user.id,
          identity: login,
          scopes,
          note: (fields.note as string | null | undefined) ?? null,
          created_at: new Date(now() - (age as number) * 1000).toISOString(),
          expires_in: expiresIn as number,
          revoked_at: null,
        };
        state.authorizations[auth.id] = auth;
        return { ...summary(auth), token: auth.token, note: auth.note };
      });
    },

    'scope-timeouts': (input) => {
      const given = (input as { timeouts?: unknown } | undefined)?.timeouts;
      if (given !== undefined) {
        let timeouts: ScopeTimeouts;
        try {
          timeouts = typeof given === 'string' ? parseAuthScopeTimeouts(given) : (given as ScopeTimeouts);
        } catch (error) {
          throw new AdminActionError(400, (error as Error).message);
        }
        const invalid = invalidScopeTimeouts(timeouts);
        if (invalid !== undefined) throw new AdminActionError(400, invalid);
        context.state.update((state) => {
          state.scopeTimeouts = { ...timeouts };
        });
      }
      return context.state.read().scopeTimeouts;
    },
  };
}

/** The authorization an action names by `id` or `token`; 404 when there is none. */
function target(state: OpenShiftState, input: unknown): StoredAuthorization {
  const id = optionalString(input, 'id');
  const token = optionalString(input, 'token');
  if (id === undefined && token === undefined) throw new AdminActionError(400, 'give the authorization\'s "id" or "token"');
  const found = Object.values(state.authorizations).find((a) => (id !== undefined && a.id === id) || (token !== undefined && a.token === token));
  // The token is never echoed: admin answers end up in test output.
  if (found === undefined) throw new AdminActionError(404, id !== undefined ? `no authorization with id ${id}` : 'no authorization with that token');
  return found;
}

function optionalString(input: unknown, key: string): string | undefined {
  const value = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[key] : undefined;
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new AdminActionError(400, `"${key}" must be a string`);
  return value;
}
