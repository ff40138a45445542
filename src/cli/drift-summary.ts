// A refresh-only plan (`terraform show -json` of it) in plain words: which token drifted and how. The one
// summary behind `npm run demo` and `authtoken drift-report` (the CI recipe). Values of sensitive
// attributes are never printed, only that they changed.

interface ResourceDriftJson {
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
  readonly resource_drift?: readonly ResourceDriftJson[];
}

export interface DriftSummary {
  readonly drifted: boolean;
  /** One sentence per drifted object. */
  readonly lines: readonly string[];
  /** A heading and the lines, ready to print. */
  readonly text: string;
}

const WHAT: Readonly<Record<string, string>> = {
  authtoken_als_service_auth_token: 'ALS service auth token',
  authtoken_vms_api_token: 'VMS API token',
  authtoken_openshift_authorization: 'OpenShift authorization',
};

/** Whether the plan marks this attribute, or anything inside it, sensitive. */
function isSensitive(marks: unknown, key: string): boolean {
  const mark = (marks as Record<string, unknown> | null | undefined)?.[key];
  return mark === true || (mark !== undefined && mark !== false && JSON.stringify(mark).includes('true'));
}

function describe(drift: ResourceDriftJson): string {
  const { change } = drift;
  const before = change.before ?? {};
  const what = WHAT[drift.type] ?? drift.type;
  const label = ['name', 'label', 'note'].map((k) => before[k]).find((v): v is string => typeof v === 'string' && v !== '');
  const id = typeof before['id'] === 'string' ? ` (id ${before['id']})` : '';
  const subject = `${drift.address}: the ${what}${label === undefined ? '' : ` ${JSON.stringify(label)}`}${id}`;
  if (change.actions.includes('delete') || change.after === null || change.after === undefined) {
    return `${subject} is gone from its platform: revoked, expired or deleted outside Terraform, so it no longer works. The next apply creates a new one; whatever used the old token must be given the new one.`;
  }
  const after = change.after;
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .sort()
    .filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null));
  const details = changed.map((k) =>
    isSensitive(change.before_sensitive, k) || isSensitive(change.after_sensitive, k)
      ? `${k} changed (sensitive, not shown)`
      : `${k} ${JSON.stringify(before[k] ?? null)} → ${JSON.stringify(after[k] ?? null)}`,
  );
  return `${subject} was changed outside Terraform: ${details.join('; ')}. The next apply sets it back as configured.`;
}

export function driftSummary(plan: RefreshOnlyPlanJson): DriftSummary {
  const drifts = (plan.resource_drift ?? []).filter((d) => !d.change.actions.every((a) => a === 'no-op'));
  if (drifts.length === 0) return { drifted: false, lines: [], text: 'No drift: every token is as Terraform last applied it.' };
  const lines = drifts.map(describe);
  const heading = `Drift: ${drifts.length} ${drifts.length === 1 ? 'object' : 'objects'} changed outside Terraform.`;
  return { drifted: true, lines, text: [heading, ...lines.map((l) => `  - ${l}`)].join('\n') };
}
