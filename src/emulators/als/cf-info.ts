// `GET /v2/info`: no auth; clients discover the login endpoint here. Stackato/ALS adds `vendor_version`
// and a `stackato` object (the CLI detects Stackato by it). `user` (the caller's guid) appears only
// with a valid bearer token; an invalid one is ignored here rather than refused.
// [inferred] The values of name/build/support/description/api_version are Stackato-like placeholders.
import { randomGuid } from '../random';
import type { Router } from '../http/router';
import type { PlatformContext } from '../platform-emulator';
import type { AlsState } from './als-state';
import { optionalCaller } from './cc-authentication';
import { cfJson } from './cf-error';
import { UAA_PATH } from './uaa-token-endpoint';

/** Fixed per process: the real value identifies the cluster and never changes. */
const STACKATO_UUID = randomGuid();

export function infoRoutes(router: Router, context: PlatformContext<AlsState>): void {
  router.get('/v2/info', (request) => {
    const caller = optionalCaller(request, context);
    return cfJson(200, { ...info(context), ...(caller === undefined ? {} : { user: caller.userGuid }) });
  });
}

function info(context: PlatformContext<AlsState>): Record<string, unknown> {
  // On a Stackato install AOK has its own host; here it shares the emulator's port under /uaa.
  const uaa = `${context.baseUrl}${UAA_PATH}`;
  return {
    name: 'vcap',
    build: '2222',
    support: 'http://www.hpcloud.com/',
    version: 2,
    description: 'HP Helion Development Platform (authtoken emulator)',
    authorization_endpoint: uaa,
    token_endpoint: uaa,
    api_version: '2.2.0',
    allow_debug: true,
    logging_endpoint: null,
    vendor_version: 'v3.6.2',
    stackato: { UUID: STACKATO_UUID, license_accepted: true },
  };
}
