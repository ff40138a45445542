// A small platform for testing the shared emulator and client machinery over real HTTP: a widget
// collection with state, an echo of what the router parsed, and a route that answers whatever it is told.
import { AdminActionError, reply, type EmulatorRequest, type PlatformEmulator } from '../../src/emulators';

export interface Widget {
  id: string;
  name: string;
}

export interface WidgetState {
  widgets: Record<string, Widget>;
  nextId: number;
}

export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string | string[]>;
  /** Sent as JSON unless `raw` is set. */
  body?: unknown;
  raw?: string;
}

export function testPlatform(reportedErrors: unknown[] = []): PlatformEmulator<WidgetState> {
  return {
    name: 'widgets',
    title: 'Widget platform (tests)',
    admin: { username: 'root', roles: ['admin'] },
    initialState: () => ({ widgets: {}, nextId: 1 }),
    routes(router, context) {
      router
        .get('/widgets', () => reply.json(200, Object.values(context.state.read().widgets)))
        .post('/widgets', (request) => {
          const name =
            request.body.kind === 'json'
              ? (request.body.value as { name?: unknown }).name
              : request.body.kind === 'form'
                ? request.body.value.get('name')
                : undefined;
          if (typeof name !== 'string') return reply.json(400, { error: 'name required' });
          const widget = context.state.update((s) => {
            const w = { id: String(s.nextId++), name };
            s.widgets[w.id] = w;
            return w;
          });
          return reply.json(201, widget, { Location: `/widgets/${widget.id}` });
        })
        .get('/widgets/:id', (request) => {
          const widget = context.state.read().widgets[request.params['id']!];
          return widget === undefined ? reply.json(404, { error: `no widget ${request.params['id']}` }) : reply.json(200, widget);
        })
        .delete('/widgets/:id', (request) => {
          context.state.update((s) => delete s.widgets[request.params['id']!]);
          return reply.empty(204);
        })
        .get('/echo', (request) => reply.json(200, echo(request)))
        .post('/echo/:first/:second', (request) => reply.json(200, echo(request)))
        .post('/respond', (request) => scripted(request.body.kind === 'json' ? (request.body.value as ScriptedAnswer) : { status: 400 }))
        .get('/respond', (request) => scripted(JSON.parse(request.query.get('answer') ?? '{"status":400}') as ScriptedAnswer))
        // Accepts only `Authorization: Bearer <admin password>`, so tests can present stale credentials first.
        .post('/guarded/widgets', (request) => {
          if (request.header('authorization') !== `Bearer ${context.users.admin.password}`) return reply.json(401, { error: 'invalid bearer token' });
          const widget = context.state.update((s) => {
            const w = { id: String(s.nextId++), name: 'guarded' };
            s.widgets[w.id] = w;
            return w;
          });
          return reply.json(201, widget);
        })
        // Three pages linked by `next` (relative, or absolute with ?absolute=1); ?loop=1 links page 2 back to 1.
        .get('/pages', (request) => {
          const page = Number(request.query.get('page') ?? '1');
          const loop = request.query.get('loop') === '1';
          const absolute = request.query.get('absolute') === '1';
          const nextPage = loop && page === 2 ? 1 : page + 1;
          const path = `/pages?page=${nextPage}${loop ? '&loop=1' : ''}${absolute ? '&absolute=1' : ''}`;
          const next = page >= 3 && !loop ? null : absolute ? `${context.baseUrl}${path}` : path;
          return reply.json(200, { items: [`item-${page}a`, `item-${page}b`], next });
        })
        // The worst case for redaction: an error that quotes the raw request body back.
        .post('/reject', (request) => reply.json(422, { error: `rejected: ${request.rawBody.toString('utf8')}` }))
        .get('/crash', () => {
          throw new Error('handler bug');
        });
    },
    notFound: (request) => reply.json(404, { error: `no route ${request.method} ${request.path}` }),
    methodNotAllowed: (request, allowed) => reply.json(405, { error: `${request.method} not allowed` }, { Allow: allowed.join(', ') }),
    adminActions: (context) => ({
      rename: (input) => {
        const { id, name } = (input ?? {}) as { id?: string; name?: string };
        const widget = id === undefined ? undefined : context.state.read().widgets[id];
        if (widget === undefined || typeof name !== 'string') throw new AdminActionError(404, `no widget ${String(id)}`);
        return context.state.update((s) => {
          s.widgets[id!]!.name = name;
          return s.widgets[id!];
        });
      },
    }),
  };

  function echo(request: EmulatorRequest) {
    const body = request.body;
    return {
      method: request.method,
      path: request.path,
      route: request.route,
      params: request.params,
      query: [...request.query.entries()],
      body: body.kind === 'form' ? { kind: 'form', entries: [...body.value.entries()] } : body,
      contentType: request.header('content-type') ?? null,
    };
  }

  function scripted(answer: ScriptedAnswer) {
    if (answer.raw !== undefined) return { status: answer.status, headers: answer.headers ?? {}, body: answer.raw };
    return answer.body === undefined ? reply.empty(answer.status, answer.headers ?? {}) : reply.json(answer.status, answer.body, answer.headers ?? {});
  }
}

/** Collects handler failures instead of printing them. */
export function errorCollector(): { errors: unknown[]; report: (error: unknown) => void } {
  const errors: unknown[] = [];
  return { errors, report: (error) => errors.push(error) };
}
