import { Link } from "@remix-run/react";
import { formatNumber } from "~/utils/format";

/** "Halaman 2 dari 5" with previous/next links that keep the rest of the query string. */
export function Pagination({ page, pageSize, total, href }: { page: number; pageSize: number; total: number; href: (page: number) => string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Halaman">
      {page > 1 ? (
        <Link to={href(page - 1)} rel="prev">
          ‹ Sebelumnya
        </Link>
      ) : null}
      <span>
        Halaman {formatNumber(Math.min(page, pages))} dari {formatNumber(pages)}
      </span>
      {page < pages ? (
        <Link to={href(page + 1)} rel="next">
          Berikutnya ›
        </Link>
      ) : null}
    </nav>
  );
}
