// Out-of-band actions for tests and the demo (POST /__emulator/actions/<name>), for what a VMS admin does
// that the API tokens API has no call for. Revoking has an API (PATCH …/revoke); `revoke-api-token` runs
// the same rule for callers that hold no VMS credentials (the demo).
import { AdminActionError, type AdminAction, type PlatformContext } from '../platform-emulator';
import { apiTokenView, revokeToken, rfc3339, type ApiTokenView } from './api-token-store';
import type { StoredApiToken, VmsState } from './vms-state';

export function vmsAdminActions(context: PlatformContext<VmsState>): Record<string, AdminAction> {
  const withToken = (input: unknown, change: (token: StoredApiToken) => void): ApiTokenView => {
    const id = field(input, 'id');
    if (typeof id !== 'string') throw new AdminActionError(400, '"id" must be the API token id');
    return context.state.update((s) => {
      const token = Object.hasOwn(s.apiTokens, id) ? s.apiTokens[id] : undefined;
      if (token === undefined) throw new AdminActionError(404, `no API token ${id}`);
      change(token);
      return apiTokenView(token);
    });
  };

  return {
    /** {id} → the revoked token, as `PATCH /apitokens/{id}/revoke` by an admin would leave it. */
    'revoke-api-token': (input) => withToken(input, (token) => revokeToken(token, context.clock.nowMs())),

    /** {id} → the token with `expiry_date` = now: it stops authenticating and no longer counts as valid. */
    'expire-api-token': (input) =>
      withToken(input, (token) => {
        token.expiry_date = rfc3339(context.clock.nowMs());
      }),

    /** {id} → {deleted: id}. No VMS API removes a token; this stands for one that vanished (a cluster rebuilt). */
    'delete-api-token': (input) => {
      const view = withToken(input, () => undefined);
      context.state.update((s) => {
        delete s.apiTokens[view.id];
      });
      return { deleted: view.id };
    },

    /** {days: number | null}: `vms modify_pwd_settings --pwd-expiration-timeout`, the default and maximum expiry. */
    'set-password-expiration': (input) => {
      const days = field(input, 'days');
      if (days !== null && !(Number.isInteger(days) && (days as number) > 0)) throw new AdminActionError(400, '"days" must be a whole number > 0, or null to disable');
      context.state.update((s) => {
        s.passwordExpirationDays = days as number | null;
      });
      return { days };
    },

    /** {limit}: `max_api_tokens_per_user`, as `PATCH /vms/<id>/set_max_api_tokens_per_user/` would set it, without a VMS user. */
    'set-max-api-tokens-per-user': (input) => {
      const limit = field(input, 'limit');
      if (!(Number.isSafeInteger(limit) && (limit as number) > 0)) throw new AdminActionError(400, '"limit" must be a whole number > 0');
      context.state.update((s) => {
        s.vms.max_api_tokens_per_user = limit as number;
      });
      return { max_api_tokens_per_user: limit };
    },

    /** {name}: a tenant that `X-Tenant-Name` may name. */
    'add-tenant': (input) => {
      const name = field(input, 'name');
      if (typeof name !== 'string' || name === '') throw new AdminActionError(400, '"name" must be a tenant name');
      const tenants = context.state.update((s) => {
        if (!s.tenants.includes(name)) s.tenants.push(name);
        return [...s.tenants];
      });
      return { tenants };
    },
  };
}

function field(input: unknown, name: string): unknown {
  return typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[name] : undefined;
}
