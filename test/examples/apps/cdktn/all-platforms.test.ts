// The all-platforms example on CDK Terrain: the same stack (examples/apps/all-platforms/main.ts, written
// once), synthesized by cdktn with the package's ./cdktn export (jest's "cdktn" project resolves the
// example's `cdktf` and `terraform-provider-authtoken` imports to them, as the build does for the library),
// then the whole CDKTF suite: the HCL twin is the same configuration, applied by the real terraform against
// the emulators, tokens checked on the platforms, re-planned empty, refresh-only clean, destroyed, no secret
// anywhere.
import { AllPlatformsStack } from '../../../../examples/apps/all-platforms/main';
import { synthesize } from '../example-app';
import '../all-platforms.test';

test('cdktn synthesizes the example: its version in the stack metadata, the ephemeral block from its generator', () => {
  const { json } = synthesize({ folder: 'all-platforms', stack: AllPlatformsStack, stackName: 'all-platforms', check: async () => undefined }) as { json: Record<string, any> };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  expect(json['//'].metadata.version).toBe((require('cdktn/package.json') as { version: string }).version);
  expect(json['//'].metadata.version).not.toBe('0.21.0');
  expect(json.ephemeral.authtoken_vms_api_token.gateway_secret).toMatchObject({ name: 'mysql-gateway-secret', expiry: '1H' });
  expect(json.resource.authtoken_als_service_auth_token.mysql).toMatchObject({ token_wo: '${nonsensitive(ephemeral.authtoken_vms_api_token.gateway_secret.token)}', token_wo_version: 1 });
});
