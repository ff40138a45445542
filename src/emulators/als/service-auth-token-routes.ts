// /v2/service_auth_tokens: list (with `q` and paging), read, create, update, delete. Global, admin-only
// objects (CC's ServiceAuthTokenAccess): any logged-in user may list but a non-admin sees an empty
// collection; create, read-by-guid, update and delete need `cloud_controller.admin`.
//
// Order of checks (CC's model controller): authentication (401) → find by guid (404) → access (403) →
// message parsing (400 1001) → model validation (400 50001 presence, 400 50002 uniqueness).
// [inferred] For a create, CC checks access inside the create transaction, after parsing and validation;
// the emulator answers 403 before parsing, so a non-admin learns nothing about existing labels.
import { randomGuid } from '../random';
import type { EmulatorReply } from '../http/emulator-reply';
import type { EmulatorRequest } from '../http/emulator-request';
import type { Router } from '../http/router';
import type { PlatformContext } from '../platform-emulator';
import type { AlsState, StoredServiceAuthToken } from './als-state';
import { authenticateCc, isCaller, type CcCaller } from './cc-authentication';
import { ccQueryParams } from './cc-query-params';
import { cfErrors, cfJson, cfNotFound } from './cf-error';
import { cfPage, lastParam, parseCfPaging } from './cf-paging';
import { matchesCfQuery, parseCfQuery } from './cf-query';
import { cfTimestamp } from './cf-timestamp';
import { queuedJob } from './cf-job';
import { newSalt, saltedDigest } from './secret-digest';
import { parseServiceAuthTokenMessage, presenceProblems } from './service-auth-token-message';

export const SERVICE_AUTH_TOKENS_PATH = '/v2/service_auth_tokens';

/** CC's `query_parameters` for this resource. */
const QUERY_KEYS = ['label', 'provider'] as const;

export function serviceAuthTokenRoutes(router: Router, context: PlatformContext<AlsState>): void {
  const path = SERVICE_AUTH_TOKENS_PATH;
  router
    .get(path, (request) => guarded(request, context, (caller) => list(request, context, caller)))
    .post(path, (request) => guarded(request, context, (caller) => create(request, context, caller)))
    .get(`${path}/:guid`, (request) => withToken(request, context, (token) => cfJson(200, render(token))))
    .put(`${path}/:guid`, (request) => withToken(request, context, (token) => update(request, context, token)))
    .delete(`${path}/:guid`, (request) => withToken(request, context, (token) => remove(request, context, token)));
}

/** The API answer for a token: metadata and entity; the `token` secret is never part of it. */
export function render(token: StoredServiceAuthToken): unknown {
  return {
    metadata: { guid: token.guid, url: `${SERVICE_AUTH_TOKENS_PATH}/${token.guid}`, created_at: token.createdAt, updated_at: token.updatedAt },
    entity: { label: token.label, provider: token.provider },
  };
}

function guarded(request: EmulatorRequest, context: PlatformContext<AlsState>, answer: (caller: CcCaller) => EmulatorReply): EmulatorReply {
  if (context.state.read().settings.endpointRemoved) return cfNotFound();
  const caller = authenticateCc(request, context);
  return isCaller(caller) ? answer(caller) : caller;
}

/** Authenticated, found, and admin: the routes on one token. */
function withToken(request: EmulatorRequest, context: PlatformContext<AlsState>, answer: (token: StoredServiceAuthToken) => EmulatorReply): EmulatorReply {
  return guarded(request, context, (caller) => {
    const guid = request.params['guid']!;
    const token = context.state.read().serviceAuthTokens[guid];
    if (token === undefined) return cfErrors.serviceAuthTokenNotFound(guid);
    return caller.admin ? answer(token as StoredServiceAuthToken) : cfErrors.notAuthorized();
  });
}

