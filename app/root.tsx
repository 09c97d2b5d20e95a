import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import {
  Form,
  Links,
  Meta,
  Link,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useLocation,
  useRouteLoaderData,
} from "@remix-run/react";
import { useRef, type ReactNode } from "react";
import styles from "./styles/app.css";
import { getUser } from "./accounts/auth.server";
import { ROLE_LABELS } from "./utils/labels";
import { activeLink, navigationFor, personalNavigation } from "./accounts/navigation";
import { getDb } from "./db.server";
import { unreadNotificationCount } from "./notifications/notifications.server";
import { useNonce } from "./utils/nonce";
import { ErrorMessage } from "./components/ErrorMessage";
import { Breadcrumbs } from "./components/Breadcrumbs";
import { readFlash } from "./utils/flash.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = () => [{ title: "SIGAP TPPO" }];

// The root reads who is signed in and their unread notifications, to draw the navigation, and the
// flash message a redirect left (clearing it); it guards nothing. Each route below calls the guard itself.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const flash = await readFlash(request);
  const unread = user ? unreadNotificationCount(getDb(), user.id) : 0;
  return json({ user, unread, flash: flash.message }, { headers: flash.headers });
}

/**
 * The flash message, shown on the page the redirect landed on and no longer once the user moves
 * on (another page, or a form posted on this one), although the root's data is not reloaded then.
 */
function useFlash(data: { flash: string | null } | undefined): string | null {
  const location = useLocation();
  const shownAt = useRef<{ data: unknown; key: string } | null>(null);
  if (data?.flash && shownAt.current?.data !== data) shownAt.current = { data, key: location.key };
  return data?.flash && shownAt.current?.key === location.key ? data.flash : null;
}

function Document({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  return (
    <html lang="id">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="data:," />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function Shell({ children }: { children: ReactNode }) {
  const location = useLocation();
  const data = useRouteLoaderData<typeof loader>("root");
  const user = data?.user;
  const flash = useFlash(data);
  const navigation = user ? navigationFor(user) : [];
  const personal = personalNavigation(data?.unread ?? 0);
  // one link marked: the page's own, the longest that matches
  const active = activeLink([...navigation, ...personal], location.pathname);
  const current = (to: string) => (to === active ? { className: "active", "aria-current": "page" as const } : {});
  return (
    <>
      <a className="skip-link" href="#isi">
        Lewati ke isi
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <a href="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              SG
            </span>
            <span>
              <strong>SIGAP TPPO</strong>
              <small>Gugus Tugas Pencegahan dan Penanganan TPPO</small>
            </span>
          </a>
          {user ? (
            <div className="userbox">
              <span>
                <a href="/profil" className="userbox-profile" title="Profil saya">
                  {user.name}
                </a>
                <small>
                  {ROLE_LABELS[user.role]} · {user.regionName ?? "Nasional"}
                  {user.agencyName ? ` · ${user.agencyName}` : ""}
                </small>
              </span>
              <Form method="post" action="/logout">
                <button type="submit" className="button button-ghost">
                  Keluar
                </button>
              </Form>
            </div>
          ) : null}
        </div>
        {/* At phone width the navigation folds into a menu button (styles/app.css); it closes on the next page. */}
        {user ? (
          <details className="mainmenu" key={location.pathname}>
            <summary>
              <span aria-hidden="true">☰</span> Menu
            </summary>
            <nav className="mainnav" aria-label="Navigasi utama">
              {navigation.map((item) => (
                <Link key={item.to} to={item.to} {...current(item.to)}>
                  {item.label}
                </Link>
              ))}
              {personal.map((item) => (
                <Link key={item.to} to={item.to} {...current(item.to)}>
                  {item.label}
                  {item.count ? (
                    <span className="nav-count">
                      {item.count}
                      <span className="visually-hidden"> belum dibaca</span>
                    </span>
                  ) : null}
                </Link>
              ))}
            </nav>
          </details>
        ) : null}
      </header>
      {/* data-page: the address whose content is drawn, so a browser test can tell a finished navigation */}
      <main id="isi" className="page" data-page={location.pathname + location.search}>
        <Breadcrumbs />
        {flash ? (
          <div className="alert alert-ok" role="status">
            {flash}
          </div>
        ) : null}
        {children}
      </main>
      <footer className="footer">SIGAP TPPO · Sistem Informasi Gugus Tugas PP-TPPO</footer>
    </>
  );
}

export default function App() {
  useLoaderData<typeof loader>();
  return (
    <Document>
      <Shell>
        <Outlet />
      </Shell>
    </Document>
  );
}

export function ErrorBoundary() {
  return (
    <Document>
      <Shell>
        <ErrorMessage />
      </Shell>
    </Document>
  );
}
