// Method + route pattern → handler. Matching answers one of three things, so the server can tell "no such
// path" (the platform's 404) from "path exists, wrong method" (its 405, or its 404 where it has no 405).
import { compileRoutePattern, type RoutePattern } from './route-pattern';
import type { EmulatorRequest } from './emulator-request';
import type { EmulatorReply } from './emulator-reply';

export type RouteHandler = (request: EmulatorRequest) => EmulatorReply | Promise<EmulatorReply>;

export type RouteMatch =
  | {
      readonly kind: 'found';
      /** `METHOD /pattern`, the request log's name for the route. */
      readonly route: string;
      readonly pattern: string;
      readonly params: Record<string, string>;
      readonly handler: RouteHandler;
    }
  | { readonly kind: 'method-not-allowed'; readonly route: string; readonly pattern: string; readonly allowed: readonly string[] }
  | { readonly kind: 'not-found' };

interface Route {
  readonly method: string;
  readonly pattern: RoutePattern;
  readonly handler: RouteHandler;
}

export class Router {
  readonly #routes: Route[] = [];

  /** Adds a route. The first added route that matches wins, so add literal paths before `:param` ones. */
  add(method: string, pattern: string, handler: RouteHandler): this {
    const upper = method.toUpperCase();
    if (this.#routes.some((r) => r.method === upper && r.pattern.source === pattern)) {
      throw new Error(`route ${upper} ${pattern} is already defined`);
    }
    this.#routes.push({ method: upper, pattern: compileRoutePattern(pattern), handler });
    return this;
  }

  get(pattern: string, handler: RouteHandler): this {
    return this.add('GET', pattern, handler);
  }
  post(pattern: string, handler: RouteHandler): this {
    return this.add('POST', pattern, handler);
  }
  put(pattern: string, handler: RouteHandler): this {
    return this.add('PUT', pattern, handler);
  }
  patch(pattern: string, handler: RouteHandler): this {
    return this.add('PATCH', pattern, handler);
  }
  delete(pattern: string, handler: RouteHandler): this {
    return this.add('DELETE', pattern, handler);
  }

  /** The distinct route patterns, in the order added (what fault rules may name). */
  patterns(): string[] {
    return [...new Set(this.#routes.map((r) => r.pattern.source))];
  }

  match(method: string, path: string): RouteMatch {
    const upper = method.toUpperCase();
    let pathPattern: string | undefined;
    const allowed: string[] = [];
    for (const route of this.#routes) {
      const params = route.pattern.match(path);
      if (params === undefined) continue;
      const pattern = route.pattern.source;
      if (route.method === upper) return { kind: 'found', route: `${upper} ${pattern}`, pattern, params, handler: route.handler };
      pathPattern ??= pattern;
      if (!allowed.includes(route.method)) allowed.push(route.method);
    }
    return pathPattern === undefined
      ? { kind: 'not-found' }
      : { kind: 'method-not-allowed', route: `${upper} ${pathPattern}`, pattern: pathPattern, allowed };
  }
}
