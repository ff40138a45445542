// HP Helion ALS (Stackato 3 / Cloud Foundry v2 cloud_controller_ng): the API endpoint with `/v2/info`.
// The UAA/AOK login lives on the same port under /uaa (`authorization_endpoint`), as a Stackato
// install exposes it under its own host.
//
// To extend: add routes in `routes` (e.g. POST /uaa/oauth/token, the /v2/service_auth_tokens CRUD),
// keep tokens in `AlsState`, and add out-of-band actions in `adminActions`.
import { randomGuid } from '../random';
import { reply } from '../http/emulator-reply';
import type { PlatformContext, PlatformEmulator } from '../platform-emulator';
import { cfJson, cfNotFound } from './cf-error';
import { initialAlsState, type AlsState } from './als-state';

/** The UAA scope that makes a user a Cloud Controller admin. */
export const ALS_ADMIN_SCOPE = 'cloud_controller.admin';

export const alsEmulator: PlatformEmulator<AlsState> = {
  name: 'als',
  title: 'HP Helion ALS (Cloud Foundry v2)',
  admin: { username: 'admin', roles: [ALS_ADMIN_SCOPE] },
  initialState: initialAlsState,

  routes(router, context) {
    // No auth: clients discover the login endpoint here. `user` appears only when authenticated; the
    // values of name/build/support/description are [inferred] (Stackato-like).
    router.get('/v2/info', () => cfJson(200, info(context)));
  },

  notFound: () => cfNotFound(),

  finishReply(_request, answer) {
    // CC tags every answer with a request id.
    return reply.withHeaders(answer, { 'X-VCAP-Request-ID': randomGuid() });
  },
};

function info(context: PlatformContext<AlsState>): Record<string, unknown> {
  const uaa = `${context.baseUrl}/uaa`;
  return {
    name: 'vcap',
    build: '2222',
    support: 'http://www.hpcloud.com/',
    version: 2,
    description: 'HP Helion Development Platform (authtoken emulator)',
    authorization_endpoint: uaa,
    token_endpoint: uaa,
    api_version: '2.2.0',
    allow_debug: true,
    logging_endpoint: null,
    vendor_version: 'v3.6.2',
    stackato: { UUID: STACKATO_UUID, license_accepted: true },
  };
}

/** Fixed per process: the real value identifies the cluster and never changes. */
const STACKATO_UUID = randomGuid();
