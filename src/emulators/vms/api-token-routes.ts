// `/api/<version>/apitokens/`: list, create, show, modify, revoke (platform-apis.md §B.3). There is no
// DELETE: revocation is final and a revoked token stays readable (`revoked: true`, "archived").
import { reply, type EmulatorReply } from '../http/emulator-reply';
import type { EmulatorRequest } from '../http/emulator-request';
import type { Router } from '../http/router';
import {
  apiTokenView,
  hashSecret,
  inListOrder,
  newTokenId,
  newTokenSecret,
  revokeToken,
  rfc3339,
  validTokenCount,
} from './api-token-store';
import { paginate } from './drf-pagination';
import { drfNotFound, drfPermissionDenied, vmsMessage } from './drf-reply';
import { expirySeconds } from './expiry-grammar';
import { mayManageTokens, maySee, maySeeEveryOwner } from './permissions';
import { requestFields, type Fields } from './request-fields';
import { asPrincipal, type VmsRuntime } from './vms-runtime';
import type { StoredApiToken, VmsState } from './vms-state';

export const API_TOKENS = '/api/:version/apitokens/';
export const API_TOKEN = '/api/:version/apitokens/:id/';
/** The OpenAPI path has no trailing slash; go-vast-client sends one. Both are served. */
export const API_TOKEN_REVOKE = '/api/:version/apitokens/:id/revoke';
export const API_TOKEN_REVOKE_SLASH = '/api/:version/apitokens/:id/revoke/';

/** The 503 body the OpenAPI documents for create when the owner holds the maximum of valid tokens. */
export const MAX_TOKENS_MESSAGE = 'Max allowed API tokens reached';

/** [inferred] DRF CharField-style cap on names, counted as Python counts: code points. */
const MAX_NAME_LENGTH = 255;
/** Dates past this cannot be written as RFC 3339. */
const LATEST_EXPIRY_MS = Date.parse('9999-12-31T23:59:59Z');

export function apiTokenRoutes(router: Router, runtime: VmsRuntime): void {
  const { context } = runtime;

  router.get(API_TOKENS, (request) =>
    asPrincipal(runtime, request, ({ user }) => {
      const owner = request.query.get('owner') ?? undefined;
      const name = request.query.get('name') ?? undefined; // [inferred] go-vast-client's typed search sends it
      const archived = booleanParam(request.query.get('archived'));
      // [inferred] Wording of a bad `archived` value.
      if (archived === 'invalid') return vmsMessage(400, `Invalid value for archived: ${request.query.get('archived')}`);
      const seesOthers = maySeeEveryOwner(user);
      if (owner !== undefined && !seesOthers && owner !== user.username) return drfPermissionDenied();
      // `archived=true` includes revoked ("archived") tokens, as `apitoken list --archived` does.
      const tokens = Object.values(context.state.read().apiTokens as Record<string, StoredApiToken>).filter(
        (t) =>
          (seesOthers || t.owner === user.username) &&
          (owner === undefined || t.owner === owner) &&
          (name === undefined || t.name === name) &&
          (archived === true || !t.revoked),
      );
      return paginate(inListOrder(tokens).map(apiTokenView), request, context.baseUrl);
    }),
  );

  router.post(API_TOKENS, (request) =>
    asPrincipal(runtime, request, ({ user }) => {
      // [inferred] Checked first, as DRF's view permissions are: the realm permission does not depend on the body.
      if (!mayManageTokens(user, 'create')) return drfPermissionDenied();
      const body = requestFields(request);
      if (!body.ok) return body.reply;
      const { fields } = body;
      const owner = fields['owner'] ?? user.username;
      if (typeof owner !== 'string' || owner === '') return vmsMessage(400, 'owner must be a manager username');
      // [unknown] The wording for an unknown owner.
      if (context.users.find(owner) === undefined) return vmsMessage(400, `Manager ${owner} does not exist`);
      const name = fields['name'] ?? `${owner}_api_token`;
      const badName = invalidName(name);
      if (badName !== undefined) return vmsMessage(400, badName);
      const nowMs = context.clock.nowMs();
      const created = rfc3339(nowMs);
      const expiry = expiryDate(context.state.read() as VmsState, Date.parse(created), fields['expiry_date']);
      if (!expiry.ok) return vmsMessage(400, expiry.reason);
      const state = context.state.read() as VmsState;
      if (validTokenCount(state, owner, nowMs) >= state.vms.max_api_tokens_per_user) return vmsMessage(503, MAX_TOKENS_MESSAGE);
      const secret = newTokenSecret();
      const id = context.state.update((s) => {
        const tokenId = newTokenId(s);
        s.apiTokens[tokenId] = {
          id: tokenId,
          serial: s.nextSerial++,
          name: name as string,
          owner,
          secret_sha256: hashSecret(secret),
          created,
          expiry_date: expiry.date,
          last_used: null,
          revoked: false,
          revocation_time: null,
        };
        return tokenId;
      });
      // The only answer that ever holds the secret.
      return reply.json(201, { id, token: `${id}.${secret}` });
    }),
  );

  router.get(API_TOKEN, (request) =>
    asPrincipal(runtime, request, ({ user }) => {
      const token = findToken(runtime, request);
      // [inferred] DRF's generic 404 for show; the OpenAPI documents none.
      if (token === undefined) return drfNotFound();
      if (!maySee(user, token.owner)) return drfPermissionDenied();
      return reply.json(200, apiTokenView(token));
    }),
  );

  router.patch(API_TOKEN, (request) =>
    asPrincipal(runtime, request, ({ user }) => {
      // [inferred] Before the lookup, as DRF's view permissions are: Security edit covers every owner's tokens.
      if (!mayManageTokens(user, 'edit')) return drfPermissionDenied();
      const token = findToken(runtime, request);
      if (token === undefined) return vmsMessage(404, 'API key not found');
      const body = requestFields(request);
      if (!body.ok) return body.reply;
      // [inferred] Revocation is final, so a revoked token cannot be changed either.
      if (token.revoked) return vmsMessage(400, 'Cannot modify a revoked API token');
      const changes = modification(context.state.read() as VmsState, token, body.fields);
      if (!changes.ok) return vmsMessage(400, changes.reason);
      context.state.update((s) => {
        const stored = s.apiTokens[token.id]!;
        if (changes.name !== undefined) stored.name = changes.name;
        if (changes.expiry !== undefined) stored.expiry_date = changes.expiry;
      });
      // [unknown] The OpenAPI declares a string body; its wording is not documented.
      return vmsMessage(200, 'API token updated');
    }),
  );

  const revoke = (request: EmulatorRequest): EmulatorReply =>
    asPrincipal(runtime, request, ({ user }) => {
      if (!mayManageTokens(user, 'delete')) return drfPermissionDenied();
      const token = findToken(runtime, request);
      if (token === undefined) return vmsMessage(404, 'Api token not found');
      context.state.update((s) => revokeToken(s.apiTokens[token.id]!, context.clock.nowMs()));
      // [unknown] The OpenAPI declares a string body; its wording is not documented.
      return vmsMessage(200, 'API token revoked');
    });
  router.patch(API_TOKEN_REVOKE, revoke);
  router.patch(API_TOKEN_REVOKE_SLASH, revoke);
}

