// Review: a VMS API token without `owner`, planned by one VMS user (a CI plan job with its own
// credentials) and applied from the saved plan by another (the apply job). The plan filled in the owner
// (and the default name) from the planning user; the apply re-planned them from the applying user and
// Terraform stopped with "Provider produced inconsistent final plan" (.owner: was "admin", but now
// "alice"). A default that depends on who runs Terraform cannot be promised at plan: it is known after
// apply, and the saved plan applies whoever applies it.
import { startEmulators, type RunningEmulators } from '../../../src/emulators';
import { AUTHTOKEN_HEADER, authtokenPackage } from '../../support/authtoken-package';
import { emulatorEnvironment } from '../../support/resource-test';
import { TerraformWorkspace } from '../../support/terraform-cli';
import { TOKEN_MANAGER, allTokens } from './vms-platform';

jest.setTimeout(120_000);

let emulators: RunningEmulators;
let ws: TerraformWorkspace;

beforeAll(async () => {
  emulators = await startEmulators({ reportError: () => {} });
  ws = TerraformWorkspace.create([await authtokenPackage()], emulatorEnvironment(emulators));
});

afterAll(async () => {
  ws?.cleanup();
  await emulators?.stop();
});

test('a saved plan for a token with the default owner applies under another VMS user', async () => {
  await emulators.vms.admin.putUser('alice', { password: 'alice-apply-job-password', roles: TOKEN_MANAGER });
  ws.writeConfig(`${AUTHTOKEN_HEADER}
resource "authtoken_vms_api_token" "ci" {
  expiry = "1D"
}
`);
  await ws.init();
  await ws.must(['plan', '-input=false', '-out=tfplan']);
  const applied = await ws.run(['apply', '-input=false', '-no-color', 'tfplan'], { env: { VMS_USERNAME: 'alice', VMS_PASSWORD: 'alice-apply-job-password' } });
  const output = applied.stdout + applied.stderr;
  expect(output).not.toMatch(/inconsistent/);
  expect(applied.code).toBe(0);
  const state = await ws.state();
  const values = state.values!.root_module!.resources!.find((r) => r.address === 'authtoken_vms_api_token.ci')!.values;
  const onVms = (await allTokens({ emulators } as never)).find((t) => t.id === values['id']);
  expect(onVms).toMatchObject({ owner: values['owner'], name: values['name'], revoked: false });
  await ws.destroy();
});
