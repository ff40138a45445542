// VAST Data VMS: the REST API under /api/<version>/ (`latest` or `v1`…`v99`, see api-version.ts),
// Django REST Framework-style, as platform-apis.md §B describes it:
//   POST  /api/token/                      JWT login {username, password} → {access, refresh}
//   POST  /api/token/refresh/              {refresh} → {access, refresh}
//   GET   /api/<v>/vms/ and /vms/<id>/     the VMS object with max_api_tokens_per_user
//   PATCH /api/<v>/vms/<id>/set_max_api_tokens_per_user/
//   GET   /api/<v>/apitokens/              list (owner, archived, name; plain array or DRF pages)
//   POST  /api/<v>/apitokens/              create → 201 {id, token}; 503 at the per-user limit
//   GET   /api/<v>/apitokens/<id>/         show (revoked tokens too)
//   PATCH /api/<v>/apitokens/<id>/         modify name / expiry_date (counted from creation)
//   PATCH /api/<v>/apitokens/<id>/revoke[/]
// Callers authenticate with Basic, `Bearer <JWT>` or `Api-Token <id>.<secret>` (vms-authentication.ts).
// Users' roles are Security-realm permissions (permissions.ts): creating, modifying and revoking tokens,
// even one's own, takes Create, Edit and Delete, a missing one answers DRF's 403; the admin has them all.
// Add users with `users` at start or PUT /__emulator/users/:name {"roles": ["security.create", …]}.
import type { PlatformEmulator } from '../platform-emulator';
import { apiTokenRoutes } from './api-token-routes';
import { djangoNotFound, drfMethodNotAllowed } from './drf-reply';
import { SECURITY_PERMISSIONS } from './permissions';
import { TOKEN_PATH, TOKEN_REFRESH_PATH, tokenEndpoints } from './token-endpoints';
import { vmsAdminActions } from './vms-admin-actions';
import { asPrincipal, createRuntime, runtimeOf } from './vms-runtime';
import { vmsRoutes } from './vms-routes';
import { initialVmsState, reviveVmsState, type VmsState } from './vms-state';

/** Security-realm permissions of the VMS RBAC model (KB "Managing VMS API Tokens"). */
export const VMS_SECURITY_PERMISSIONS = Object.values(SECURITY_PERMISSIONS);

export const vmsEmulator: PlatformEmulator<VmsState> = {
  name: 'vms',
  title: 'VAST Data VMS',
  admin: { username: 'admin', roles: [...VMS_SECURITY_PERMISSIONS] },
  initialState: initialVmsState,
  reviveState: reviveVmsState,

  routes(router, context) {
    const runtime = createRuntime(context);
    tokenEndpoints(router, runtime);
    vmsRoutes(router, runtime);
    apiTokenRoutes(router, runtime);
  },

  notFound: (request) => djangoNotFound(request.path),

  // DRF authenticates before it looks for the method's handler, so a DELETE on an API token without
  // credentials is a 401, and with them a 405. The JWT endpoints authenticate nobody.
  methodNotAllowed: (request, allowed, context) => {
    if (request.path === TOKEN_PATH || request.path === TOKEN_REFRESH_PATH) return drfMethodNotAllowed(request.method, allowed);
    return asPrincipal(runtimeOf(context), request, () => drfMethodNotAllowed(request.method, allowed));
  },

  adminActions: vmsAdminActions,
};
