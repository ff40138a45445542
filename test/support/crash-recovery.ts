// What the crash tests share: creates held in flight so a kill lands mid-apply, and the recovery a
// user goes through afterwards — apply again, write an import block for each ALS token the errors name,
// apply once more.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fleetConfig, type Census, type Fleet, type FleetSize } from './token-fleet';
import type { RunResult } from './terraform-cli';

/** The route each platform creates a token on, as its emulator registered it. */
const CREATE_ROUTES = { als: '/v2/service_auth_tokens', vms: '/api/:version/apitokens/', openshift: '/broker/rest/user/authorizations' } as const;
const PLATFORMS = ['als', 'vms', 'openshift'] as const;

/**
 * Every create is made at once but answered only after `ms`, so at any moment many tokens exist on the
 * platforms whose creates have not returned: what a kill then loses.
 */
export async function slowCreateAnswers(fleet: Fleet, ms: number): Promise<void> {
  for (const p of PLATFORMS) await fleet.emulators[p].admin.addFault({ effect: 'delay-answer', ms, method: 'POST', route: CREATE_ROUTES[p] });
}

/**
 * The first `answered` creates on each platform are answered at once; every later one is made and then
 * held for `heldMs`. A kill that waits for some recorded tokens thus always lands with creates in flight,
 * however slow the machine (a uniform delay answers all of them within a few ms of each other).
 */
export async function holdCreateAnswersAfter(fleet: Fleet, answered: number, heldMs = 120_000): Promise<void> {
  for (const p of PLATFORMS) {
    // Rules are tried in order: the first, until its `times` are spent, then the second.
    await fleet.emulators[p].admin.addFault({ effect: 'delay-answer', ms: 0, method: 'POST', route: CREATE_ROUTES[p], times: answered });
    await fleet.emulators[p].admin.addFault({ effect: 'delay-answer', ms: heldMs, method: 'POST', route: CREATE_ROUTES[p] });
  }
}

/** Creates the three platforms have answered so far (their request logs). */
export async function answeredCreates(fleet: Fleet): Promise<number> {
  let answered = 0;
  for (const p of PLATFORMS) {
    const created = `POST ${CREATE_ROUTES[p]}`;
    answered += (await fleet.emulators[p].admin.requests()).entries.filter((r) => r.route === created && r.outcome.kind === 'answered' && r.outcome.status < 300).length;
  }
  return answered;
}

export function madePerPlatform(fleet: Fleet): { als: number; vms: number; openshift: number } {
  const als = fleet.emulators.als.context.state.read() as { serviceAuthTokens: object };
  const vms = fleet.emulators.vms.context.state.read() as { apiTokens: object };
  const os = fleet.emulators.openshift.context.state.read() as { authorizations: object };
  return { als: Object.keys(als.serviceAuthTokens).length, vms: Object.keys(vms.apiTokens).length, openshift: Object.keys(os.authorizations).length };
}

export async function clearFaults(fleet: Fleet): Promise<void> {
  for (const e of [fleet.emulators.als, fleet.emulators.vms, fleet.emulators.openshift]) await e.admin.clearFaults();
}

/** Tokens the three platforms have made so far. */
export function tokensMade(fleet: Fleet): number {
  const made = madePerPlatform(fleet);
  return made.als + made.vms + made.openshift;
}

/** Resource instances per platform in the workspace's local state file right now (none while it is being rewritten). */
export function recordedInStateFile(fleet: Fleet): { als: number; vms: number; openshift: number } {
  const recorded = { als: 0, vms: 0, openshift: 0 };
  try {
    const state = JSON.parse(readFileSync(join(fleet.ws.dir, 'terraform.tfstate'), 'utf8')) as { resources?: { type: string; instances: unknown[] }[] };
    for (const r of state.resources ?? []) {
      const platform = r.type.startsWith('authtoken_als_') ? 'als' : r.type.startsWith('authtoken_vms_') ? 'vms' : 'openshift';
      recorded[platform] += r.instances.length;
    }
  } catch {
    // being rewritten, or not there yet
  }
  return recorded;
}

