import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { StatusBadge } from "~/components/ActionTable";
import { ErrorMessage } from "~/components/ErrorMessage";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { StatusUpdateForm } from "~/components/StatusUpdateForm";
import { VerificationForm } from "~/components/VerificationForm";
import { getDb } from "~/db.server";
import { parseStatusForm, stageEvidence } from "~/action-plan/action-form.server";
import {
  actionSnapshot,
  getAction,
  recordStatusUpdate,
  type ActionSnapshot,
} from "~/action-plan/action.server";
import { parseVerificationForm, verifyCompletion } from "~/action-plan/verification.server";
import { ACCEPTED_EXTENSIONS, readPostedForm } from "~/utils/upload.server";
import { daysPastDue, NATIONAL_TIME_ZONE } from "~/action-plan/overdue.server";
import { assertCan, requirePermission, safeRedirect } from "~/accounts/auth.server";
import { can } from "~/accounts/policy";
import { formatNumber } from "~/utils/format";
import { formatCalendarDate, formatDateTime } from "~/utils/period";
import { idParam, notFound } from "~/utils/http.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { ACTION_STATUS_LABELS, TIME_ZONE_ABBR } from "~/utils/labels";
import type { TimeZone } from "../../db/schema";
import { rakorWhen } from "~/rakor/rakor-format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.item.title ?? "Rencana aksi"} · SIGAP TPPO` }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: (data) => [{ label: "Rencana Aksi", to: "/aksi" }, { label: data.item.title }],
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-actions");
  const id = idParam(params.id);
  const db = getDb();
  const item = getAction(db, id) ?? notFound("Rencana aksi tidak ditemukan.");
  assertCan(user, request, "read-actions", item, `action ${id}`);
  const zone: TimeZone = item.timeZone ?? NATIONAL_TIME_ZONE;
  return json({
    item,
    zone,
    daysLate: item.overdue ? daysPastDue(item.dueDate, item.timeZone) : 0,
    canUpdate: can(user, "update-action-status", item),
    canEdit: can(user, "manage-actions", item),
    canCancel: can(user, "cancel-action", item),
    canVerify: can(user, "verify-actions", item),
    accept: ACCEPTED_EXTENSIONS,
  });
}

type ActionData = ({ errors: Record<string, string>; values: Record<string, string>; conflict?: undefined } | { conflict: ActionSnapshot; values: Record<string, string>; errors?: undefined }) & {
  /** Which form the answer is for: the status update, or the verification of a completion. */
  intent?: "verifikasi";
};

