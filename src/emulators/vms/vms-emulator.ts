// VAST Data VMS: the REST API under /api/<version>/ (`v1`…`vN` or `latest`), DRF-style. The skeleton
// serves `GET /api/<version>/vms/` with HTTP Basic, which is how a client checks its endpoint and
// credentials and reads `max_api_tokens_per_user`.
//
// To extend: add JWT (/api/token/, /api/token/refresh/) and `Api-Token` auth next to `authenticate`,
// the /api/<version>/apitokens/ routes, and keep tokens in `VmsState.apiTokens`.
import { reply, type EmulatorReply } from '../http/emulator-reply';
import type { EmulatorRequest } from '../http/emulator-request';
import { parseAuthorizationHeader, parseBasicAuthorization } from '../http/authorization-header';
import type { PlatformContext, PlatformEmulator } from '../platform-emulator';
import type { EmulatorUser } from '../users/user-directory';
import { djangoNotFound, drfAuthenticationFailed, drfMethodNotAllowed, drfNotAuthenticated } from './drf-reply';
import { initialVmsState, type VmsState } from './vms-state';

/** Security-realm permissions of the VMS RBAC model (KB "Managing VMS API Tokens"). */
export const VMS_SECURITY_PERMISSIONS = ['security.create', 'security.edit', 'security.delete', 'security.view'] as const;

export const vmsEmulator: PlatformEmulator<VmsState> = {
  name: 'vms',
  title: 'VAST Data VMS',
  admin: { username: 'admin', roles: [...VMS_SECURITY_PERMISSIONS] },
  initialState: initialVmsState,

  routes(router, context) {
    router.get('/api/:version/vms/', (request) =>
      withApiVersion(request, () => {
        const user = authenticate(request, context);
        if (!isUser(user)) return user;
        return reply.json(200, [context.state.read().vms]);
      }),
    );
  },

  notFound: (request) => djangoNotFound(request.path),
  methodNotAllowed: (request, allowed) => drfMethodNotAllowed(request.method, allowed),
};

/** `latest` or `v<N>`; any other segment is a path Django does not route. */
function withApiVersion(request: EmulatorRequest, answer: () => EmulatorReply): EmulatorReply {
  return /^(latest|v[1-9][0-9]?)$/.test(request.params['version'] ?? '') ? answer() : djangoNotFound(request.path);
}

/** HTTP Basic against the user directory; answers the user, or the 401 to send. */
function authenticate(request: EmulatorRequest, context: PlatformContext<VmsState>): EmulatorUser | EmulatorReply {
  const header = request.header('authorization');
  if (parseAuthorizationHeader(header) === undefined) return drfNotAuthenticated();
  const basic = parseBasicAuthorization(header);
  const user = basic && context.users.authenticate(basic.username, basic.password);
  return user ?? drfAuthenticationFailed();
}

function isUser(value: EmulatorUser | EmulatorReply): value is EmulatorUser {
  return 'username' in value;
}