function list(request: EmulatorRequest, context: PlatformContext<AlsState>, caller: CcCaller): EmulatorReply {
  const params = ccQueryParams(request.rawQuery);
  const query = parseCfQuery(params.getAll('q'), QUERY_KEYS);
  if (!query.ok) return cfErrors.badQueryParameter(query.problem);
  const paging = parseCfPaging(params);
  if (!paging.ok) return cfErrors.badQueryParameter(paging.problem);
  // Non-admins pass the visibility filter `{id: nil}`: nothing.
  const rows = caller.admin
    ? Object.values(context.state.read().serviceAuthTokens)
        .filter((t) => matchesCfQuery({ label: t.label, provider: t.provider }, query.conditions))
        .sort((a, b) => a.id - b.id)
    : [];
  const page = cfPage(request.path, params, paging.paging, rows);
  return cfJson(200, { ...page, resources: page.resources.map((t) => render(t as StoredServiceAuthToken)) });
}

function create(request: EmulatorRequest, context: PlatformContext<AlsState>, caller: CcCaller): EmulatorReply {
  if (!caller.admin) return cfErrors.notAuthorized();
  const parsed = parseServiceAuthTokenMessage(request, 'create');
  if (!parsed.ok) return cfErrors.messageParseError(parsed.detail);
  const values = { label: parsed.message.label!.trim(), provider: parsed.message.provider!.trim(), token: parsed.message.token! };
  const invalid = validate(context, values, undefined);
  if (invalid !== undefined) return invalid;
  const now = cfTimestamp(context.clock.now());
  const token = context.state.update((state) => {
    const salt = newSalt();
    const stored: StoredServiceAuthToken = {
      guid: randomGuid(),
      id: state.nextServiceAuthTokenId++,
      label: values.label,
      provider: values.provider,
      tokenSalt: salt,
      tokenDigest: saltedDigest(values.token, salt),
      createdAt: now,
      updatedAt: null,
    };
    state.serviceAuthTokens[stored.guid] = stored;
    return stored;
  });
  return cfJson(201, render(token), { Location: `${SERVICE_AUTH_TOKENS_PATH}/${token.guid}` });
}

/**
 * PUT answers 201 Created, as every CC v2 update does. [src] CC saves the row whatever the body holds
 * (vcap_serialization's `update_from_hash`: `set_all` then `save`), so even a PUT that changes nothing
 * (`{}`, or only null fields) moves `updated_at`.
 */
function update(request: EmulatorRequest, context: PlatformContext<AlsState>, current: StoredServiceAuthToken): EmulatorReply {
  const parsed = parseServiceAuthTokenMessage(request, 'update');
  if (!parsed.ok) return cfErrors.messageParseError(parsed.detail);
  const { label, provider, token } = parsed.message;
  const values = {
    label: label === undefined ? current.label : label.trim(),
    provider: provider === undefined ? current.provider : provider.trim(),
    ...(token === undefined ? {} : { token }),
  };
  const invalid = validate(context, values, current.guid);
  if (invalid !== undefined) return invalid;
  const now = cfTimestamp(context.clock.now());
  const updated = context.state.update((state) => {
    const stored = state.serviceAuthTokens[current.guid]!;
    stored.label = values.label;
    stored.provider = values.provider;
    if (token !== undefined) {
      stored.tokenSalt = newSalt();
      stored.tokenDigest = saltedDigest(token, stored.tokenSalt);
    }
    stored.updatedAt = now;
    return stored;
  });
  return cfJson(201, render(updated));
}

/** 204 with no body; `?async=true` answers 202 with a job (the emulator deletes at once). */
function remove(request: EmulatorRequest, context: PlatformContext<AlsState>, token: StoredServiceAuthToken): EmulatorReply {
  context.state.update((state) => delete state.serviceAuthTokens[token.guid]);
  if (lastParam(ccQueryParams(request.rawQuery), 'async') === 'true') return cfJson(202, queuedJob(context));
  return { status: 204, headers: {} };
}

/** Sequel's validations: presence (50001), then the (label, provider) unique index (50002). */
function validate(context: PlatformContext<AlsState>, values: { label: string; provider: string; token?: string }, self: string | undefined): EmulatorReply | undefined {
  const missing = presenceProblems(values);
  if (missing.length > 0) return cfErrors.serviceAuthTokenInvalid(missing);
  const taken = Object.values(context.state.read().serviceAuthTokens).some((t) => t.guid !== self && t.label === values.label && t.provider === values.provider);
  return taken ? cfErrors.serviceAuthTokenLabelTaken(values.label, values.provider) : undefined;
}
