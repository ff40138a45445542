// Cloud Controller's paginated collection: `page` (default 1), `results-per-page` (default 50, at most
// 100), `order-direction` (asc|desc), and the envelope with `next_url`/`prev_url` rebuilt from the
// request as relative URIs carrying the paging parameters, every `q` and `inline-relations-depth`.
//
// [derived] The link parameters are sorted by name (Addressable's `query_values=` sorts them), each `q`
// repeated in request order: `/v2/service_auth_tokens?page=2&q=label%3Amysql&q=provider%3Acore&results-per-page=50`.
// [inferred] A page below 1, a size below 1, a non-integer, or another order direction answers 400
// CF-BadQueryParameter naming the parameter (CC's exact wording for these was not seen).
// An empty collection has `total_pages: 1`, as Sequel's pagination counts it.

export const DEFAULT_RESULTS_PER_PAGE = 50;
export const MAX_RESULTS_PER_PAGE = 100;

export interface CfPaging {
  readonly page: number;
  readonly resultsPerPage: number;
  readonly orderDirection: 'asc' | 'desc';
}

export interface CfPage<T> {
  readonly total_results: number;
  readonly total_pages: number;
  readonly prev_url: string | null;
  readonly next_url: string | null;
  readonly resources: readonly T[];
}

export type ParsedPaging = { readonly ok: true; readonly paging: CfPaging } | { readonly ok: false; readonly problem: string };

export function parseCfPaging(query: URLSearchParams): ParsedPaging {
  const page = positiveInteger(lastParam(query, 'page'), 1);
  if (page === undefined) return { ok: false, problem: 'page must be a positive integer' };
  const size = positiveInteger(lastParam(query, 'results-per-page'), DEFAULT_RESULTS_PER_PAGE);
  if (size === undefined) return { ok: false, problem: 'results_per_page must be a positive integer' };
  if (size > MAX_RESULTS_PER_PAGE) return { ok: false, problem: `results_per_page must be <= ${MAX_RESULTS_PER_PAGE}` };
  const direction = lastParam(query, 'order-direction') ?? 'asc';
  if (direction !== 'asc' && direction !== 'desc') return { ok: false, problem: 'order_direction must be asc or desc' };
  return { ok: true, paging: { page, resultsPerPage: size, orderDirection: direction } };
}

/** One page of `rows` (already filtered and in ascending order) with links rebuilt from the request. */
export function cfPage<T>(path: string, query: URLSearchParams, paging: CfPaging, rows: readonly T[]): CfPage<T> {
  const ordered = paging.orderDirection === 'desc' ? [...rows].reverse() : rows;
  const totalPages = Math.max(1, Math.ceil(ordered.length / paging.resultsPerPage));
  const start = (paging.page - 1) * paging.resultsPerPage;
  const link = (page: number) => {
    const params: [string, string][] = [
      ['page', String(page)],
      ['results-per-page', String(paging.resultsPerPage)],
    ];
    for (const q of query.getAll('q')) params.push(['q', q]);
    for (const name of ['inline-relations-depth', 'order-direction']) {
      const value = lastParam(query, name);
      if (value !== undefined) params.push([name, value]);
    }
    params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)); // stable: the q values keep their order
    return `${path}?${new URLSearchParams(params).toString()}`;
  };
  return {
    total_results: ordered.length,
    total_pages: totalPages,
    prev_url: paging.page > 1 ? link(paging.page - 1) : null,
    next_url: paging.page < totalPages ? link(paging.page + 1) : null,
    resources: ordered.slice(start, start + paging.resultsPerPage),
  };
}

/** Rack keeps the last of repeated plain parameters. */
export function lastParam(query: URLSearchParams, name: string): string | undefined {
  return query.getAll(name).at(-1);
}

function positiveInteger(text: string | undefined, fallback: number): number | undefined {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return value >= 1 && Number.isSafeInteger(value) ? value : undefined;
}
