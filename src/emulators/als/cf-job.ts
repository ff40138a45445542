// Cloud Controller's background jobs, as far as `DELETE …?async=true` needs them: the 202 answer is a
// queued job, and `GET /v2/jobs/:guid` of a job that has run answers CC's "finished" stand-in (CC
// deletes finished jobs, and its presenter then renders guid "0", status "finished"). The emulator
// deletes at once, so every job it hands out has finished by the time anyone asks.
import { randomGuid } from '../random';
import type { Router } from '../http/router';
import type { PlatformContext } from '../platform-emulator';
import type { AlsState } from './als-state';
import { authenticateCc, isCaller } from './cc-authentication';
import { cfJson } from './cf-error';
import { cfTimestamp } from './cf-timestamp';

export function queuedJob(context: PlatformContext<AlsState>): unknown {
  const guid = randomGuid();
  return { metadata: { guid, created_at: cfTimestamp(context.clock.now()), url: `/v2/jobs/${guid}` }, entity: { guid, status: 'queued' } };
}

export function jobRoutes(router: Router, context: PlatformContext<AlsState>): void {
  router.get('/v2/jobs/:guid', (request) => {
    const caller = authenticateCc(request, context);
    if (!isCaller(caller)) return caller;
    return cfJson(200, { metadata: { guid: '0', created_at: cfTimestamp(new Date(0)), url: '/v2/jobs/0' }, entity: { guid: '0', status: 'finished' } });
  });
}
