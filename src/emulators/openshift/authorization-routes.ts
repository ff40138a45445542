// The authorizations API (AuthorizationsController): list, create, show, update, delete one, delete all.
// Members are singular (`…/user/authorization/:id`, as the links say); the plural legacy form routes to
// the same actions. `:id` is an authorization id or a token value.
import type { EmulatorRequest } from '../http/emulator-request';
import { reply, type EmulatorReply } from '../http/emulator-reply';
import type { Router } from '../http/router';
import type { PlatformContext } from '../platform-emulator';
import { randomHex } from '../random';
import { atLeast } from './api-version';
import { authorizationsOf, findByIdOrToken, findReusable, isListed, lifetimeFor } from './authorization-records';
import { brokerError, brokerMessage, brokerReply } from './broker-envelope';
import { present, rubyInteger, stringField, truthy } from './broker-params';
import { brokerAction, type BrokerAction } from './broker-request';
import type { OpenShiftState, StoredAuthorization } from './openshift-state';
import { REST_BASE, restAuthorization } from './rest-models';
import { checkAuthorizationPermission, seesAuthorizations } from './scope-gate';
import { joinScopes, parseScope, parseScopeSpec, readStoredScopes } from './scope-list';
import { DEFAULT_SCOPE, invalidScopesMessage } from './scopes';
import { timeoutForAll } from './scope-timeouts';

/** The Authorization model's validation. */
export const MAX_NOTE_LENGTH = 4096;

const COLLECTION = `${REST_BASE}/user/authorizations`;
const MEMBER = `${REST_BASE}/user/authorization/:id`;
const LEGACY_MEMBER = `${REST_BASE}/user/authorizations/:id`;

export function authorizationRoutes(router: Router, context: PlatformContext<OpenShiftState>): void {
  const action = (handler: (call: BrokerAction, request: EmulatorRequest) => EmulatorReply) => (request: EmulatorRequest) =>
    brokerAction(context, request, 'authorizations', (call) => handler(call, request));
  const handlers = new AuthorizationHandlers(context);
  router
    .get(COLLECTION, action((call) => handlers.index(call)))
    .post(COLLECTION, action((call) => handlers.create(call)))
    .delete(COLLECTION, action((call) => handlers.destroyAll(call)));
  for (const member of [MEMBER, LEGACY_MEMBER]) {
    router
      .get(member, action((call, request) => handlers.show(call, memberId(request))))
      .put(member, action((call, request) => handlers.update(call, memberId(request))))
      .delete(member, action((call, request) => handlers.destroy(call, memberId(request))));
  }
}

/** The route's id without a format suffix (`…/abc.json` is id `abc`, answered as JSON). */
function memberId(request: EmulatorRequest): string {
  return request.params['id']!.replace(/(?<=.)\.(xml|json|yml|yaml|xhtml)$/, '');
}

class AuthorizationHandlers {
  constructor(private readonly context: PlatformContext<OpenShiftState>) {}

  /** Tokens that are neither expired nor revoked, newest first. */
  index(call: BrokerAction): EmulatorReply {
    const visible = seesAuthorizations(call.caller.scopes)
      ? authorizationsOf(this.context.state.read(), call.caller.user.id).filter((a) => isListed(a, call.nowMs))
      : [];
    return this.success(call, 200, 'authorizations', visible.map((a) => this.render(call, a)), 'List authorizations');
  }

  create(call: BrokerAction): EmulatorReply {
    const denied = checkAuthorizationPermission(call.caller.scopes, 'create_authorization');
    if (denied !== undefined) return brokerError(call.version, 403, denied.text, denied.exitCode);
    const { params } = call;
    const spec = truthy(params['scope']) ? params['scope'] : params['scopes'];
    const requested = truthy(spec) ? parseScopeSpec(spec) : [];
    if (requested === undefined) return brokerError(call.version, 422, invalidScopesMessage(), 1, 'scopes');
    const scopes = requested.length > 0 ? requested : [parseScope(DEFAULT_SCOPE)!];
    const scopesText = joinScopes(scopes);
    const timeout = timeoutForAll(this.context.state.read().scopeTimeouts, scopes.map((s) => s.definition.name));
    // Non-numeric input counts as -1, which (like any out-of-range value) means the default.
    const expiresIn = lifetimeFor(present(params['expires_in']) ? (rubyInteger(params['expires_in']) ?? -1) : undefined, timeout);

    // [derived] Ruby truthiness: the form string "false" asks for reuse; only JSON false or no value does not.
    if (truthy(params['reuse'])) {
      const note = truthy(params['note']) ? (stringField(params['note']) ?? undefined) : undefined;
      const found = findReusable(this.context.state.read(), call.caller.user.id, { note, scopes: scopesText, expiresIn }, call.nowMs);
      if (found !== undefined) return this.success(call, 200, 'authorization', this.render(call, found), 'Reused existing');
    }

    const note = stringField(params['note']);
    const invalid = invalidNote(call, note);
    if (invalid !== undefined) return invalid;
    const created = this.context.state.update((state) => {
      const auth: StoredAuthorization = {
        id: unusedHex(24, (id) => Object.hasOwn(state.authorizations, id)),
        token: unusedHex(64, (token) => Object.values(state.authorizations).some((a) => a.token === token)),
        user_id: call.caller.user.id,
        identity: call.caller.user.login,
        scopes: scopesText,
        note,
        created_at: new Date(call.nowMs).toISOString(),
        expires_in: expiresIn,
        revoked_at: null,
      };
      state.authorizations[auth.id] = auth;
      return auth;
    });
    return this.success(call, 201, 'authorization', this.render(call, created), 'Create authorization');
  }

