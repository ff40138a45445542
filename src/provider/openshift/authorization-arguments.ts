// The arguments an authorization is created with, checked before any API call, as the resource and the
// ephemeral resource share them: `scopes` in the broker's scope grammar, `note` within the broker's
// limit, `expires_in` positive (the range per scope needs the broker's API description: see
// scope-lifetimes.ts and checkLifetime).
import { atLeast, isUnknown, lengthBetween, path, sizeBetween, TerraformError, type Validator } from '../../framework';
import { formatDuration } from '../renewal/go-duration';
import type { BrokerApi } from './api-discovery';
import { MAX_NOTE_LENGTH } from './authorization-models';
import { scopeSetLifetime } from './scope-lifetimes';
import { ADVERTISED_SCOPES, checkScope, normalizeScope } from './scopes';

/** Each element one scope the broker advertises, spelled as the broker stores it (lower case). */
const oneAdvertisedScopeEach: Validator<string[]> = {
  description: `each element must be one scope: ${ADVERTISED_SCOPES.join(', ')} (:id being a domain's or application's 24-hex id)`,
  validate(scopes, report) {
    for (const scope of scopes) {
      if (isUnknown(scope)) continue; // checked once known
      const problem = checkScope(scope, { advertisedOnly: true });
      if (problem !== undefined) report.error('Invalid Scope', `${JSON.stringify(scope)}: ${problem}`);
      else if (normalizeScope(scope) !== scope) {
        report.error('Invalid Scope', `${JSON.stringify(scope)}: write it as the broker stores and answers it, ${JSON.stringify(normalizeScope(scope))}.`);
      }
    }
  },
};

export const scopesValidators = [sizeBetween<string>(1), oneAdvertisedScopeEach] as const;
export const noteValidators = [lengthBetween(0, MAX_NOTE_LENGTH)] as const;
export const expiresInValidators = [atLeast(1)] as const;

export const DESCRIPTIONS = {
  id: 'The authorization\'s id on the broker (24 hex characters).',
  scopes:
    'What the token grants, one scope per element: `session` (everything the user can do, including managing authorizations), `read` (read-only, authorizations hidden), ' +
    '`userinfo` (the user\'s own record only), `domain/<id>/view|edit|admin` and `application/<id>/view|edit|admin` (one domain or application, by its 24-hex id). ' +
    'Checked at plan against the broker\'s scope grammar.',
  note: `A note to remind you what the token is for, at most ${MAX_NOTE_LENGTH} characters.`,
  expires_in:
    'The token\'s lifetime in seconds, counted from its creation. Without it, the scope set\'s default (as the broker advertises in `authtoken_openshift_scopes`). ' +
    'At most the scope set\'s maximum: the broker gives a longer request its default instead, so the provider refuses one at plan. The broker publishes only defaults; ' +
    'the maximum the provider checks is that of broker.conf as shipped (session 7 days, other scopes 6 months), or the advertised default when longer. ' +
    'A broker configured with a lower maximum is caught after the create, which is then undone.',
  token: 'The token: send it as `Authorization: Bearer <token>`. The broker shows it on every read.',
  identity: 'The login of the user the token acts as.',
  created_at: 'When the broker created the token (RFC 3339, to the second).',
  expires_at: 'When the token stops working: created_at plus expires_in (RFC 3339).',
} as const;

/**
 * The check of `expires_in` against the scope set's maximum, before any create: the problem, on
 * `expires_in`, or undefined. Needs the broker's API description (`GET /broker/rest/api`, which is not
 * a token call).
 */
export function lifetimeProblem(expiresIn: number, scopes: readonly string[], api: BrokerApi): TerraformError | undefined {
  const range = scopeSetLifetime(scopes, api);
  if (expiresIn <= range.maximumSeconds) return undefined;
  return new TerraformError(
    'Lifetime Over the Scope\'s Maximum',
    `expires_in = ${expiresIn} (${formatDuration(expiresIn * 1000)}) is over the maximum for scope ${range.limitingScope}, ${range.maximumSeconds} seconds (${formatDuration(range.maximumSeconds * 1000)}). ` +
      'The broker would not refuse it: it would give the token the scope\'s default lifetime instead' +
      (range.defaultSeconds === undefined ? '.' : ` (about ${formatDuration(range.defaultSeconds * 1000)}).`) +
      ' Give an expires_in of at most the maximum, or leave it out for the default.',
    path('expires_in'),
  );
}

/** Scopes all known (none waits on another resource's output). */
export function knownScopes(scopes: unknown): readonly string[] | undefined {
  if (isUnknown(scopes) || !Array.isArray(scopes) || scopes.some(isUnknown)) return undefined;
  return scopes as string[];
}
