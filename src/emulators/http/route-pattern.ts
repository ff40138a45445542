// A route pattern such as `/v2/service_auth_tokens/:guid`: literal segments plus `:name` segments that
// each match one non-empty path segment. Kept this small on purpose: the platforms' real routers differ
// (Sinatra, Django, Rails), and each emulator spells out the exact paths its platform serves.

export interface RoutePattern {
  /** The pattern as written; it names the route in the request log and in fault rules. */
  readonly source: string;
  /** Route parameters (percent-decoded) when `path` matches, otherwise undefined. */
  match(path: string): Record<string, string> | undefined;
}

export function compileRoutePattern(source: string): RoutePattern {
  if (!source.startsWith('/')) throw new Error(`route pattern must start with "/": ${source}`);
  const names: string[] = [];
  const expression = source
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return escapeRegExp(segment);
      const name = segment.slice(1);
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`bad parameter "${segment}" in route pattern ${source}`);
      if (names.includes(name)) throw new Error(`parameter "${segment}" appears twice in route pattern ${source}`);
      names.push(name);
      return '([^/]+)';
    })
    .join('/');
  const regExp = new RegExp(`^${expression}$`);
  return {
    source,
    match(path) {
      const found = regExp.exec(path);
      if (found === null) return undefined;
      const params: Record<string, string> = {};
      for (const [index, name] of names.entries()) {
        const raw = found[index + 1] ?? '';
        try {
          params[name] = decodeURIComponent(raw);
        } catch {
          return undefined; // malformed percent-encoding: no route serves it
        }
      }
      return params;
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
