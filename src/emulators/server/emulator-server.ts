// Runs one platform emulator on loopback: HTTP or HTTPS, the platform's routes, the admin API, fault
// injection and the request log; every answer's Date header tells the emulator clock's time. Order per
// request: admin API (untouched by faults, not logged) → route match → injected latency → injected
// status/reset → the platform's handler or its 404/405.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { STATUS_CODES } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Clock } from '../clock';
import { headerValue, type EmulatorRequest, type UnmatchedRequest } from '../http/emulator-request';
import { reply as replies, type EmulatorReply } from '../http/emulator-reply';
import { parseRequestBody, readRawBody } from '../http/request-body';
import { Router, type RouteMatch } from '../http/router';
import { FaultInjector, type FaultDecision } from '../faults/fault-injector';
import { RequestLog, UNMATCHED_ROUTE, type RequestOutcome } from '../request-log/request-log';
import { StateStore } from '../state/state-store';
import type { StateFile } from '../state/state-file';
import { UserDirectory, type EmulatorUserSpec } from '../users/user-directory';
import type { PlatformContext, PlatformEmulator } from '../platform-emulator';
import { ADMIN_PREFIX } from '../admin/admin-prefix';
import { adminNotFound, adminRoutes } from '../admin/admin-routes';
import { EmulatorAdminClient } from '../admin/admin-client';
import type { EmulatorTls } from './emulator-tls';

export interface EmulatorServerOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Serve HTTPS with this certificate instead of HTTP. */
  readonly tls?: EmulatorTls;
  /** Load the platform's state from this file at start, and write it there after every change. */
  readonly stateFile?: StateFile;
  /** Users besides the platform's admin (passwords generated when absent). */
  readonly users?: readonly EmulatorUserSpec[];
  /** Where handler failures (emulator bugs) are reported; stderr by default. */
  readonly reportError?: (error: unknown) => void;
}

export interface RunningEmulator<State> {
  readonly name: string;
  readonly title: string;
  /** e.g. `http://127.0.0.1:40123`. */
  readonly baseUrl: string;
  /** e.g. `http://127.0.0.1:40123/__emulator`. */
  readonly adminUrl: string;
  /** Live state, users and clock, for in-process tests. Prefer the admin client where a process boundary may exist. */
  readonly context: PlatformContext<State>;
  readonly faults: FaultInjector;
  readonly requestLog: RequestLog;
  readonly admin: EmulatorAdminClient;
  stop(): Promise<void>;
}

