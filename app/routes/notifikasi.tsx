// The user's notifications (returned completions, verification requests, invitations), newest
// first, unread ones marked. Three intents: "buka" marks one read and goes to its page, "baca"
// marks one read, "semua" marks every one read. Every user reads only their own.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import { getDb } from "~/db.server";
import { requireUser, safeRedirect } from "~/accounts/auth.server";
import { scopeTimeZone } from "~/action-plan/figures.server";
import { listNotifications, markAllNotificationsRead, markNotificationRead, NOTIFICATION_LIST_LIMIT } from "~/notifications/notifications.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { formatNumber } from "~/utils/format";
import { formatDateTime } from "~/utils/period";

export const meta: MetaFunction = () => [{ title: "Notifikasi · SIGAP TPPO" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const rows = listNotifications(db, user.id);
  return json({ rows, unread: rows.filter((n) => n.readAt === null).length, zone: scopeTimeZone(db, user.regionCode), limit: NOTIFICATION_LIST_LIMIT });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "semua") {
    const n = markAllNotificationsRead(db, user.id);
    return redirectWithFlash("/notifikasi", n ? `${formatNumber(n)} notifikasi ditandai sudah dibaca.` : "Tidak ada notifikasi yang belum dibaca.");
  }
  if (intent !== "buka" && intent !== "baca") return json({ error: "Permintaan tidak dikenal. Muat ulang halaman." }, { status: 400 });
  const id = Number(form.get("id"));
  const found = Number.isInteger(id) && id > 0 ? markNotificationRead(db, user.id, id) : undefined;
  if (!found) return json({ error: "Notifikasi tidak ditemukan." }, { status: 404 });
  return redirect(intent === "buka" ? safeRedirect(found.href, "/notifikasi") : "/notifikasi");
}

export default function NotificationsPage() {
  const { rows, unread, zone, limit } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Notifikasi</h1>
          <p>Penyelesaian yang dikembalikan, permintaan verifikasi dan undangan rakor untuk Anda, terbaru di atas.</p>
        </div>
        {unread ? (
          <Form method="post">
            <button type="submit" name="intent" value="semua" className="button button-secondary">
              Tandai semua sudah dibaca
            </button>
          </Form>
        ) : null}
      </div>
      {actionData?.error ? (
        <p className="alert alert-error" role="alert">
          {actionData.error}
        </p>
      ) : null}
      <p className="muted" role="status">
        {unread ? `${formatNumber(unread)} belum dibaca.` : "Semua sudah dibaca."}
        {rows.length === limit ? ` Ditampilkan ${formatNumber(limit)} notifikasi terbaru.` : ""}
      </p>
      {rows.length === 0 ? (
        <p className="empty">Belum ada notifikasi.</p>
      ) : (
        <ul className="notification-list">
          {rows.map((n) => (
            <li key={n.id} className={n.readAt === null ? "notification unread" : "notification"}>
              <Form method="post" className="notification-open">
                <input type="hidden" name="id" value={n.id} />
                <button type="submit" name="intent" value="buka" className="link-button">
                  {n.readAt === null ? <span className="badge badge-overdue">Baru</span> : null} <strong>{n.title}</strong>
                </button>
                {n.body ? <p>{n.body}</p> : null}
                <small className="muted">{formatDateTime(n.createdAt, zone)}</small>
              </Form>
              {n.readAt === null ? (
                <Form method="post" className="notification-mark">
                  <input type="hidden" name="id" value={n.id} />
                  <button type="submit" name="intent" value="baca" className="button button-secondary button-small">
                    Tandai sudah dibaca
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
