// The admin API of one emulator, under /__emulator/. Tests and the demo use it; it is never counted in
// the request log and never hit by injected faults.
//
//   GET    /__emulator                     what this emulator is: name, title, base URL, actions
//   GET    /__emulator/requests            request log: {total, counts, entries}
//   DELETE /__emulator/requests            empties the request log
//   GET    /__emulator/faults              fault rules in force
//   POST   /__emulator/faults              adds a rule (JSON FaultRuleSpec), answers it with its id
//   DELETE /__emulator/faults              removes every rule
//   DELETE /__emulator/faults/:id          removes one rule
//   GET    /__emulator/state               the platform's state
//   POST   /__emulator/reset               initial state, empty log, no faults, real time
//   GET    /__emulator/clock               {now, offsetMs}
//   POST   /__emulator/clock               {"advanceSeconds": n} moves the emulator clock forward
//   GET    /__emulator/users               usernames and roles (never passwords)
//   PUT    /__emulator/users/:username     {"password"?, "roles"?} adds or replaces a user
//   DELETE /__emulator/users/:username
//   POST   /__emulator/actions/:name       the platform's out-of-band action, JSON in and out
import { Router } from '../http/router';
import { reply, type EmulatorReply } from '../http/emulator-reply';
import type { EmulatorRequest } from '../http/emulator-request';
import { invalidFaultRule, type FaultRuleSpec } from '../faults/fault-rule';
import type { FaultInjector } from '../faults/fault-injector';
import type { RequestLog } from '../request-log/request-log';
import { AdminActionError, type AdminAction, type PlatformContext } from '../platform-emulator';
import { ADMIN_PREFIX } from './admin-prefix';

export interface AdminTarget {
  readonly title: string;
  readonly context: PlatformContext<unknown>;
  readonly faults: FaultInjector;
  readonly requestLog: RequestLog;
  readonly actions: Readonly<Record<string, AdminAction>>;
  /** The platform's route patterns; a fault rule naming another route would silently never match. */
  readonly routePatterns: readonly string[];
}

export function adminRoutes(target: AdminTarget): Router {
  const { context, faults, requestLog, actions } = target;
  const p = ADMIN_PREFIX;
  return new Router()
    .get(p, () =>
      reply.json(200, { name: context.name, title: target.title, baseUrl: context.baseUrl, actions: Object.keys(actions) }),
    )
    .get(`${p}/requests`, () => reply.json(200, requestLog.snapshot()))
    .delete(`${p}/requests`, () => {
      requestLog.reset();
      return reply.empty(204);
    })
    .get(`${p}/faults`, () => reply.json(200, faults.list()))
    .post(`${p}/faults`, (request) => {
      const input = jsonBody(request);
      const invalid = invalidFaultRule(input);
      if (invalid !== undefined) return problem(400, invalid);
      const { route } = input as FaultRuleSpec;
      if (route !== undefined && !target.routePatterns.includes(route)) {
        return problem(400, `"route" ${route} is not a route of this emulator; its routes are: ${target.routePatterns.join(', ')}`);
      }
      return reply.json(201, faults.add(input as FaultRuleSpec));
    })
    .delete(`${p}/faults`, () => {
      faults.clear();
      return reply.empty(204);
    })
    .delete(`${p}/faults/:id`, (request) => (faults.remove(request.params['id']!) ? reply.empty(204) : problem(404, 'no such fault rule')))
    .get(`${p}/state`, () => reply.json(200, context.state.read()))
    .post(`${p}/reset`, () => {
      context.state.reset();
      requestLog.reset();
      faults.clear();
      context.clock.reset();
      return reply.empty(204);
    })
    .get(`${p}/clock`, () => reply.json(200, clockView(context)))
    .post(`${p}/clock`, (request) => {
      const seconds = (jsonBody(request) as { advanceSeconds?: unknown } | undefined)?.advanceSeconds;
      if (typeof seconds !== 'number' || !(seconds >= 0)) return problem(400, '"advanceSeconds" must be a number >= 0');
      context.clock.advance(seconds * 1000);
      return reply.json(200, clockView(context));
    })
    .get(`${p}/users`, () => reply.json(200, context.users.list()))
    .put(`${p}/users/:username`, (request) => {
      const input = (jsonBody(request) ?? {}) as { password?: unknown; roles?: unknown };
      if (input.password !== undefined && typeof input.password !== 'string') return problem(400, '"password" must be a string');
      if (input.roles !== undefined && !(Array.isArray(input.roles) && input.roles.every((r) => typeof r === 'string'))) {
        return problem(400, '"roles" must be a list of strings');
      }
      const user = context.users.put({
        username: request.params['username']!,
        ...(input.password === undefined ? {} : { password: input.password }),
        ...(input.roles === undefined ? {} : { roles: input.roles as string[] }),
      });
      return reply.json(200, { username: user.username, roles: user.roles });
    })
    .delete(`${p}/users/:username`, (request) => {
      try {
        return context.users.remove(request.params['username']!) ? reply.empty(204) : problem(404, 'no such user');
      } catch (error) {
        return problem(409, (error as Error).message);
      }
    })
    .post(`${p}/actions/:name`, async (request) => {
      const name = request.params['name']!;
      const action = Object.hasOwn(actions, name) ? actions[name] : undefined;
      if (action === undefined) return problem(404, `no admin action "${name}"; this emulator has: ${Object.keys(actions).join(', ') || 'none'}`);
      try {
        return reply.json(200, { result: (await action(jsonBody(request))) ?? null });
      } catch (error) {
        if (error instanceof AdminActionError) return problem(error.status, error.message);
        throw error;
      }
    });
}

export function adminNotFound(): EmulatorReply {
  return problem(404, 'no such admin endpoint');
}

function jsonBody(request: EmulatorRequest): unknown {
  return request.body.kind === 'json' ? request.body.value : undefined;
}

function problem(status: number, message: string): EmulatorReply {
  return reply.json(status, { error: message });
}

function clockView(context: PlatformContext<unknown>): { now: string; offsetMs: number } {
  return { now: context.clock.now().toISOString(), offsetMs: context.clock.offsetMs };
}
