// The three platforms, as the provider names them in configuration and in messages.
export type PlatformName = 'als' | 'vms' | 'openshift';

/** How messages name each platform: "ALS create service auth token: HTTP 400: …". */
export const PLATFORM_DISPLAY_NAMES: Readonly<Record<PlatformName, string>> = {
  als: 'ALS',
  vms: 'VMS',
  openshift: 'OpenShift',
};