// A status update, or (intent=verifikasi) the secretariat's verification of a completion: the guard
// decides before anything is stored, so a denied request stores nothing.
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "update-action-status");
  const id = idParam(params.id);
  const db = getDb();
  const item = getAction(db, id) ?? notFound("Rencana aksi tidak ditemukan.");
  assertCan(user, request, "update-action-status", item, `action ${id}`);
  const form = await readPostedForm(request);
  if (!form.ok) return json<ActionData>({ errors: { evidence: form.error }, values: {} }, { status: 400 });
  if (form.formData.get("intent") === "verifikasi") {
    assertCan(user, request, "verify-actions", item, `action ${id}`);
    const parsed = parseVerificationForm(form.formData);
    if (!parsed.ok) return json<ActionData>({ intent: "verifikasi", errors: parsed.errors, values: parsed.values }, { status: 400 });
    const result = verifyCompletion(db, id, parsed.version, parsed.input, user.id);
    if (!result.ok) {
      if (result.reason === "not_found") notFound("Rencana aksi tidak ditemukan.");
      return json<ActionData>({ intent: "verifikasi", conflict: result.current, values: {} }, { status: 409 });
    }
    const done = parsed.input.result === "approved" ? "disetujui dan dihitung selesai" : "dikembalikan kepada penghubung";
    return redirectWithFlash(`/aksi/${id}`, `Penyelesaian “${item.title}” ${done}.`);
  }
  if (form.formData.get("intent") !== "status") return json<ActionData>({ errors: { _form: "Permintaan tidak dikenal. Muat ulang halaman." }, values: {} }, { status: 400 });
  const parsed = await parseStatusForm(form.formData, { role: user.role, current: item });
  if (!parsed.ok) return json<ActionData>({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const { input, version, evidence } = parsed.data;
  const values = { status: input.status, progress: String(input.progress), note: input.note ?? "" };
  if (version !== item.version) return json<ActionData>({ conflict: actionSnapshot(db, id)!, values }, { status: 409 });
  const staged = stageEvidence(evidence, user.id);
  let result: ReturnType<typeof recordStatusUpdate>;
  try {
    result = recordStatusUpdate(db, id, version, input, staged, user.id);
  } catch (error) {
    for (const s of staged) s.discard();
    throw error;
  }
  if (!result.ok) {
    for (const s of staged) s.discard();
    if (result.reason === "not_found") notFound("Rencana aksi tidak ditemukan.");
    return json<ActionData>({ conflict: result.current, values }, { status: 409 });
  }
  return redirectWithFlash(safeRedirect(form.formData.get("returnTo"), `/aksi/${id}`), `Pembaruan “${item.title}” tersimpan.`);
}

function ConflictNotice({ conflict, zone }: { conflict: ActionSnapshot; zone: TimeZone }) {
  const last = conflict.lastUpdate;
  return (
    <div className="alert alert-error" role="alert">
      <strong>Perubahan Anda belum disimpan.</strong> Rencana aksi ini sudah diperbarui orang lain setelah Anda membuka halaman ini.
      <br />
      Keadaan terbaru: status <strong>{ACTION_STATUS_LABELS[conflict.status]}</strong>, progres <strong>{conflict.progress}%</strong>
      {last ? (
        <>
          {" "}
          (pembaruan oleh {last.byName ?? "pengguna lain"}, {formatDateTime(last.at, zone)}
          {last.note ? <>; catatan: “{last.note}”</> : null})
        </>
      ) : null}
      .
      <br />
      Periksa riwayat di bawah, lalu kirim ulang formulir bila perubahan Anda masih diperlukan (lampirkan kembali bukti dukung bila ada).
    </div>
  );
}

export default function ActionDetail() {
  const { item, zone, daysLate, canUpdate, canEdit, canCancel, canVerify, accept } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const history = [...item.history].reverse();
  const verifyAnswer = actionData?.intent === "verifikasi" ? actionData : undefined;
  const statusAnswer = actionData?.intent === "verifikasi" ? undefined : actionData;
  const waiting = item.status === "awaiting_verification";
  // the latest check of a completion; a returned one is shown until the liaison reports again
  const lastCheck = history.find((u) => u.verificationResult !== null);
  const returned = lastCheck?.verificationResult === "returned" && !waiting ? lastCheck : undefined;
  return (
    <>
      <div className="page-head">
        <div>
          <p>{item.subsatgasName}</p>
          <h1>{item.title}</h1>
          <div className="actions-row">
            <StatusBadge status={item.status} overdue={item.overdue} />
            <progress max={100} value={item.progress} aria-label={`Progres ${item.progress}%`} />
            <span>{item.progress}%</span>
            {item.overdue ? <span className="muted">terlambat {formatNumber(daysLate)} hari</span> : null}
          </div>
        </div>
        {canEdit ? (
          <Link className="button button-secondary" to={`/aksi/${item.id}/ubah`}>
            Ubah rencana aksi
          </Link>
        ) : null}
      </div>
      {actionData?.conflict ? <ConflictNotice conflict={actionData.conflict} zone={zone} /> : null}
      {returned ? (
        <div className="alert alert-error" role="status">
          <strong>Penyelesaian dikembalikan</strong>
          {returned.verificationBy ? ` oleh ${returned.verificationBy}` : ""}, {formatDateTime(returned.verificationAt!, zone)}. Alasan: “{returned.verificationNote}”
          <br />
          Lengkapi catatan atau bukti dukung, lalu laporkan Selesai kembali.
        </div>
      ) : null}
      {waiting ? (
        <section className="panel">
          <h2>Verifikasi penyelesaian</h2>
          <p>
            Penghubung melaporkan rencana aksi ini selesai; penyelesaian dihitung setelah sekretariat memeriksa catatan dan bukti dukungnya (lihat
            riwayat di bawah).
          </p>
          {canVerify ? (
            <VerificationForm key={`${item.version}-${verifyAnswer ? "retry" : "fresh"}`} actionId={item.id} version={item.version} errors={verifyAnswer?.errors} values={verifyAnswer?.values} />
          ) : (
            <p className="muted">Menunggu verifikasi sekretariat.</p>
          )}
        </section>
      ) : null}
      <div className="grid">
        <section className="panel">
          <h2>Rincian</h2>
          <dl className="facts">
            <dt>Subsatgas</dt>
            <dd>{item.subsatgasName}</dd>
            <dt>Pelaksana utama</dt>
            <dd>
              {item.leadAgencyName}
              {item.leadAgencyCanonicalName !== item.leadAgencyName ? <span className="muted"> ({item.leadAgencyCanonicalName})</span> : null}
            </dd>
            <dt>Instansi pendukung</dt>
            <dd>
              {item.supporting.length
                ? item.supporting.map((s, i) => (
                    <span key={s.id} title={s.canonicalName !== s.name ? s.canonicalName : undefined}>
                      {i > 0 ? ", " : ""}
                      {s.name}
                    </span>
                  ))
                : "–"}
            </dd>
            <dt>Wilayah</dt>
            <dd>
              {item.regionName ?? "Nasional"} <small>({TIME_ZONE_ABBR[zone]})</small>
            </dd>
            <dt>Tenggat</dt>
            <dd>{formatCalendarDate(item.dueDate)}</dd>
            <dt>Asal</dt>
            <dd>
              {item.rakorId ? (
                <>
                  Hasil rakor <Link to={`/rakor/${item.rakorId}`}>{item.rakorTitle}</Link>
                  {item.rakorStartsAt && item.rakorTimeZone ? <small> ({rakorWhen(item.rakorStartsAt, null, item.rakorTimeZone)})</small> : null}
                  <blockquote className="outcome">{item.outcomeText}</blockquote>
                </>
              ) : (
                "Rencana kerja mandiri (tidak berasal dari hasil rakor)"
              )}
            </dd>
            {item.description ? (
              <>
                <dt>Uraian</dt>
                <dd className="prewrap">{item.description}</dd>
              </>
            ) : null}
            <dt>Dicatat</dt>
            <dd>
              {formatDateTime(item.createdAt, zone)}
              {item.createdByName ? ` oleh ${item.createdByName}` : ""}
            </dd>
          </dl>
        </section>
        {canUpdate ? (
          <section className="panel">
            <h2>Perbarui status</h2>
            <StatusUpdateForm
              key={`${item.version}-${actionData ? "retry" : "fresh"}`}
              actionId={item.id}
              version={item.version}
              current={item}
              canCancel={canCancel}
              accept={accept}
              errors={statusAnswer?.errors}
              values={statusAnswer?.values}
            />
          </section>
        ) : null}
      </div>
      <section className="panel">
        <h2>Riwayat pembaruan</h2>
        <p className="muted">Riwayat tidak dapat diubah atau dihapus; koreksi dicatat sebagai pembaruan baru.</p>
        {history.length === 0 ? (
          <p className="empty">Belum ada pembaruan.</p>
        ) : (
          <ol className="history" reversed>
            {history.map((u) => (
              <li key={u.id}>
                <div>
                  <strong>{ACTION_STATUS_LABELS[u.status]}</strong> · {u.progress}% <small>· {formatDateTime(u.at, zone)}{u.byName ? ` · ${u.byName}` : ""}</small>
                </div>
                {u.note ? <p className="prewrap">{u.note}</p> : null}
                {u.verificationResult ? (
                  <p className={`verification verification-${u.verificationResult}`}>
                    <strong>Verifikasi: {u.verificationResult === "approved" ? "disetujui" : "dikembalikan"}</strong>{" "}
                    <small>
                      · {formatDateTime(u.verificationAt!, zone)}
                      {u.verificationBy ? ` · ${u.verificationBy}` : ""}
                    </small>
                    {u.verificationNote ? <> — {u.verificationNote}</> : null}
                  </p>
                ) : null}
                {u.files.length ? (
                  <ul className="files">
                    {u.files.map((f) => (
                      <li key={f.id}>
                        <a href={`/aksi/${item.id}/bukti/${f.id}`}>{f.name}</a> <small>({formatNumber(Math.ceil(f.size / 1024))} KB)</small>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
