// What a request's scopes let it do. Two checks, as in the broker: before any action, at least one scope
// must allow the controller (else 403 "This action is not allowed with your current authorization.");
// inside the authorizations actions, only `session` sees tokens and may create, change or delete them
// (other scopes that pass the gate see an empty list, get 404 on show, 403 on changes).
import type { ParsedScope } from './scope-list';

export type BrokerController = 'authorizations' | 'user';

export interface ScopeDenial {
  readonly text: string;
  readonly exitCode: number;
}

/**
 * `check_controller_scopes`; undefined when the request may go on. [src] origin-server
 * controller/lib/openshift/controller/authentication.rb renders both denials with exit code 1.
 */
export function checkControllerScopes(scopes: readonly ParsedScope[], controller: BrokerController, method: string): ScopeDenial | undefined {
  if (scopes.length === 0) return { text: 'You are not authorized to perform any operations.', exitCode: 1 };
  if (!scopes.some((s) => allowsAction(s, controller, method))) return { text: 'This action is not allowed with your current authorization.', exitCode: 1 };
  return undefined;
}

function allowsAction(scope: ParsedScope, controller: BrokerController, method: string): boolean {
  const { definition } = scope;
  if (definition.kind !== 'simple') return definition.level === 'view' ? method === 'GET' : true;
  switch (definition.name) {
    case 'session':
      return true;
    case 'read':
      return method === 'GET' && controller !== 'authorizations';
    case 'userinfo':
      return controller === 'user' && method === 'GET';
    default:
      // sso is a marker and allows nothing; oauthaccesstoken only allows the OAuth token exchange.
      return false;
  }
}

/** Only `session` makes authorizations visible (every other scope hides them from queries). */
export function seesAuthorizations(scopes: readonly ParsedScope[]): boolean {
  return scopes.some((s) => s.definition.name === 'session');
}

/** The broker's permissions on the user for authorization changes. */
export type AuthorizationPermission = 'create_authorization' | 'update_authorization' | 'destroy_authorization';

/**
 * `authorize!` on the user: only `session` grants these permissions. [src] The denial is
 * `raise OpenShift::OperationForbidden, "…"` (controller/app/models/ability.rb); OOException's code
 * defaults to 1 and render_exception answers `ex.code` as the exit code, so the message's exit_code is 1.
 */
export function checkAuthorizationPermission(scopes: readonly ParsedScope[], permission: AuthorizationPermission): ScopeDenial | undefined {
  if (seesAuthorizations(scopes)) return undefined;
  const scopesText = scopes.map((s) => s.text).join(' ');
  return { text: `You are not permitted to perform this action with the scopes ${scopesText} (${permission} on cloud user)`, exitCode: 1 };
}
