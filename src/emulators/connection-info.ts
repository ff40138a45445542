// The connection info of the three emulators, exactly as PRODUCT.md fixes it for `authtoken emulate
// --json`: the admin user of each platform.
export interface EmulatorConnectionInfo {
  readonly als: { readonly api_endpoint: string; readonly username: string; readonly password: string };
  readonly vms: { readonly endpoint: string; readonly username: string; readonly password: string };
  readonly openshift: { readonly server: string; readonly username: string; readonly password: string };
}

/**
 * The environment that points the authtoken provider at these emulators, as the admin user of each: the
 * variables its provider blocks fall back to.
 */
export function providerEnvironment(connection: EmulatorConnectionInfo): Record<string, string> {
  const { als, vms, openshift } = connection;
  return {
    ALS_API_ENDPOINT: als.api_endpoint,
    ALS_USERNAME: als.username,
    ALS_PASSWORD: als.password,
    VMS_ENDPOINT: vms.endpoint,
    VMS_USERNAME: vms.username,
    VMS_PASSWORD: vms.password,
    OPENSHIFT_SERVER: openshift.server,
    OPENSHIFT_USERNAME: openshift.username,
    OPENSHIFT_PASSWORD: openshift.password,
  };
}

export type PlatformName = keyof EmulatorConnectionInfo;
export const PLATFORM_NAMES: readonly PlatformName[] = ['als', 'vms', 'openshift'];