/** `with <address>,` … `guid <guid>` of each "Service Auth Token Already Exists" error. */
export function tokensToImport(output: string): { address: string; guid: string }[] {
  return output
    .split(/^Error: /m)
    .filter((block) => block.startsWith('Service Auth Token Already Exists'))
    .map((block) => ({ address: /with (\S+),/.exec(block)?.[1] ?? '', guid: /guid\s+([0-9a-f-]{36})/.exec(block)?.[1] ?? '' }));
}

export interface Recovery {
  /** The ALS tokens the first apply named for import, imported by the test as a user would. */
  readonly imported: number;
  readonly applies: number;
  readonly transcript: string;
}

/**
 * Applies until converged (at most three times): an apply that fails only on ALS tokens it names for
 * import gets an import block for each, and runs again. Anything else failing fails the test.
 */
export async function recover(fleet: Fleet, size: FleetSize): Promise<Recovery> {
  fleet.ws.writeConfig(fleetConfig(size));
  let imported = 0;
  let transcript = '';
  for (let applies = 1; applies <= 3; applies++) {
    const r: RunResult = await fleet.ws.run(['apply', '-auto-approve', '-input=false', '-no-color']);
    transcript += `$ terraform apply (exit ${r.code})\n${r.stdout}\n${r.stderr}\n`;
    if (r.code === 0) {
      fleet.ws.writeConfig('', 'imports.tf');
      return { imported, applies, transcript };
    }
    const toImport = tokensToImport(`${r.stdout}\n${r.stderr}`);
    const errors = (`${r.stdout}\n${r.stderr}`.match(/^Error: /gm) ?? []).length;
    if (toImport.length === 0 || toImport.length !== errors || toImport.some((t) => t.address === '' || t.guid === '')) {
      throw new Error(`apply ${applies} failed other than on ALS tokens to import:\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
    }
    // One import block per token the errors named (Terraform 1.5+), imported by the next apply.
    fleet.ws.writeConfig(toImport.map(({ address, guid }) => `import {\n  to = ${address}\n  id = "${guid}"\n}\n`).join('\n'), 'imports.tf');
    imported += toImport.length;
  }
  throw new Error(`no convergence after 3 applies:\n${transcript.slice(-6000)}`);
}

export interface OrphanFate {
  /** ALS tokens the state lost, now in state (imported by the guid the error named). */
  readonly alsImported: number;
  /** OpenShift authorizations the state lost, now in state (adopted by their marker). */
  readonly openshiftAdopted: number;
  /** VMS tokens the state lost (their secret with them), now revoked. */
  readonly vmsRevoked: number;
  /** Orphans that are none of these: left live outside the state. */
  readonly unaccounted: readonly string[];
}

/** What became of each token live at the kill that no state held. */
export function fateOfOrphans(fleet: Fleet, atKill: Census, after: Census): OrphanFate {
  const vms = fleet.emulators.vms.context.state.read() as { apiTokens: Record<string, { revoked: boolean }> };
  const alsImported = atKill.als.orphans.filter((id) => after.als.stateIds.includes(id));
  const openshiftAdopted = atKill.openshift.orphans.filter((id) => after.openshift.stateIds.includes(id));
  const vmsRevoked = atKill.vms.orphans.filter((id) => vms.apiTokens[id]?.revoked === true);
  const accounted = new Set([...alsImported, ...openshiftAdopted, ...vmsRevoked]);
  return {
    alsImported: alsImported.length,
    openshiftAdopted: openshiftAdopted.length,
    vmsRevoked: vmsRevoked.length,
    unaccounted: [...atKill.als.orphans, ...atKill.vms.orphans, ...atKill.openshift.orphans].filter((id) => !accounted.has(id)),
  };
}
