// The schema JSON the framework produces offline is exactly what Terraform prints for the same provider.
import { providerSchemaJson } from '../../../src/framework/schema/to-json';
import { fwtestProvider } from '../../fixtures/fwtest/provider';
import { buildFwtestPackage } from '../../support/fwtest-plugin';
import { TerraformWorkspace } from '../../support/terraform-cli';

jest.setTimeout(60_000);

test('providerSchemaJson equals `terraform providers schema -json`, plus provider_versions', async () => {
  const ws = TerraformWorkspace.create([await buildFwtestPackage()]);
  try {
    ws.writeConfig('terraform {\n  required_providers {\n    fwtest = { source = "test/fwtest", version = "0.0.1" }\n  }\n}\n');
    await ws.init();
    const fromTerraform = JSON.parse((await ws.must(['providers', 'schema', '-json'])).stdout) as Record<string, unknown>;
    const ours = providerSchemaJson(fwtestProvider, 'registry.terraform.io/test/fwtest');
    expect(ours.provider_versions).toEqual({ 'registry.terraform.io/test/fwtest': '0.0.1' });
    delete ours.provider_versions;
    expect(ours).toEqual(fromTerraform);
  } finally {
    ws.cleanup();
  }
});
