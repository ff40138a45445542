// HP Helion ALS (Stackato 3 / Cloud Foundry v2 cloud_controller_ng): `/v2/info`, the UAA/AOK token
// endpoint under /uaa (`authorization_endpoint`), and `/v2/service_auth_tokens` with CC's auth, access
// rules, query, paging and error bodies. Start reading at `serviceAuthTokenRoutes`.
//
// Users: `admin` (scope `cloud_controller.admin`, password generated per start) and whoever tests add
// through the `users` start option or PUT /__emulator/users/:name; a user's roles are extra UAA scopes,
// so a user without `cloud_controller.admin` is a non-admin. Out-of-band actions: als-admin-actions.ts.
import { randomGuid } from '../random';
import { reply } from '../http/emulator-reply';
import type { PlatformEmulator } from '../platform-emulator';
import { alsAdminActions } from './als-admin-actions';
import { initialAlsState, reviveAlsState, type AlsState } from './als-state';
import { cfNotFound } from './cf-error';
import { infoRoutes } from './cf-info';
import { jobRoutes } from './cf-job';
import { legacyServiceGatewayRoutes } from './legacy-service-gateway';
import { SERVICE_AUTH_TOKENS_PATH, serviceAuthTokenRoutes } from './service-auth-token-routes';
import { UAA_PATH, uaaTokenEndpoint } from './uaa-token-endpoint';
import { ALS_ADMIN_SCOPE } from './uaa-tokens';

export { ALS_ADMIN_SCOPE };

/** CC's deprecation notice, URL-escaped as CC sends it (`CGI.escape`). */
export const DEPRECATION_WARNING = 'Endpoint+deprecated';

export const alsEmulator: PlatformEmulator<AlsState> = {
  name: 'als',
  title: 'HP Helion ALS (Cloud Foundry v2)',
  admin: { username: 'admin', roles: [ALS_ADMIN_SCOPE] },
  initialState: initialAlsState,
  reviveState: reviveAlsState,

  routes(router, context) {
    infoRoutes(router, context);
    router.post(`${UAA_PATH}/oauth/token`, uaaTokenEndpoint(context));
    serviceAuthTokenRoutes(router, context);
    jobRoutes(router, context);
    legacyServiceGatewayRoutes(router, context);
  },

  // CC (Sinatra) has no 405: another method on a known path is an unknown request too.
  notFound: () => cfNotFound(),

  finishReply(request, answer, context) {
    // CC tags every answer with a request id; a caller's own id is kept in front, as CC's middleware does.
    const callerId = request.header('x-vcap-request-id');
    const id = callerId === undefined ? randomGuid() : `${callerId}::${randomGuid()}`;
    const deprecated = context.state.read().settings.deprecationWarnings && request.route.includes(SERVICE_AUTH_TOKENS_PATH);
    return reply.withHeaders(answer, { 'X-VCAP-Request-ID': id, ...(deprecated ? { 'X-Cf-Warnings': DEPRECATION_WARNING } : {}) });
  },

  adminActions: alsAdminActions,
};
