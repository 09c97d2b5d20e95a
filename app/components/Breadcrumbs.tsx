// The trail from the home page to a nested page ("Beranda › Rakor › <judul> › Peserta"), drawn
// once by the layout (root.tsx) from the page route's `handle`, made from the page's loader data.
import type { SerializeFrom } from "@remix-run/node";
import { Link, useMatches } from "@remix-run/react";

export interface Crumb {
  label: string;
  /** The address of the crumb; the last one (the page itself) has none. */
  to?: string;
}

/**
 * What a page route exports as `handle` to get a trail: the crumbs after "Beranda", from its
 * loader's data (`export const handle: BreadcrumbHandle<typeof loader> = { breadcrumbs: (data) => [...] }`).
 */
export interface BreadcrumbHandle<Loader = unknown> {
  breadcrumbs: (data: SerializeFrom<Loader>) => Crumb[];
}

function isBreadcrumbHandle(handle: unknown): handle is { breadcrumbs: (data: unknown) => Crumb[] } {
  return typeof handle === "object" && handle !== null && typeof (handle as { breadcrumbs?: unknown }).breadcrumbs === "function";
}

export function Breadcrumbs() {
  const matches = useMatches();
  const page = matches[matches.length - 1];
  // No trail without the page's data (an error page) or on a page that gives none (the top level).
  if (!page || page.data == null || !isBreadcrumbHandle(page.handle)) return null;
  const crumbs: Crumb[] = [{ label: "Beranda", to: "/" }, ...page.handle.breadcrumbs(page.data)];
  return (
    <nav className="breadcrumb no-print" aria-label="Jejak halaman">
      <ol>
        {crumbs.map((c, i) => (
          <li key={i}>{c.to && i < crumbs.length - 1 ? <Link to={c.to}>{c.label}</Link> : <span aria-current={i === crumbs.length - 1 ? "page" : undefined}>{c.label}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}