function findToken({ context }: VmsRuntime, request: EmulatorRequest): StoredApiToken | undefined {
  const id = request.params['id']!;
  const tokens = context.state.read().apiTokens as Record<string, StoredApiToken>;
  return Object.hasOwn(tokens, id) ? tokens[id] : undefined;
}

/** true/false/absent, or 'invalid'. [inferred] DRF's boolean filter spellings. */
function booleanParam(value: string | null): boolean | undefined | 'invalid' {
  if (value === null || value === '') return undefined;
  if (/^(true|1|yes)$/i.test(value)) return true;
  if (/^(false|0|no)$/i.test(value)) return false;
  return 'invalid';
}

function invalidName(name: unknown): string | undefined {
  if (typeof name !== 'string' || name.trim() === '') return 'name must be a non-empty string';
  if ([...name].length > MAX_NAME_LENGTH) return `name must be at most ${MAX_NAME_LENGTH} characters`;
  return undefined;
}

/**
 * The expiry date for `created` + the requested duration. Absent or null: the password-expiration
 * timeout, or never when that is disabled. [unknown] over the maximum: refused with 400 (not clamped),
 * as platform-apis.md §B.4 recommends.
 */
function expiryDate(state: VmsState, createdMs: number, requested: unknown): { ok: true; date: string | null } | { ok: false; reason: string } {
  const maxDays = state.passwordExpirationDays;
  if (requested === undefined || requested === null) return { ok: true, date: maxDays === null ? null : rfc3339(createdMs + maxDays * 86_400_000) };
  if (typeof requested !== 'string') return { ok: false, reason: 'Invalid expiry_date: expected a string such as 180D' };
  const duration = expirySeconds(requested);
  if (!duration.ok) return duration;
  if (maxDays !== null && duration.seconds > maxDays * 86_400) {
    return { ok: false, reason: `Invalid expiry_date "${requested}": exceeds the maximum of ${maxDays} days (the password expiration timeout)` };
  }
  const expiresMs = createdMs + duration.seconds * 1000;
  if (!(expiresMs <= LATEST_EXPIRY_MS)) return { ok: false, reason: `Invalid expiry_date "${requested}": too far in the future` };
  return { ok: true, date: rfc3339(expiresMs) };
}

/** The changes a PATCH asks for; the expiry counts from the token's creation, not from now. */
function modification(
  state: VmsState,
  token: StoredApiToken,
  fields: Fields,
): { ok: true; name?: string; expiry?: string | null } | { ok: false; reason: string } {
  const result: { ok: true; name?: string; expiry?: string | null } = { ok: true };
  if (fields['name'] !== undefined) {
    const badName = invalidName(fields['name']);
    if (badName !== undefined) return { ok: false, reason: badName };
    result.name = fields['name'] as string;
  }
  if (Object.hasOwn(fields, 'expiry_date')) {
    const expiry = expiryDate(state, Date.parse(token.created), fields['expiry_date']);
    if (!expiry.ok) return expiry;
    result.expiry = expiry.date;
  }
  return result;
}

