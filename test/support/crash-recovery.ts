// What the crash tests share: holding creates in flight so a kill lands mid-apply, and the recovery a
// user goes through afterwards — apply again, import the ALS tokens the errors name, apply once more.
import { fleetConfig, type Fleet, type FleetSize } from './token-fleet';
import type { RunResult } from './terraform-cli';

/** Every create waits this long on its way in, so many are in flight at any moment. */
export async function slowCreates(fleet: Fleet, ms: number): Promise<void> {
  await fleet.emulators.als.admin.addFault({ effect: 'latency', ms, method: 'POST', route: '/v2/service_auth_tokens' });
  await fleet.emulators.vms.admin.addFault({ effect: 'latency', ms, method: 'POST', route: '/api/:version/apitokens/' });
  await fleet.emulators.openshift.admin.addFault({ effect: 'latency', ms, method: 'POST', route: '/broker/rest/user/authorizations' });
}

export async function clearFaults(fleet: Fleet): Promise<void> {
  for (const e of [fleet.emulators.als, fleet.emulators.vms, fleet.emulators.openshift]) await e.admin.clearFaults();
}

/** Tokens the three platforms have made so far (the emulators' own state). */
export function tokensMade(fleet: Fleet): number {
  const als = fleet.emulators.als.context.state.read() as { serviceAuthTokens: object };
  const vms = fleet.emulators.vms.context.state.read() as { apiTokens: object };
  const os = fleet.emulators.openshift.context.state.read() as { authorizations: object };
  return Object.keys(als.serviceAuthTokens).length + Object.keys(vms.apiTokens).length + Object.keys(os.authorizations).length;
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
  readonly adopted: number;
  readonly revoked: number;
  readonly applies: number;
  readonly transcript: string;
}

/**
 * Applies until converged (at most three times): an apply that fails only on ALS tokens it names for
 * import gets them imported, and runs again. Anything else failing fails the test.
 */
export async function recover(fleet: Fleet, size: FleetSize): Promise<Recovery> {
  fleet.ws.writeConfig(fleetConfig(size));
  let imported = 0;
  let transcript = '';
  for (let applies = 1; applies <= 3; applies++) {
    const r: RunResult = await fleet.ws.run(['apply', '-auto-approve', '-input=false', '-no-color']);
    transcript += `$ terraform apply (exit ${r.code})\n${r.stdout}\n${r.stderr}\n`;
    if (r.code === 0) {
      const adopted = (transcript.match(/Warning: Adopted the OpenShift Authorization an Interrupted Create Left Behind/g) ?? []).length;
      const revoked = [...transcript.matchAll(/An earlier apply of this configuration created (an API token|(\d+) API tokens)/g)].reduce((n, m) => n + (m[2] === undefined ? 1 : Number(m[2])), 0);
      return { imported, adopted, revoked, applies, transcript };
    }
    const toImport = tokensToImport(`${r.stdout}\n${r.stderr}`);
    const errors = (`${r.stdout}\n${r.stderr}`.match(/^Error: /gm) ?? []).length;
    if (toImport.length === 0 || toImport.length !== errors || toImport.some((t) => t.address === '' || t.guid === '')) {
      throw new Error(`apply ${applies} failed other than on ALS tokens to import:\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
    }
    for (const { address, guid } of toImport) {
      await fleet.terraform(['import', '-input=false', address, guid]);
      imported++;
    }
  }
  throw new Error(`no convergence after 3 applies:\n${transcript.slice(-6000)}`);
}
