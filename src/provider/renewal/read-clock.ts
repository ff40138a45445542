// "Now" for renewal decisions: the platform's clock as it stood when this provider process read the
// token. It is not kept in private state: `plan -refresh-only -detailed-exitcode` compares private state
// too, so a time written there at every read would report drift on every refresh.
// Terraform's plan walk reads each token (refresh) and then plans it in one provider process, so the plan
// finds the time here. The apply walk runs in a new process that has read nothing; its re-plan of an
// in-place update finds no time and makes no time-based decision, which keeps it identical to the plan
// the user approved (a replacement is re-planned as a create, where renewal does not apply).
const reads = new WeakMap<object, Map<string, Date>>();

/** Remembers the platform time of a read of token `id`; `scope` is the client (one per provider process). */
export function recordRead(scope: object, id: string, platformTime: Date): void {
  let times = reads.get(scope);
  if (times === undefined) reads.set(scope, (times = new Map()));
  times.set(id, platformTime);
}

/** The platform time when token `id` was read by this process, or undefined when it was not. */
export function readTime(scope: object, id: string): Date | undefined {
  return reads.get(scope)?.get(id);
}
