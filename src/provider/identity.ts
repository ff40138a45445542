// Names fixed by the product: the provider type, its registry source address and this release.
export const PROVIDER_NAME = 'authtoken';
export const PROVIDER_SOURCE = 'registry.terraform.io/authtoken/authtoken';
export const PROVIDER_VERSION = '0.1.0';
