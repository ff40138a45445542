// OpenShift Origin/Enterprise v2 broker: the REST API under /broker/rest/. The skeleton serves the entry
// point `GET /broker/rest/api` (no auth) with version negotiation and the authorization link relations.
//
// To extend: add Basic/Bearer auth, the /broker/rest/user/authorizations and …/user/authorization/:id
// routes (singular members, plural legacy forms), keep them in `OpenShiftState`, and add out-of-band
// actions (e.g. expire, as `oo-admin-ctl-authorization` does) in `adminActions`.
import type { EmulatorReply } from '../http/emulator-reply';
import type { EmulatorRequest, UnmatchedRequest } from '../http/emulator-request';
import type { PlatformContext, PlatformEmulator } from '../platform-emulator';
import { atLeast, negotiateApiVersion, type ApiVersion } from './api-version';
import { brokerError, brokerReply } from './broker-envelope';
import { ADVERTISED_SCOPES, DEFAULT_SCOPE, scopeParameterDescription } from './scopes';
import { initialOpenShiftState, type OpenShiftState } from './openshift-state';

export const REST_BASE = '/broker/rest';

export const openShiftEmulator: PlatformEmulator<OpenShiftState> = {
  name: 'openshift',
  title: 'OpenShift v2 broker',
  admin: { username: 'admin', roles: [] },
  initialState: initialOpenShiftState,

  routes(router, context) {
    router.get(`${REST_BASE}/api`, (request) => withApiVersion(request, (version) => brokerReply(version, 200, { type: 'links', data: apiLinks(context, version) })));
  },

  // [inferred] An unrouted path answers the generic not-found envelope (exit code 1).
  notFound: (request) => withApiVersion(request, (version) => brokerError(version, 404, 'The requested resource was not found.', 1)),
};

/** Runs `answer` with the negotiated version, or answers 406 as the broker does for an unknown one. */
export function withApiVersion(request: UnmatchedRequest | EmulatorRequest, answer: (version: ApiVersion) => EmulatorReply): EmulatorReply {
  const negotiated = negotiateApiVersion({
    ...optional('accept', request.header('accept')),
    ...optional('contentType', request.header('content-type')),
    ...optional('userAgent', request.header('user-agent')),
  });
  if (negotiated.kind === 'ok') return answer(negotiated.version);
  // [inferred] exit code 1 for the 406 message; the docs give none.
  return brokerError('1.7', 406, `Requested API version ${negotiated.requested} is not supported. Supported versions are 1.0,1.1,1.2,1.3,1.4,1.5,1.6,1.7`, 1);
}

interface Link {
  rel: string;
  method: string;
  href: string;
  required_params: unknown[];
  optional_params: unknown[];
}

/**
 * The entry point's links. Only those this project's clients follow are listed (the real broker also
 * lists domains, cartridges, environment, …). Authorization links exist from API 1.2.
 */
function apiLinks(context: PlatformContext<OpenShiftState>, version: ApiVersion): Record<string, Link> {
  const href = (path: string) => `${context.baseUrl}${REST_BASE}${path}`;
  const links: Record<string, Link> = {
    API: { rel: 'API entry point', method: 'GET', href: href('/api'), required_params: [], optional_params: [] },
    GET_USER: { rel: 'Get user information', method: 'GET', href: href('/user'), required_params: [], optional_params: [] },
  };
  if (!atLeast(version, '1.2')) return links;
  links['LIST_AUTHORIZATIONS'] = { rel: 'List authorizations', method: 'GET', href: href('/user/authorizations'), required_params: [], optional_params: [] };
  links['SHOW_AUTHORIZATION'] = {
    rel: 'Retrieve authorization :id',
    method: 'GET',
    href: href('/user/authorization/:id'),
    required_params: [{ name: ':id', type: 'string', description: 'Unique identifier of the authorization', valid_options: [], invalid_options: [] }],
    optional_params: [],
  };
  links['ADD_AUTHORIZATION'] = {
    rel: 'Add new authorization',
    method: 'POST',
    href: href('/user/authorizations'),
    required_params: [],
    optional_params: [
      {
        name: 'scope',
        type: 'string',
        description: scopeParameterDescription(),
        valid_options: ADVERTISED_SCOPES.map((s) => s.name),
        default_value: DEFAULT_SCOPE,
      },
      { name: 'note', type: 'string', description: 'A description to remind you what this authorization is for.', valid_options: [], default_value: null },
      {
        name: 'expires_in',
        type: 'integer',
        description: 'The number of seconds before this authorization expires. Out of range values will be set to the maximum allowed time.',
        valid_options: [],
        default_value: -1,
      },
      {
        name: 'reuse',
        type: 'boolean',
        description: 'Attempt to locate and reuse an authorization that matches the scope and note and has not yet expired.',
        valid_options: [true, false],
        default_value: false,
      },
    ],
  };
  return links;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
