// Renewal at plan time, for tokens that expire (VMS API tokens, OpenShift authorizations):
//   - with `renew_before`, a token that expires within that window is planned for replacement (its
//     `expires_at` becomes "known after apply" and forces it), with a warning that says why; a window no
//     shorter than the token's lifetime is an error on renew_before (it would replace the token every plan);
//   - without it, a token with less than a tenth of its lifetime left gets a warning naming its expiry.
// "Now" is the platform's clock as observed when the token was last read (read-clock.ts), not the live
// clock: the plan made at refresh and the one Terraform makes again at apply (possibly hours later, from
// a saved plan) must agree, or Terraform rejects the apply as an inconsistent final plan.
import { isUnknown, path, unknown, type Diagnostics } from '../../framework';
import { formatDuration, parseGoDuration } from './go-duration';

/** The slice of a modifyPlan request renewal needs; any token resource with these attributes fits. */
export interface RenewalPlanRequest {
  readonly action: 'create' | 'update' | 'delete' | 'noop';
  readonly prior: { readonly expires_at: string | null } | null;
  readonly plan: { expires_at: unknown; renew_before?: unknown } | null;
  readonly diagnostics: Diagnostics;
  requireReplace(at: ReturnType<typeof path>): void;
}

export interface RenewalFacts {
  /** When the token was created (RFC 3339), for its lifetime. */
  readonly createdAt: string | null;
  /** When the token expires once this plan is applied (RFC 3339; null: never); default: its prior `expires_at`. */
  readonly expiresAt?: string | null;
  /** The platform's time when the token was last read (or the local time when never observed). */
  readonly observedAt: Date;
  /** How messages name the token, e.g. `VMS API token "ci" (id JhxND7ci)`. */
  readonly describe: string;
}

/** The fraction of its lifetime below which a token without renew_before gets a warning. */
export const LOW_LIFETIME_FRACTION = 0.1;

export function planRenewal(req: RenewalPlanRequest, facts: RenewalFacts): void {
  if ((req.action !== 'update' && req.action !== 'noop') || req.prior === null || req.plan === null) return;
  const expiresAt = facts.expiresAt === undefined ? req.prior.expires_at : facts.expiresAt;
  if (expiresAt === null) return; // never expires
  const expiryMs = Date.parse(expiresAt);
  if (Number.isNaN(expiryMs)) return;
  const remainingMs = expiryMs - facts.observedAt.getTime();
  const renewBefore = req.plan.renew_before;
  if (isUnknown(renewBefore)) return; // decided once known
  const createdMs = facts.createdAt === null ? NaN : Date.parse(facts.createdAt);
  const lifetimeMs = expiryMs - createdMs;
  if (typeof renewBefore === 'string') {
    // A lifetime the configuration did not give (the platform's default) is known only now: a window
    // at least that long would replace the token on every plan.
    if (lifetimeMs > 0 && !checkRenewalWindow(renewBefore, lifetimeMs, req.diagnostics)) return;
    const window = parseGoDuration(renewBefore);
    if (!window.ok || remainingMs > window.ms) return;
    req.plan.expires_at = unknown;
    req.requireReplace(path('expires_at'));
    req.diagnostics.warning(
      'Token Due for Renewal',
      `The ${facts.describe} expires at ${expiresAt} (in ${formatDuration(remainingMs)} by the platform's clock), within renew_before = "${renewBefore}": this plan replaces it with a new token. ` +
        'With lifecycle { create_before_destroy = true } the new token exists before the old one is revoked.',
    );
    return;
  }
  if (!(lifetimeMs > 0) || remainingMs >= lifetimeMs * LOW_LIFETIME_FRACTION) return;
  req.diagnostics.warning(
    'Token Expires Soon',
    `The ${facts.describe} expires at ${expiresAt} (in ${formatDuration(remainingMs)} by the platform's clock): less than a tenth of its ${formatDuration(lifetimeMs)} lifetime is left. ` +
      'Once it expires, the next plan re-creates it. Set renew_before (for example "72h") to have plans replace it ahead of time.',
  );
}

/**
 * A renew_before no shorter than the token's whole lifetime would replace the token on every plan.
 * Call at plan with the lifetime, when it is known. False when it reported the error.
 */
export function checkRenewalWindow(renewBefore: unknown, lifetimeMs: number | undefined, diagnostics: Diagnostics): boolean {
  if (typeof renewBefore !== 'string' || lifetimeMs === undefined) return true;
  const window = parseGoDuration(renewBefore);
  if (window.ok && window.ms >= lifetimeMs) {
    diagnostics.error(
      'Renewal Window Too Long',
      `renew_before = "${renewBefore}" is not shorter than the token's lifetime (${formatDuration(lifetimeMs)}), so every plan would replace the token. Give a renew_before shorter than the lifetime.`,
      path('renew_before'),
    );
    return false;
  }
  return true;
}
