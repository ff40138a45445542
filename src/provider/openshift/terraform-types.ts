// Everything this platform offers in Terraform: resources, data sources and ephemeral resources.
import type { PlatformTypes } from '../platform-definitions';

export const openShiftTypes: PlatformTypes = {
  resources: [],
  dataSources: [],
  ephemeralResources: [],
};
