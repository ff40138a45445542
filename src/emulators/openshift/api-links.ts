// The entry point `GET /broker/rest/api` (no auth): link relations. Only those this project's clients
// follow are listed (the real broker also lists domains, cartridges, environment, …). Authorization
// links exist from API 1.2; ADD_AUTHORIZATION's `scope` description is how clients learn the scopes and
// their default validity.
import { atLeast, type ApiVersion } from './api-version';
import { restHref, restLink, restParam, type RestLink } from './rest-models';
import { ADVERTISED_SCOPES, DEFAULT_SCOPE, scopeParameterDescription } from './scopes';
import type { ScopeTimeouts } from './scope-timeouts';

export function apiLinks(baseUrl: string, version: ApiVersion, timeouts: ScopeTimeouts): Record<string, RestLink> {
  const href = (path: string) => restHref(baseUrl, path);
  const links: Record<string, RestLink> = {
    API: restLink('API entry point', 'GET', href('/api')),
    GET_USER: restLink('Get user information', 'GET', href('/user')),
  };
  if (!atLeast(version, '1.2')) return links;
  links['LIST_AUTHORIZATIONS'] = restLink('List authorizations', 'GET', href('/user/authorizations'));
  links['SHOW_AUTHORIZATION'] = restLink('Retrieve authorization :id', 'GET', href('/user/authorization/:id'), [
    restParam(':id', 'string', 'Unique identifier of the authorization'),
  ]);
  links['ADD_AUTHORIZATION'] = restLink('Add new authorization', 'POST', href('/user/authorizations'), [], [
    {
      name: 'scope',
      type: 'string',
      description: scopeParameterDescription(timeouts),
      valid_options: ADVERTISED_SCOPES.map((s) => s.name),
      default_value: DEFAULT_SCOPE,
    },
    { name: 'note', type: 'string', description: 'A description to remind you what this authorization is for.', valid_options: [], default_value: null },
    {
      name: 'expires_in',
      type: 'integer',
      // [src] The text says "maximum"; the broker actually uses the scope's default (see authorization-records.ts).
      description: 'The number of seconds before this authorization expires. Out of range values will be set to the maximum allowed time.',
      valid_options: [],
      default_value: -1,
    },
    {
      name: 'reuse',
      type: 'boolean',
      description: 'Attempt to locate and reuse an authorization that matches the scope and note and has not yet expired.',
      valid_options: [true, false],
      default_value: false,
    },
  ]);
  return links;
}
