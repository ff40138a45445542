// The steps every authenticated broker action goes through, in the broker's before-filter order:
// parameters, `nolinks`, API version (406), authentication (401), the controller scope gate (403),
// then the action. Authenticated answers carry the identity headers, errors included.
import type { EmulatorRequest, UnmatchedRequest } from '../http/emulator-request';
import { reply, type EmulatorReply } from '../http/emulator-reply';
import type { PlatformContext } from '../platform-emulator';
import { negotiateApiVersion, type ApiVersion } from './api-version';
import { authenticate, identityHeaders, type BrokerCaller } from './broker-auth';
import { brokerError } from './broker-envelope';
import { brokerParams, rubyBool, type BrokerParams } from './broker-params';
import type { OpenShiftState } from './openshift-state';
import { checkControllerScopes, type BrokerController } from './scope-gate';

export interface BrokerAction {
  readonly version: ApiVersion;
  readonly nolinks: boolean;
  readonly params: BrokerParams;
  readonly caller: BrokerCaller;
  /** The emulator clock at the start of the request. */
  readonly nowMs: number;
}

/** Runs `action` for an authenticated caller whose scopes allow `controller`. */
export function brokerAction(
  context: PlatformContext<OpenShiftState>,
  request: EmulatorRequest,
  controller: BrokerController,
  action: (call: BrokerAction) => EmulatorReply,
): EmulatorReply {
  const negotiated = versionOf(request);
  const parsed = brokerParams(request);
  if (parsed.kind === 'invalid-json') {
    // [inferred] Rails rejects an unparsable JSON body before the broker sees it; the emulator answers
    // the envelope with a 400 rather than Rails' HTML error page.
    return brokerError(negotiated.kind === 'ok' ? negotiated.version : '1.7', 400, 'The request body is not valid JSON.', 1);
  }
  const nolinksParam = rubyBool(parsed.params['nolinks']);
  if (nolinksParam === undefined) {
    // `get_bool` raises a UserException (code 167) before the version is known; [inferred] the envelope
    // carries the negotiated version.
    return brokerError(negotiated.kind === 'ok' ? negotiated.version : '1.7', 422, `Invalid value '${String(parsed.params['nolinks'])}'. Valid options: [true, false]`, 167);
  }
  if (negotiated.kind === 'unsupported') return unsupportedVersion(negotiated.requested);
  const authentication = authenticate(request, context);
  if (authentication.kind === 'denied') return authentication.reply;
  const { caller } = authentication;
  const headers = identityHeaders(caller);
  const denial = checkControllerScopes(caller.scopes, controller, request.method);
  if (denial !== undefined) return reply.withHeaders(brokerError(negotiated.version, 403, denial.text, denial.exitCode), headers);
  const answer = action({ version: negotiated.version, nolinks: negotiated.nolinks || nolinksParam, params: parsed.params, caller, nowMs: context.clock.nowMs() });
  return reply.withHeaders(answer, headers);
}

export function versionOf(request: UnmatchedRequest | EmulatorRequest): ReturnType<typeof negotiateApiVersion> {
  return negotiateApiVersion({
    ...optional('accept', request.header('accept')),
    ...optional('contentType', request.header('content-type')),
    ...optional('userAgent', request.header('user-agent')),
  });
}

/** [src] `render_error` without a code: exit_code null; the reply reports the current version. */
export function unsupportedVersion(requested: string): EmulatorReply {
  return brokerError('1.7', 406, `Requested API version ${requested} is not supported. Supported versions are 1.0,1.1,1.2,1.3,1.4,1.5,1.6,1.7`, null);
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
