// Following a paged list to the end by its "next" links (ALS `next_url`, VMS `next`), with a guard
// against a platform that links back to a page already read.

export interface PagedList<Page, Item> {
  /** Path (or same-origin URL) of the first page. */
  readonly first: string;
  readonly fetch: (path: string) => Promise<Page>;
  readonly items: (page: Page) => readonly Item[];
  /** The next page's path or URL; null/undefined/'' on the last page. */
  readonly next: (page: Page) => string | null | undefined;
  /** Stop with an error after this many pages. */
  readonly maxPages?: number;
  /** Builds the error for a loop or too many pages (e.g. a PlatformError with the operation). */
  readonly fail?: (message: string) => Error;
}

export async function collectPages<Page, Item>(list: PagedList<Page, Item>): Promise<Item[]> {
  const maxPages = list.maxPages ?? 10_000;
  const fail = list.fail ?? ((message: string) => new Error(message));
  const seen = new Set<string>();
  const items: Item[] = [];
  let path: string | null | undefined = list.first;
  while (path !== null && path !== undefined && path !== '') {
    if (seen.has(path)) throw fail(`paging did not end: page ${seen.size} links back to an earlier page`);
    if (seen.size >= maxPages) throw fail(`paging did not end within ${maxPages} pages`);
    seen.add(path);
    const page: Page = await list.fetch(path);
    items.push(...list.items(page));
    path = list.next(page);
  }
  return items;
}
