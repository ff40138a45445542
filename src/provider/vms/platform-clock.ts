// Whether a token has expired is the VMS's call, by its own clock: "now" is the time the VMS stated in
// its last answer (the client's platformNow, from the Date header), not this machine's clock.
import type { VmsClient } from './vms-client';

export function vmsNow(client: VmsClient): Date {
  // TODO(emulator-fixes): the client's platformNow() lands there; until then, the local clock.
  const observed = (client as { platformNow?: () => Date | undefined }).platformNow?.();
  return observed ?? new Date();
}
