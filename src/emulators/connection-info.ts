// The connection info of the three emulators, exactly as PRODUCT.md fixes it for `authtoken emulate
// --json`: the admin user of each platform.
export interface EmulatorConnectionInfo {
  readonly als: { readonly api_endpoint: string; readonly username: string; readonly password: string };
  readonly vms: { readonly endpoint: string; readonly username: string; readonly password: string };
  readonly openshift: { readonly server: string; readonly username: string; readonly password: string };
}

export type PlatformName = keyof EmulatorConnectionInfo;
export const PLATFORM_NAMES: readonly PlatformName[] = ['als', 'vms', 'openshift'];
