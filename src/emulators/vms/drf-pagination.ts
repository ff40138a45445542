// DRF's PageNumberPagination as the VMS lists use it (go-vast-client iterator): without `page_size` the
// whole list is a plain JSON array; with `page_size=N` (and `page`) it is `{count, next, previous, results}`
// whose links are absolute URLs with the query re-encoded in sorted order, as DRF builds them.
import type { EmulatorReply } from '../http/emulator-reply';
import { reply } from '../http/emulator-reply';
import type { EmulatorRequest } from '../http/emulator-request';
import { drfDetail } from './drf-reply';

/** [inferred] DRF's `max_page_size`: a larger `page_size` is cut down silently, as DRF does. */
export const MAX_PAGE_SIZE = 1000;

export function paginate(items: readonly unknown[], request: EmulatorRequest, baseUrl: string): EmulatorReply {
  const pageSize = pageSizeOf(request.query.get('page_size'));
  // DRF without a default PAGE_SIZE: no (or an unusable) page_size means no paging at all.
  if (pageSize === undefined) return reply.json(200, items);
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const pageParam = request.query.get('page') ?? '1';
  const page = pageParam === 'last' ? pageCount : /^\d+$/.test(pageParam) ? Number(pageParam) : NaN;
  if (!(page >= 1 && page <= pageCount)) return drfDetail(404, 'Invalid page.');
  const link = (target: number | undefined): string | null => {
    if (target === undefined) return null;
    const query = new URLSearchParams(request.query);
    if (target === 1) query.delete('page');
    else query.set('page', String(target));
    const sorted = new URLSearchParams([...query].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const text = sorted.toString();
    return `${origin(request, baseUrl)}${request.path}${text === '' ? '' : `?${text}`}`;
  };
  return reply.json(200, {
    count: items.length,
    next: link(page < pageCount ? page + 1 : undefined),
    previous: link(page > 1 ? page - 1 : undefined),
    results: items.slice((page - 1) * pageSize, page * pageSize),
  });
}

function pageSizeOf(text: string | null): number | undefined {
  if (text === null || !/^\d+$/.test(text)) return undefined;
  const size = Number(text);
  return size > 0 ? Math.min(size, MAX_PAGE_SIZE) : undefined;
}

/** DRF's `build_absolute_uri`: the scheme the server runs, the host the client asked for. */
function origin(request: EmulatorRequest, baseUrl: string): string {
  const base = new URL(baseUrl);
  const host = request.header('host');
  return `${base.protocol}//${host ?? base.host}`;
}