export async function startEmulator<State>(platform: PlatformEmulator<State>, options: EmulatorServerOptions = {}): Promise<RunningEmulator<State>> {
  const { stateFile } = options;
  const saved = stateFile?.part(platform.name);
  const loaded = saved === undefined ? undefined : platform.reviveState ? platform.reviveState(saved) : (saved as State);
  const state = new StateStore<State>(() => platform.initialState(), {
    ...(loaded === undefined ? {} : { loaded }),
    ...(stateFile === undefined ? {} : { persist: (s: State) => stateFile.write(platform.name, s) }),
  });
  let baseUrl = '';
  const context: PlatformContext<State> = {
    name: platform.name,
    state,
    users: new UserDirectory(platform.admin, options.users),
    clock: new Clock(),
    get baseUrl() {
      return baseUrl;
    },
  };
  const router = new Router();
  platform.routes(router, context);
  const faults = new FaultInjector();
  const requestLog = new RequestLog();
  const admin = adminRoutes({
    title: platform.title,
    context: context as PlatformContext<unknown>,
    faults,
    requestLog,
    actions: platform.adminActions?.(context) ?? {},
    routePatterns: router.patterns(),
  });
  const connections = new WeakMap<object, number>();
  let connectionCount = 0;
  const reportError = options.reportError ?? ((error: unknown) => process.stderr.write(`emulator ${platform.name}: ${(error as Error)?.stack ?? String(error)}\n`));

  const handle = async (incoming: IncomingMessage, response: ServerResponse): Promise<void> => {
    const started = performance.now();
    const receivedAt = new Date().toISOString();
    const url = requestUrl(incoming.url ?? '/');
    if (url === undefined) {
      // A request target no URL parser takes (e.g. "//"): a platform's front end answers 400.
      send(response, replies.text(400, 'Bad Request\n'), context.clock);
      return;
    }
    const method = (incoming.method ?? 'GET').toUpperCase();
    const path = url.pathname;

    if (path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`)) {
      const match = admin.match(method, path);
      const answer = match.kind === 'found' ? await runHandler(match, incoming, url) : adminNotFound();
      send(response, answer, context.clock);
      return;
    }

    const match = router.match(method, path);
    const route = match.kind === 'not-found' ? `${method} ${UNMATCHED_ROUTE}` : match.route;
    const routePattern = match.kind === 'not-found' ? undefined : match.pattern;
    const decision = faults.decide(method, routePattern);
    const log = (outcome: RequestOutcome) =>
      requestLog.record({
        receivedAt,
        method,
        url: `${path}${url.search}`,
        route,
        connection: connections.get(incoming.socket) ?? 0,
        delayMs: decision.delayMs,
        outcome,
        durationMs: Math.round(performance.now() - started),
      });

    if (decision.delayMs > 0) await delay(decision.delayMs, incoming);
    if (clientGone(incoming)) {
      log({ kind: 'aborted' }); // e.g. the client timed out during injected latency
      return;
    }
    const fault = decision.outcome;
    if (fault?.effect === 'reset') {
      log({ kind: 'fault-reset' });
      incoming.socket?.destroy();
      return;
    }
    if (fault?.effect === 'status') {
      await readRawBody(incoming).catch(() => undefined); // let the client finish sending before it reads the answer
      log({ kind: 'fault-status', status: fault.status });
      send(response, faultReply(fault), context.clock);
      return;
    }

    const unmatched = unmatchedRequest(method, url, incoming, route);
    if (match.kind !== 'found') await readRawBody(incoming).catch(() => undefined);
    let answer: EmulatorReply;
    try {
      answer =
        match.kind === 'found'
          ? await runHandler(match, incoming, url)
          : match.kind === 'method-not-allowed'
            ? (platform.methodNotAllowed ?? ((r: UnmatchedRequest) => platform.notFound(r, context)))(unmatched, match.allowed, context)
            : platform.notFound(unmatched, context);
      if (platform.finishReply) answer = platform.finishReply(unmatched, answer, context);
    } catch (error) {
      if (clientGone(incoming)) {
        log({ kind: 'aborted' }); // the client went away while its body was read: not an emulator bug
        return;
      }
      reportError(error);
      answer = replies.text(500, 'Internal Server Error\n');
    }
    if (fault?.effect === 'delay-answer') await delay(fault.ms, incoming);
    if (fault?.effect === 'lose-answer' && !response.destroyed) {
      log({ kind: 'fault-lost-answer', status: answer.status });
      incoming.socket?.destroy();
      return;
    }
    log(response.destroyed ? { kind: 'aborted' } : { kind: 'answered', status: answer.status });
    send(response, answer, context.clock);
  };

  const listener = (incoming: IncomingMessage, response: ServerResponse) => {
    handle(incoming, response).catch((error: unknown) => {
      reportError(error);
      if (!response.headersSent) send(response, replies.text(500, 'Internal Server Error\n'), context.clock);
      else response.destroy();
    });
  };
  const server: Server = options.tls ? createHttpsServer({ cert: options.tls.certPem, key: options.tls.keyPem }, listener) : createHttpServer(listener);
  // TLS servers report the TLS socket to handlers, so number that one.
  server.on(options.tls ? 'secureConnection' : 'connection', (socket: object) => connections.set(socket, ++connectionCount));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  const adminUrl = `${baseUrl}${ADMIN_PREFIX}`;

  return {
    name: platform.name,
    title: platform.title,
    baseUrl,
    adminUrl,
    context,
    faults,
    requestLog,
    admin: new EmulatorAdminClient(adminUrl, options.tls === undefined ? {} : { caPem: options.tls.caPem }),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // keep-alive clients must not hold the process open
      }),
  };
}

async function runHandler(match: Extract<RouteMatch, { kind: 'found' }>, incoming: IncomingMessage, url: URL): Promise<EmulatorReply> {
  const rawBody = await readRawBody(incoming);
  const request: EmulatorRequest = {
    ...unmatchedRequest(incoming.method!.toUpperCase(), url, incoming, match.route),
    params: match.params,
    rawBody,
    body: parseRequestBody(rawBody, headerValue(incoming.headers, 'content-type')),
  };
  return match.handler(request);
}

function unmatchedRequest(method: string, url: URL, incoming: IncomingMessage, route: string): UnmatchedRequest {
  return {
    method,
    path: url.pathname,
    query: url.searchParams,
    rawQuery: url.search.slice(1),
    headers: incoming.headers,
    route,
    header: (name) => headerValue(incoming.headers, name),
  };
}

/** Injected latency, cut short when the connection closes (the client gave up, or the emulator stops). */
/**
 * The request target as a URL: a path (origin form) is read as a path even when it starts with "//",
 * which a base-relative parse takes for a host; undefined when it is no URL at all.
 */
function requestUrl(target: string): URL | undefined {
  try {
    return new URL(target.startsWith('/') ? `http://emulator${target}` : target, 'http://emulator');
  } catch {
    return undefined;
  }
}

async function delay(ms: number, incoming: IncomingMessage): Promise<void> {
  const closed = new AbortController();
  const onClose = () => closed.abort();
  const socket = incoming.socket;
  if (socket === null || socket.destroyed) return;
  socket.once('close', onClose);
  try {
    await sleep(ms, undefined, { signal: closed.signal });
  } catch {
    // closed early: the caller sees the socket is gone
  } finally {
    socket.off('close', onClose);
  }
}

/**
 * The client closed its connection. (A fully read request is itself destroyed; its socket is not.) Node
 * detaches the socket from a request whose connection was destroyed, e.g. for an oversized body.
 */
function clientGone(incoming: IncomingMessage): boolean {
  return incoming.socket === null || incoming.socket.destroyed;
}

function faultReply(fault: Extract<NonNullable<FaultDecision['outcome']>, { effect: 'status' }>): EmulatorReply {
  const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) };
  return replies.raw(fault.status, fault.body ?? `${STATUS_CODES[fault.status]}\n`, fault.contentType ?? 'text/plain; charset=utf-8', headers);
}

/**
 * Every answer carries `Date` from the emulator's clock, as a real server's Date reflects its own clock:
 * clients read the platform's time from it, and tests move that clock (Node's own Date would be real time).
 */
function send(response: ServerResponse, answer: EmulatorReply, clock: Clock): void {
  if (response.destroyed) return;
  response.statusCode = answer.status;
  response.setHeader('Date', clock.now().toUTCString());
  for (const [name, value] of Object.entries(answer.headers)) response.setHeader(name, value as string | string[]);
  if (answer.body === undefined) {
    response.end();
    return;
  }
  response.setHeader('Content-Length', Buffer.byteLength(answer.body));
  response.end(answer.body);
}
