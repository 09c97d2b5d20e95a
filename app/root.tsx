import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import {
  Form,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useLocation,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import styles from "./styles/app.css";
import { getUser } from "./accounts/auth.server";
import { ROLE_LABELS } from "./utils/labels";
import { navigationFor } from "./accounts/navigation";
import { useNonce } from "./utils/nonce";
import { ErrorMessage } from "./components/ErrorMessage";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = () => [{ title: "SIGAP TPPO" }];

// The root only reads who is signed in, to draw the navigation; it guards nothing.
// Each route below calls the guard itself.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  return json({ user });
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
                {user.name}
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
        {user ? (
          <nav className="mainnav" aria-label="Navigasi utama">
            {navigationFor(user.role).map((item) => (
              <NavLink key={item.to} to={item.to} end={item.to === "/"}>
                {item.label}
              </NavLink>
            ))}
          </nav>
        ) : null}
      </header>
      {/* data-page: the address whose content is drawn, so a browser test can tell a finished navigation */}
      <main id="isi" className="page" data-page={location.pathname + location.search}>
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
