// VMS RBAC as far as API tokens need it: permissions on the Security realm (KB "Managing VMS API Tokens").
// Roles in the emulator's user directory are these permission names.
import type { EmulatorUser } from '../users/user-directory';

export const SECURITY_PERMISSIONS = {
  create: 'security.create',
  edit: 'security.edit',
  delete: 'security.delete',
  view: 'security.view',
} as const;

export type SecurityAction = keyof typeof SECURITY_PERMISSIONS;

/**
 * [inferred] A manager manages their own tokens freely (self-service: the KB says every manager can list
 * and show their own); acting on another owner's tokens takes the Security permission for the action:
 * create for another owner, edit to modify, delete to revoke, view to list or show.
 */
export function mayActOn(user: EmulatorUser, owner: string, action: SecurityAction): boolean {
  return user.username === owner || user.roles.includes(SECURITY_PERMISSIONS[action]);
}

/** Security view: lists show every owner's tokens, and `owner=` may name anyone. */
export function maySeeEveryOwner(user: EmulatorUser): boolean {
  return user.roles.includes(SECURITY_PERMISSIONS.view);
}

/** [inferred] Changing VMS-wide settings (the per-user token limit) takes Security edit. */
export function mayEditSettings(user: EmulatorUser): boolean {
  return user.roles.includes(SECURITY_PERMISSIONS.edit);
}
