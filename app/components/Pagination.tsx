import { Link, useLocation } from "@remix-run/react";
import { formatNumber } from "~/utils/format";
import { pageCount, pageHref } from "~/utils/pagination";

/** "Halaman 2 dari 5" with previous/next links to this address with another ?halaman=. */
export function Pagination({ page, pageSize, total }: { page: number; pageSize: number; total: number }) {
  const { pathname, search } = useLocation();
  const pages = pageCount(total, pageSize);
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Halaman">
      {page > 1 ? (
        <Link to={pageHref(pathname, search, Math.min(page, pages) - 1)} rel="prev">
          ‹ Sebelumnya
        </Link>
      ) : null}
      <span>
        Halaman {formatNumber(Math.min(page, pages))} dari {formatNumber(pages)}
      </span>
      {page < pages ? (
        <Link to={pageHref(pathname, search, page + 1)} rel="next">
          Berikutnya ›
        </Link>
      ) : null}
    </nav>
  );
}
