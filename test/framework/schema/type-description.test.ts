// A resource's description (given on its definition) reaches the schema Terraform and docs tools read.
import { describedSchema } from '../../../src/framework/schema/type-description';
import { providerSchemaJson } from '../../../src/framework/schema/to-json';
import { authtokenProvider } from '../../../src/provider/authtoken-provider';
import { PROVIDER_SOURCE } from '../../../src/provider/identity';

test('the definition description fills the top block, unless the block has its own', () => {
  expect(describedSchema({ attributes: {} }, { description: 'A token.' }).description).toBe('A token.');
  expect(describedSchema({ attributes: {}, description: 'Own.' }, { description: 'A token.' }).description).toBe('Own.');
});

test('authtoken schema carries each type description and the provider description', () => {
  const json = providerSchemaJson(authtokenProvider, PROVIDER_SOURCE) as { provider_schemas: Record<string, { provider: { block: { description?: string } }; resource_schemas: Record<string, { block: { description?: string } }> }> };
  const entry = json.provider_schemas[PROVIDER_SOURCE]!;
  expect(entry.provider.block.description).toMatch(/authentication tokens/);
  expect(entry.resource_schemas['authtoken_als_service_auth_token']!.block.description).toMatch(/service auth token/);
});
