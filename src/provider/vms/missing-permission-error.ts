// A VMS 403 that says what is missing. The VMS answers DRF's bare "You do not have permission to perform
// this action."; the client knows which Security-realm permission the call needs (KB "Managing VMS API
// Tokens": Create to create, Edit to modify, Delete to revoke, View to see other owners' tokens) and who
// it is, so the user learns what to ask their VMS administrator for:
//   VMS create API token: HTTP 403: You do not have permission to perform this action. (this needs the
//   Create permission on the Security realm for the VMS user "ci")
import { PlatformError, type PlatformErrorDetails, type Redactor } from '../common';

export type SecurityPermission = 'Create' | 'Edit' | 'Delete' | 'View';

/** Who the VMS checks the permission of: a manager by name, or the owner of the API token in use. */
export type VmsPrincipal = { readonly username: string } | { readonly apiTokenId: string };

export class MissingPermissionError extends PlatformError {
  static {
    this.prototype.name = 'MissingPermissionError';
  }

  readonly realm = 'Security';
  readonly permission: SecurityPermission;
  /** The manager lacking it; undefined when the client authenticates with an API token (its owner lacks it). */
  readonly username: string | undefined;

  constructor(refusal: PlatformError, permission: SecurityPermission, principal: VmsPrincipal, redactor: Redactor) {
    const details: PlatformErrorDetails = {
      platform: refusal.platform,
      operation: refusal.operation,
      kind: refusal.kind,
      attempts: refusal.attempts,
      platformMessage: `${refusal.platformMessage ?? 'Forbidden'} (${hint(permission, principal)})`,
      ...(refusal.status === undefined ? {} : { status: refusal.status }),
      ...(refusal.platformCode === undefined ? {} : { platformCode: refusal.platformCode }),
    };
    super(details, redactor);
    this.permission = permission;
    this.username = 'username' in principal ? principal.username : undefined;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), realm: this.realm, permission: this.permission, username: this.username };
  }
}

function hint(permission: SecurityPermission, principal: VmsPrincipal): string {
  const who = 'username' in principal ? `the VMS user ${JSON.stringify(principal.username)}` : `the VMS user who owns API token ${principal.apiTokenId}`;
  const why = permission === 'View' ? ", to see another owner's API tokens" : '';
  return `this needs the ${permission} permission on the Security realm for ${who}${why}`;
}
