// The one place CC ever compares a service auth token: the v1 service gateway API, where a gateway sends
// the secret in `X-VCAP-Service-Token`. CC looks up the token of (label, provider) and answers 403
// CF-NotAuthorized unless one exists and the secret matches. Tests use it to prove that a rotated secret
// took effect (reads never show the secret).
//
// [inferred] CC's v1 gateway API has offering and handle routes; the emulator serves only
// `GET /services/v1/offerings/:label/:provider`, answering `{label, provider}` when the secret matches.
import type { Router } from '../http/router';
import type { PlatformContext } from '../platform-emulator';
import type { AlsState, StoredServiceAuthToken } from './als-state';
import { cfErrors, cfJson } from './cf-error';
import { matchesSaltedDigest } from './secret-digest';

export const SERVICE_TOKEN_HEADER = 'X-VCAP-Service-Token';

export function legacyServiceGatewayRoutes(router: Router, context: PlatformContext<AlsState>): void {
  router.get('/services/v1/offerings/:label/:provider', (request) => {
    const { label, provider } = request.params as { label: string; provider: string };
    const stored = findByLabel(context.state.read().serviceAuthTokens, label, provider);
    const secret = request.header(SERVICE_TOKEN_HEADER);
    if (stored === undefined || secret === undefined || !secretMatches(stored, secret)) return cfErrors.notAuthorized();
    return cfJson(200, { label: stored.label, provider: stored.provider });
  });
}

export function findByLabel(tokens: Readonly<Record<string, StoredServiceAuthToken>>, label: string, provider: string): StoredServiceAuthToken | undefined {
  return Object.values(tokens).find((t) => t.label === label && t.provider === provider);
}

export function secretMatches(stored: StoredServiceAuthToken, secret: string): boolean {
  return matchesSaltedDigest(secret, stored.tokenSalt, stored.tokenDigest);
}
