// Everything this platform offers in Terraform: resources, data sources and ephemeral resources.
import type { PlatformTypes } from '../platform-definitions';
import { authorizationEphemeral } from './authorization-ephemeral';
import { authorizationResource } from './authorization-resource';
import { authorizationsDataSource } from './authorizations-data-source';
import { scopesDataSource } from './scopes-data-source';

export const openShiftTypes: PlatformTypes = {
  resources: [authorizationResource],
  dataSources: [authorizationsDataSource, scopesDataSource],
  ephemeralResources: [authorizationEphemeral],
};
