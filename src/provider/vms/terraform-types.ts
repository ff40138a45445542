// Everything this platform offers in Terraform: resources, data sources and ephemeral resources.
import type { PlatformTypes } from '../platform-definitions';
import { apiTokenEphemeral } from './api-token-ephemeral';
import { apiTokenResource } from './api-token-resource';
import { apiTokensDataSource } from './api-tokens-data-source';

export const vmsTypes: PlatformTypes = {
  resources: [apiTokenResource],
  dataSources: [apiTokensDataSource],
  ephemeralResources: [apiTokenEphemeral],
};
