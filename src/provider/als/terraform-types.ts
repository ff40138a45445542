// Everything this platform offers in Terraform: resources, data sources and ephemeral resources.
import type { PlatformTypes } from '../platform-definitions';
import { serviceAuthTokenResource } from './service-auth-token-resource';
import { serviceAuthTokensDataSource } from './service-auth-tokens-data-source';

export const alsTypes: PlatformTypes = {
  resources: [serviceAuthTokenResource],
  dataSources: [serviceAuthTokensDataSource],
  ephemeralResources: [],
};
