// OpenShift Origin/Enterprise v2 broker: the REST API under /broker/rest/ as far as authorizations need
// it: the entry point `GET /api` (no auth, link relations), `GET /user` (the caller), and the
// authorizations collection and members. Users are the emulator's user directory (admin = the
// connection user); tokens and the per-scope lifetimes live in the state.
import type { PlatformEmulator } from '../platform-emulator';
import { apiLinks } from './api-links';
import { authorizationRoutes } from './authorization-routes';
import { brokerError, brokerReply } from './broker-envelope';
import { brokerAction, unsupportedVersion, versionOf } from './broker-request';
import { openShiftAdminActions } from './openshift-admin-actions';
import { initialOpenShiftState, reviveOpenShiftState, type OpenShiftState } from './openshift-state';
import { REST_BASE, restUser } from './rest-models';
import { SHIPPED_SCOPE_TIMEOUTS, parseAuthScopeTimeouts, type ScopeTimeouts } from './scope-timeouts';

export { REST_BASE } from './rest-models';

export interface OpenShiftEmulatorOptions {
  /**
   * Default and maximum lifetime per scope: an object by scope name (`session`, `domain/:id/view`, `*`
   * for the rest) or broker.conf's AUTH_SCOPE_TIMEOUTS text. The shipped broker.conf when absent.
   * Changeable at run time with the `scope-timeouts` admin action.
   */
  readonly scopeTimeouts?: ScopeTimeouts | string;
}

export function createOpenShiftEmulator(options: OpenShiftEmulatorOptions = {}): PlatformEmulator<OpenShiftState> {
  const timeouts =
    options.scopeTimeouts === undefined ? SHIPPED_SCOPE_TIMEOUTS
    : typeof options.scopeTimeouts === 'string' ? parseAuthScopeTimeouts(options.scopeTimeouts)
    : options.scopeTimeouts;
  return {
    name: 'openshift',
    title: 'OpenShift v2 broker',
    admin: { username: 'admin', roles: [] },
    initialState: () => initialOpenShiftState(timeouts),
    reviveState: (saved) => reviveOpenShiftState(saved, timeouts),

    routes(router, context) {
      router.get(`${REST_BASE}/api`, (request) => {
        const negotiated = versionOf(request);
        if (negotiated.kind === 'unsupported') return unsupportedVersion(negotiated.requested);
        return brokerReply(negotiated.version, 200, { type: 'links', data: apiLinks(context.baseUrl, negotiated.version, context.state.read().scopeTimeouts) });
      });
      router.get(`${REST_BASE}/user`, (request) =>
        brokerAction(context, request, 'user', (call) => brokerReply(call.version, 200, { type: 'user', data: restUser(call.caller.user, call.nolinks) })),
      );
      authorizationRoutes(router, context);
    },

    // [inferred] An unrouted path answers the generic not-found envelope (exit code 1); Rails itself
    // would answer its routing-error page.
    notFound: (request) => {
      const negotiated = versionOf(request);
      return brokerError(negotiated.kind === 'ok' ? negotiated.version : '1.7', 404, 'The requested resource was not found.', 1);
    },

    adminActions: openShiftAdminActions,
  };
}

/** The broker as shipped (what `startEmulators` and `authtoken emulate` run). */
export const openShiftEmulator: PlatformEmulator<OpenShiftState> = createOpenShiftEmulator();
