// Turns a refresh-only plan (`terraform show -json` of it) into plain words: which token drifted and how.
// Values of sensitive attributes are never printed; only what changed is named.

interface ResourceChangeJson {
  readonly address: string;
  readonly type: string;
  readonly change: {
    readonly actions: readonly string[];
    readonly before?: Record<string, unknown> | null;
    readonly after?: Record<string, unknown> | null;
    readonly before_sensitive?: unknown;
    readonly after_sensitive?: unknown;
  };
}

export interface RefreshOnlyPlanJson {
  readonly resource_drift?: readonly ResourceChangeJson[];
}

const WHAT: Readonly<Record<string, string>> = {
  authtoken_als_service_auth_token: 'ALS service auth token',
  authtoken_vms_api_token: 'VMS API token',
  authtoken_openshift_authorization: 'OpenShift authorization',
};

/** One line per drifted resource; empty when nothing drifted. */
export function describeDrift(plan: RefreshOnlyPlanJson): string[] {
  return (plan.resource_drift ?? []).map((drift) => {
    const what = WHAT[drift.type] ?? drift.type;
    const before = drift.change.before ?? {};
    const name = typeof before['name'] === 'string' ? ` "${before['name']}"` : typeof before['label'] === 'string' ? ` "${before['label']}"` : typeof before['note'] === 'string' ? ` "${before['note']}"` : '';
    const id = typeof before['id'] === 'string' ? ` (id ${before['id']})` : '';
    if (drift.change.actions.includes('delete') || drift.change.after === null || drift.change.after === undefined) {
      return `${drift.address}: the ${what}${name}${id} was revoked, expired or deleted outside Terraform; it no longer works. The next apply creates a new one.`;
    }
    const after = drift.change.after;
    const sensitive = (drift.change.before_sensitive ?? {}) as Record<string, unknown>;
    const changed = Object.keys({ ...before, ...after }).filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null));
    const shown = changed.map((k) => (sensitive[k] === true ? `${k} (sensitive)` : `${k}: ${JSON.stringify(before[k] ?? null)} → ${JSON.stringify(after[k] ?? null)}`));
    return `${drift.address}: the ${what}${name}${id} was changed outside Terraform (${shown.join('; ')}). The next apply puts it back as configured.`;
  });
}
