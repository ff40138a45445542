// VMS RBAC as far as API tokens need it: permissions on the Security realm. Roles in the emulator's user
// directory are these permission names, e.g. `{ username: 'ci', roles: ['security.create'] }`; a user
// without roles is a manager who may only look at their own tokens.
//
// [src] KB "Managing VMS API Tokens": every manager can view their own API tokens; creating, modifying
// and revoking tokens takes Security Create, Edit and Delete, and viewing other users' tokens Security
// View. The OpenAPI says the same of create ("Requires Create permissions for the Security realm") and
// list ("Users with view permission for the security realm can list other users' API tokens").
// So even a manager's own token needs the permission to be created, modified or revoked.
import type { EmulatorUser } from '../users/user-directory';

export const SECURITY_PERMISSIONS = {
  create: 'security.create',
  edit: 'security.edit',
  delete: 'security.delete',
  view: 'security.view',
} as const;

export type SecurityAction = keyof typeof SECURITY_PERMISSIONS;

/** Create (for anyone, oneself included), edit (modify) and delete (revoke) API tokens. */
export function mayManageTokens(user: EmulatorUser, action: Exclude<SecurityAction, 'view'>): boolean {
  return user.roles.includes(SECURITY_PERMISSIONS[action]);
}

/** Show a token: one's own freely, another owner's with Security view. */
export function maySee(user: EmulatorUser, owner: string): boolean {
  return user.username === owner || maySeeEveryOwner(user);
}

/** Security view: lists show every owner's tokens, and `owner=` may name anyone. */
export function maySeeEveryOwner(user: EmulatorUser): boolean {
  return user.roles.includes(SECURITY_PERMISSIONS.view);
}

/** [inferred] Changing VMS-wide settings (the per-user token limit) takes Security edit. */
export function mayEditSettings(user: EmulatorUser): boolean {
  return user.roles.includes(SECURITY_PERMISSIONS.edit);
}
