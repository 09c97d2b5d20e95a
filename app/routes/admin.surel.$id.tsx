// One message of the outbox: its header, text and attachments (downloadable), its delivery state,
// and for a failed message the "Kirim ulang" form (intent=kirim-ulang) that queues it again.
import { mailKindLabel } from "~/utils/labels";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { ErrorMessage } from "~/components/ErrorMessage";
import { MailStatusBadge } from "~/components/MailStatusBadge";
import { getDb } from "~/db.server";
import { can } from "~/accounts/policy";
import { requirePermission } from "~/accounts/auth.server";
import { recordAudit } from "~/accounts/audit.server";
import { scopeTimeZone } from "~/action-plan/dashboard.server";
import { getMailInScope, requeueMail } from "~/mail/outbox.server";
import { mailDeliveryConfigured } from "~/mail/mailer.server";
import { formatBytes } from "~/rakor/rakor-format";
import { formatNumber } from "~/utils/format";
import { formatDateTime } from "~/utils/period";
import { idParam, notFound } from "~/utils/http.server";
import { redirectWithFlash } from "~/utils/flash.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.mail.subject ?? "Surel"} · SIGAP TPPO` }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: (data) => [{ label: "Surel keluar", to: "/admin/surel" }, { label: `#${data.mail.id}` }],
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-mail");
  const db = getDb();
  const mail = getMailInScope(db, idParam(params.id), user.regionCode) ?? notFound("Surel tidak ditemukan dalam cakupan Anda.");
  return json({ mail, zone: scopeTimeZone(db, user.regionCode), delivering: mailDeliveryConfigured(), canResend: can(user, "resend-mail") });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "resend-mail");
  const id = idParam(params.id);
  const db = getDb();
  const form = await request.formData();
  if (form.get("intent") !== "kirim-ulang") return json({ error: "Permintaan tidak dikenal. Muat ulang halaman." }, { status: 400 });
  const requeued = db.transaction((tx) => {
    const row = requeueMail(tx, id, user.regionCode);
    if (row) recordAudit(tx, { userId: user.id, action: "resend", entity: "mail", entityId: id, before: { status: "failed", lastError: row.lastError }, after: { status: "queued" } });
    return row;
  });
  if (!requeued) {
    getMailInScope(db, id, user.regionCode) ?? notFound("Surel tidak ditemukan dalam cakupan Anda.");
    return json({ error: "Hanya surel yang gagal yang dapat dikirim ulang." }, { status: 409 });
  }
  const note = mailDeliveryConfigured() ? "Surel dimasukkan lagi ke antrean pengiriman." : "Surel dimasukkan lagi ke antrean; surel dikirim setelah SMTP_URL diatur.";
  return redirectWithFlash(`/admin/surel/${id}`, note);
}

export default function MailPage() {
  const { mail, zone, delivering, canResend } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{mail.subject}</h1>
          <p>
            <MailStatusBadge status={mail.status} /> Kepada {mail.toAddress} · jenis {mailKindLabel(mail.kind).toLowerCase()}
          </p>
        </div>
      </div>
      {actionData?.error ? (
        <p className="alert alert-error" role="alert">
          {actionData.error}
        </p>
      ) : null}
      <section className="panel">
        <h2>Pengiriman</h2>
        <dl className="facts">
          <dt>Dibuat</dt>
          <dd>{formatDateTime(mail.createdAt, zone)}</dd>
          <dt>Status</dt>
          <dd>
            <MailStatusBadge status={mail.status} />
            {mail.status === "queued" && !delivering ? " (pengiriman surel belum diatur: SMTP_URL kosong)" : null}
            {mail.status === "queued" && delivering && mail.attempts > 0 ? ` · dicoba lagi ${formatDateTime(mail.nextAttemptAt, zone)}` : null}
          </dd>
          <dt>Percobaan</dt>
          <dd>{formatNumber(mail.attempts)}</dd>
          {mail.sentAt ? (
            <>
              <dt>Terkirim</dt>
              <dd>{formatDateTime(mail.sentAt, zone)}</dd>
            </>
          ) : null}
          {mail.expiresAt ? (
            <>
              <dt>Batas kirim</dt>
              <dd>{formatDateTime(mail.expiresAt, zone)}</dd>
            </>
          ) : null}
          {mail.messageId ? (
            <>
              <dt>Message-ID</dt>
              <dd>
                <code>{mail.messageId}</code>
              </dd>
            </>
          ) : null}
          <dt>Galat terakhir</dt>
          <dd>{mail.lastError ?? <span className="muted">–</span>}</dd>
        </dl>
        {mail.status === "failed" && canResend ? (
          <Form method="post" className="actions-row">
            <button type="submit" name="intent" value="kirim-ulang" className="button">
              Kirim ulang
            </button>
          </Form>
        ) : null}
      </section>
      <section className="panel">
        <h2>Isi surel</h2>
        <pre className="prewrap">{mail.bodyText}</pre>
        {mail.hasHtml ? <p className="muted">Surel ini juga memuat versi HTML.</p> : null}
      </section>
      <section className="panel">
        <h2>Lampiran</h2>
        {mail.attachments.length === 0 ? (
          <p className="empty">Tanpa lampiran.</p>
        ) : (
          <ul>
            {mail.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/admin/surel/${mail.id}/lampiran/${a.id}`} download>
                  {a.filename}
                </a>{" "}
                <span className="muted">
                  ({a.contentType}, {formatBytes(a.size)})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
