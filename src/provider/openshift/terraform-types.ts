// Everything this platform offers in Terraform: resources, data sources and ephemeral resources.
import type { PlatformTypes } from '../platform-definitions';
import { authorizationResource } from './authorization-resource';

export const openShiftTypes: PlatformTypes = {
  resources: [authorizationResource],
  dataSources: [],
  ephemeralResources: [],
};
