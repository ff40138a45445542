// Everything this platform offers in Terraform: resources, data sources and ephemeral resources.
import type { PlatformTypes } from '../platform-definitions';
import { apiTokenResource } from './api-token-resource';

export const vmsTypes: PlatformTypes = {
  resources: [apiTokenResource],
  dataSources: [],
  ephemeralResources: [],
};
