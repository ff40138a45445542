// The provider's per-platform configuration: block first, environment second; unknown while planning;
// one diagnostic naming the block and the variables when a platform is missing or incomplete.
import { TerraformError, unknown } from '../../src/framework';
import { PlatformConnection } from '../../src/provider/platform-connection';
import { platformSettings } from '../../src/provider/platform-settings';

const connection = <K extends 'als' | 'vms' | 'openshift'>(platform: K, block: unknown, env: NodeJS.ProcessEnv = {}) =>
  new PlatformConnection(platform, platformSettings(platform, block, env), (values) => ({ values }));

function thrown(fn: () => unknown): TerraformError {
  try {
    fn();
  } catch (error) {
    if (error instanceof TerraformError) return error;
    throw error;
  }
  throw new Error('expected a TerraformError');
}

test('a platform with neither block nor variables is not configured, and the error says how to configure it', () => {
  const error = thrown(() => connection('vms', null).client());
  expect(error.summary).toBe('VMS Not Configured');
  expect(error.detail).toMatch(/provider's vms block/);
  expect(error.detail).toMatch(/VMS_ENDPOINT/);
  expect(error.detail).toMatch(/VMS_API_TOKEN/);
  expect(error.detail).toMatch(/VMS_USERNAME with VMS_PASSWORD/);
});

test('block arguments win over environment variables, which fill what the block leaves out', () => {
  const c = connection('openshift', { server: 'https://broker.example', username: null, password: 'from-block', token: null, ca_file: null, insecure: null }, {
    OPENSHIFT_SERVER: 'https://ignored.example',
    OPENSHIFT_USERNAME: 'env-user',
  });
  expect(c.client().values).toEqual({ server: 'https://broker.example', username: 'env-user', password: 'from-block' });
});

test('environment variables alone configure a platform; empty ones count as unset', () => {
  expect(connection('als', null, { ALS_API_ENDPOINT: 'https://api.example', ALS_USERNAME: 'u', ALS_PASSWORD: 'p', ALS_TOKEN_FILE: '' }).client().values).toEqual({
    api_endpoint: 'https://api.example',
    username: 'u',
    password: 'p',
  });
});

test('credentials without the address are not a configuration: the error names the address variable', () => {
  const error = thrown(() => connection('als', null, { ALS_USERNAME: 'u', ALS_PASSWORD: 'p' }).client());
  expect(error.summary).toBe('ALS Not Configured');
  expect(error.detail).toMatch(/ALS_API_ENDPOINT/);
});

test('an argument unknown at plan time passes the plan-time check, but no client is built from it', () => {
  const c = connection('vms', { endpoint: unknown, username: 'admin', password: null, api_token: null, tenant: null, ca_file: null, insecure: null });
  expect(c.unknown).toBe(true);
  expect(() => c.checkConfigured()).not.toThrow();
  const error = thrown(() => c.client());
  expect(error.summary).toBe('VMS Configuration Unknown');
  expect(error.detail).toMatch(/endpoint/);
});

test('a client factory that refuses the settings becomes one configuration diagnostic', () => {
  const c = new PlatformConnection('vms', platformSettings('vms', null, { VMS_ENDPOINT: 'https://vms.example', VMS_USERNAME: 'admin' }), () => {
    throw new Error('VMS password is missing');
  });
  const error = thrown(() => c.checkConfigured());
  expect(error.summary).toBe('Invalid VMS Configuration');
  expect(error.detail).toMatch(/^VMS password is missing\./);
  expect(error.detail).toMatch(/VMS_USERNAME with VMS_PASSWORD/);
});

test('the client is built once', () => {
  let built = 0;
  const c = new PlatformConnection('als', platformSettings('als', null, { ALS_API_ENDPOINT: 'https://api.example', ALS_ACCESS_TOKEN: 'tok-123456' }), () => ({ n: ++built }));
  expect(c.client()).toBe(c.client());
  expect(built).toBe(1);
});
