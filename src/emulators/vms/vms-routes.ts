// `/api/<version>/vms/`: the cluster's VMS object, where `max_api_tokens_per_user` is read, and the action
// that sets it. Any manager may read it.
import { reply } from '../http/emulator-reply';
import type { EmulatorRequest } from '../http/emulator-request';
import type { Router } from '../http/router';
import { drfFieldErrors, drfNotFound, drfPermissionDenied } from './drf-reply';
import { mayEditSettings } from './permissions';
import { requestFields } from './request-fields';
import { asPrincipal, type VmsRuntime } from './vms-runtime';

export const VMS_LIST = '/api/:version/vms/';
export const VMS_DETAIL = '/api/:version/vms/:id/';
export const VMS_SET_MAX_API_TOKENS = '/api/:version/vms/:id/set_max_api_tokens_per_user/';

export function vmsRoutes(router: Router, runtime: VmsRuntime): void {
  const { context } = runtime;
  const known = (request: EmulatorRequest) => request.params['id'] === String(context.state.read().vms.id);

  router.get(VMS_LIST, (request) => asPrincipal(runtime, request, () => reply.json(200, [context.state.read().vms])));

  router.get(VMS_DETAIL, (request) => asPrincipal(runtime, request, () => (known(request) ? reply.json(200, context.state.read().vms) : drfNotFound())));

  router.patch(VMS_SET_MAX_API_TOKENS, (request) =>
    asPrincipal(runtime, request, ({ user }) => {
      if (!known(request)) return drfNotFound();
      if (!mayEditSettings(user)) return drfPermissionDenied();
      const body = requestFields(request);
      if (!body.ok) return body.reply;
      // DRF IntegerField: a number or a numeric string. [inferred] At least 1.
      const value = body.fields['max_api_tokens_per_user'];
      if (value === undefined || value === null) return drfFieldErrors({ max_api_tokens_per_user: 'This field is required.' });
      const limit = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
      if (!Number.isSafeInteger(limit)) return drfFieldErrors({ max_api_tokens_per_user: 'A valid integer is required.' });
      if (limit < 1) return drfFieldErrors({ max_api_tokens_per_user: 'Ensure this value is greater than or equal to 1.' });
      // Tokens above a lowered limit stay valid; only new ones are refused.
      const vms = context.state.update((s) => {
        s.vms.max_api_tokens_per_user = limit;
        return { ...s.vms };
      });
      // [unknown] The answer's body; the emulator answers the updated VMS object.
      return reply.json(200, vms);
    }),
  );
}
