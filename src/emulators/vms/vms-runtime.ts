// What every VMS route handler needs: the platform context and the JWT issuer of this emulator start,
// and the common prelude of a versioned endpoint (Django routes the version, DRF authenticates).
import type { EmulatorReply } from '../http/emulator-reply';
import type { EmulatorRequest, UnmatchedRequest } from '../http/emulator-request';
import type { PlatformContext } from '../platform-emulator';
import { apiVersionOf, isApiVersion } from './api-version';
import { djangoNotFound } from './drf-reply';
import { JwtIssuer } from './jwt';
import { authenticate, type VmsPrincipal } from './vms-authentication';
import type { VmsState } from './vms-state';

export interface VmsRuntime {
  readonly context: PlatformContext<VmsState>;
  readonly jwt: JwtIssuer;
}

// One runtime per started emulator; `methodNotAllowed` is handed only the context, so it finds it here.
const runtimes = new WeakMap<PlatformContext<VmsState>, VmsRuntime>();

export function createRuntime(context: PlatformContext<VmsState>): VmsRuntime {
  const runtime: VmsRuntime = { context, jwt: new JwtIssuer(context.clock) };
  runtimes.set(context, runtime);
  return runtime;
}

export function runtimeOf(context: PlatformContext<VmsState>): VmsRuntime {
  const runtime = runtimes.get(context);
  if (runtime === undefined) throw new Error('VMS emulator: routes() was not called for this context');
  return runtime;
}

/** Answers Django's 404 for an unknown version, DRF's 401 for bad credentials, else runs `answer`. */
export function asPrincipal(
  runtime: VmsRuntime,
  request: EmulatorRequest | UnmatchedRequest,
  answer: (principal: VmsPrincipal) => EmulatorReply,
): EmulatorReply {
  if (!isApiVersion(apiVersionOf(request.path))) return djangoNotFound(request.path);
  const authenticated = authenticate(request, runtime.context, runtime.jwt);
  return authenticated.ok ? answer(authenticated.principal) : authenticated.reply;
}
