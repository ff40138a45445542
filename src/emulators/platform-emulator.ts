// The contract between the shared emulator server and one platform. A platform module exports one
// `PlatformEmulator` object; the server supplies the context (state, users, clock, URL) and does
// everything common: listening, TLS, body parsing, fault injection, the request log and the admin API.
//
// Where a platform engineer adds things:
// - routes:        `routes(router, context)` — one `router.get/post/put/patch/delete(pattern, handler)` per endpoint;
// - users/auth:    `admin` (the account handed out in the connection info) + `context.users`, checked by the
//                  platform's own auth code (see http/authorization-header.ts for header parsing);
// - state:         `initialState()` (JSON-serialisable) + `context.state.read()/update()`; persisted for free;
// - time:          `context.clock` — never Date.now(), so tests can move time forward;
// - 404/405:       `notFound` / `methodNotAllowed`, in the platform's own format;
// - every reply:   `finishReply` for headers the platform always sends;
// - out of band:   `adminActions(context)` — POST /__emulator/actions/<name> for what the platform has no API for.
import type { Clock } from './clock';
import type { EmulatorRequest, UnmatchedRequest } from './http/emulator-request';
import type { EmulatorReply } from './http/emulator-reply';
import type { Router } from './http/router';
import type { StateStore } from './state/state-store';
import type { UserDirectory } from './users/user-directory';

export interface PlatformContext<State> {
  /** The platform's name, e.g. `als`; also its key in the state file. */
  readonly name: string;
  readonly state: StateStore<State>;
  readonly users: UserDirectory;
  readonly clock: Clock;
  /** Where clients reach this emulator, e.g. `https://127.0.0.1:40123` (no trailing slash). */
  readonly baseUrl: string;
}

/** An out-of-band action for tests and the demo. Input is the JSON body; the result is answered as JSON. */
export type AdminAction = (input: unknown) => unknown | Promise<unknown>;

/** Thrown by an admin action to answer with this status and message (e.g. 404 for an unknown token). */
export class AdminActionError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'AdminActionError';
  }
}

export interface PlatformEmulator<State> {
  readonly name: string;
  /** For people: e.g. `HP Helion ALS (Cloud Foundry v2)`. */
  readonly title: string;
  /** The account handed out as the platform's connection credentials; its password is generated per start. */
  readonly admin: { readonly username: string; readonly roles: readonly string[] };
  /** A fresh platform: on first start without a state file, and after an admin reset. */
  initialState(): State;
  /** Checks and upgrades state read from a state file; throw to refuse it. Trusted as is when absent. */
  reviveState?(saved: unknown): State;
  routes(router: Router, context: PlatformContext<State>): void;
  /** The answer for a path no route serves. */
  notFound(request: UnmatchedRequest, context: PlatformContext<State>): EmulatorReply;
  /** The answer for a served path with another method; `notFound` when absent (as Sinatra and Rails answer). */
  methodNotAllowed?(request: UnmatchedRequest, allowed: readonly string[], context: PlatformContext<State>): EmulatorReply;
  /** Adds what the platform sends on every response. Not applied to injected faults or the admin API. */
  finishReply?(request: UnmatchedRequest | EmulatorRequest, reply: EmulatorReply, context: PlatformContext<State>): EmulatorReply;
  adminActions?(context: PlatformContext<State>): Readonly<Record<string, AdminAction>>;
}
