#!/usr/bin/env node
// Reads `terraform show -json` of a refresh-only plan and says, in plain words, which token drifted and
// how: gone from its platform (revoked, expired, deleted) or changed outside Terraform, attribute by
// attribute. Sensitive values are never printed, only that they changed. Exits 2 when anything drifted
// (like `plan -detailed-exitcode`), 0 otherwise, so a CI job can fail on it.
//
//   terraform plan -refresh-only -detailed-exitcode -input=false -out=drift.tfplan
//   terraform show -json drift.tfplan > drift.json
//   node drift-summary.mjs drift.json
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const KINDS = {
  authtoken_vms_api_token: 'VMS API token',
  authtoken_openshift_authorization: 'OpenShift authorization',
  authtoken_als_service_auth_token: 'ALS service auth token',
};

/** True when the plan marks this attribute (or anything inside it) sensitive. */
function isSensitive(marks, key) {
  const m = marks?.[key];
  return m === true || (m !== undefined && m !== false && JSON.stringify(m).includes('true'));
}

function show(value) {
  return value === null || value === undefined ? 'null' : JSON.stringify(value);
}

/** The lines describing one drifted resource. */
function describe(drift) {
  const { address, type, change } = drift;
  const kind = KINDS[type] ?? type;
  const name = change.before?.name ?? change.before?.label ?? change.before?.note;
  const title = `${address} (${kind}${name ? ` "${name}"` : ''})`;
  if (change.actions.includes('delete') || change.after === null) {
    return [`- ${title}: gone from the platform (revoked, expired or deleted outside Terraform). The next apply creates a new one; anything using the old token must be given the new one.`];
  }
  const keys = [...new Set([...Object.keys(change.before ?? {}), ...Object.keys(change.after ?? {})])].sort();
  const changed = keys.filter((k) => JSON.stringify(change.before?.[k]) !== JSON.stringify(change.after?.[k]));
  const details = changed.map((k) =>
    isSensitive(change.before_sensitive, k) || isSensitive(change.after_sensitive, k)
      ? `    ${k}: changed (sensitive, not shown)`
      : `    ${k}: ${show(change.before?.[k])} -> ${show(change.after?.[k])}`,
  );
  return [`- ${title}: changed outside Terraform; the next apply sets it back:`, ...details];
}

/** The summary text and whether anything drifted, from the parsed `terraform show -json` of the plan. */
export function driftSummary(plan) {
  const drifts = (plan.resource_drift ?? []).filter((d) => !(d.change.actions.length === 1 && d.change.actions[0] === 'no-op'));
  if (drifts.length === 0) return { drifted: false, text: 'No drift: every token is as Terraform last applied it.' };
  const head = `Drift: ${drifts.length} ${drifts.length === 1 ? 'object' : 'objects'} changed outside Terraform.`;
  return { drifted: true, text: [head, ...drifts.flatMap(describe)].join('\n') };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: node drift-summary.mjs PLAN.json   (terraform show -json of a refresh-only plan)\n');
    process.exit(1);
  }
  const { drifted, text } = driftSummary(JSON.parse(readFileSync(file, 'utf8')));
  process.stdout.write(`${text}\n`);
  process.exit(drifted ? 2 : 0);
}
