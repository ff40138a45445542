// Everything this platform offers in Terraform: resources, data sources and ephemeral resources.
import type { PlatformTypes } from '../platform-definitions';

export const alsTypes: PlatformTypes = {
  resources: [],
  dataSources: [],
  ephemeralResources: [],
};