  /** By id or token; expired and revoked tokens are still shown (with `expires_in_seconds: 0` once expired). */
  show(call: BrokerAction, idOrToken: string): EmulatorReply {
    const found = this.find(call, idOrToken);
    if (found === undefined) return notFound(call);
    return this.success(call, 200, 'authorization', this.render(call, found), 'Display authorization');
  }

  /** Only the note changes; a request without `note` changes nothing and still answers 200. */
  update(call: BrokerAction, idOrToken: string): EmulatorReply {
    const denied = checkAuthorizationPermission(call.caller.scopes, 'update_authorization');
    if (denied !== undefined) return brokerError(call.version, 403, denied.text, denied.exitCode);
    const found = this.find(call, idOrToken);
    if (found === undefined) return notFound(call);
    if (Object.hasOwn(call.params, 'note')) {
      const note = stringField(call.params['note']);
      const invalid = invalidNote(call, note);
      if (invalid !== undefined) return invalid;
      this.context.state.update((state) => {
        state.authorizations[found.id]!.note = note;
      });
    }
    return this.success(call, 200, 'authorization', this.render(call, this.context.state.read().authorizations[found.id]!), 'Change authorization');
  }

  /** A hard delete. An unknown id or token is not an error: the broker answers the same success. */
  destroy(call: BrokerAction, idOrToken: string): EmulatorReply {
    const denied = checkAuthorizationPermission(call.caller.scopes, 'destroy_authorization');
    if (denied !== undefined) return brokerError(call.version, 403, denied.text, denied.exitCode);
    this.context.state.update((state) => {
      const found = findByIdOrToken(state.authorizations, call.caller.user.id, idOrToken);
      if (found !== undefined) delete state.authorizations[found.id];
    });
    return this.deleted(call, `Authorization ${idOrToken} is revoked.`);
  }

  /** Every token of the caller, or (`scope=s`) those whose scope list holds exactly `s`. */
  destroyAll(call: BrokerAction): EmulatorReply {
    const denied = checkAuthorizationPermission(call.caller.scopes, 'destroy_authorization');
    if (denied !== undefined) return brokerError(call.version, 403, denied.text, denied.exitCode);
    const scope = present(call.params['scope']) ? stringField(call.params['scope']) : null;
    this.context.state.update((state) => {
      for (const auth of authorizationsOf(state, call.caller.user.id)) {
        if (scope === null || readStoredScopes(auth.scopes).some((s) => s.text === scope)) delete state.authorizations[auth.id];
      }
    });
    const who = `All authorizations for ${call.caller.user.id}`;
    return this.deleted(call, scope === null ? `${who} are revoked.` : `${who} with scope ${scope} are revoked.`);
  }

  /** The caller's token; none is visible to scopes other than session. */
  private find(call: BrokerAction, idOrToken: string): Readonly<StoredAuthorization> | undefined {
    if (!seesAuthorizations(call.caller.scopes)) return undefined;
    return findByIdOrToken(this.context.state.read().authorizations, call.caller.user.id, idOrToken);
  }

  private render(call: BrokerAction, auth: Readonly<StoredAuthorization>): Record<string, unknown> {
    return restAuthorization(auth, this.context.baseUrl, call.nowMs, call.nolinks);
  }

  private success(call: BrokerAction, status: number, type: string, data: unknown, message: string): EmulatorReply {
    return brokerReply(call.version, status, { type, data, messages: [brokerMessage('info', message)] });
  }

  /** Deletes answer 200 with the message, or 204 without a body to clients of API 1.4 and older. */
  private deleted(call: BrokerAction, message: string): EmulatorReply {
    if (!atLeast(call.version, '1.5')) return reply.empty(204);
    return brokerReply(call.version, 200, { type: null, data: null, messages: [brokerMessage('info', message)] });
  }
}

/** [derived] The DocumentNotFound handler's text for Authorization, with its code 129. */
function notFound(call: BrokerAction): EmulatorReply {
  return brokerError(call.version, 404, 'The requested authorization was not found.', 129);
}

/**
 * A note over 4096 characters fails the model's validation. [inferred] The real broker's generic
 * validation handler needs a `validation_map` the Authorization model lacks, so it probably answers
 * 500; the emulator answers what the handler meant to: 422 naming the field.
 */
function invalidNote(call: BrokerAction, note: string | null): EmulatorReply | undefined {
  if (note === null || [...note].length <= MAX_NOTE_LENGTH) return undefined;
  return brokerError(call.version, 422, `Note is too long (maximum is ${MAX_NOTE_LENGTH} characters)`, 1, 'note');
}

function unusedHex(length: number, taken: (candidate: string) => boolean): string {
  for (;;) {
    const candidate = randomHex(length);
    if (!taken(candidate)) return candidate;
  }
}

