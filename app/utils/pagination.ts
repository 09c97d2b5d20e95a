// Paged lists, one way: the page is ?halaman=N (1-based), read by readPage and written by the
// Pagination component, which keeps the rest of the query string.
export const PAGE_PARAM = "halaman";

export interface PageRequest {
  page: number;
  limit: number;
  offset: number;
}

/** The page a URL asks for (anything but a whole number from 1 is page 1) and its rows' slice. */
export function readPage(url: URL | URLSearchParams | string, pageSize: number): PageRequest {
  const params = url instanceof URLSearchParams ? url : new URL(url).searchParams;
  const n = Number(params.get(PAGE_PARAM));
  const page = Number.isInteger(n) && n >= 1 ? n : 1;
  return { page, limit: pageSize, offset: (page - 1) * pageSize };
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The address of `page` of the list at `pathname?search`: the query kept, page 1 without the parameter. */
export function pageHref(pathname: string, search: string, page: number): string {
  const params = new URLSearchParams(search);
  if (page > 1) params.set(PAGE_PARAM, String(page));
  else params.delete(PAGE_PARAM);
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}
