import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { StatusBadge } from "~/components/ActionTable";
import { ErrorMessage } from "~/components/ErrorMessage";
import { StatusUpdateForm } from "~/components/StatusUpdateForm";
import { getDb } from "~/db.server";
import { parseStatusForm, stageEvidence } from "~/action-plan/action-form.server";
import {
  actionSnapshot,
  canManageActions,
  canReadAction,
  canUpdateStatus,
  getAction,
  recordStatusUpdate,
  statusUpdateErrors,
  type ActionSnapshot,
} from "~/action-plan/action.server";
import { ACCEPTED_EXTENSIONS, readPostedForm } from "~/utils/upload.server";
import { daysPastDue, NATIONAL_TIME_ZONE } from "~/action-plan/overdue.server";
import { forbidden, requireUser, safeRedirect } from "~/accounts/auth.server";
import { formatCalendarDate, formatDateTime, formatNumber } from "~/utils/format";
import { idParam, notFound } from "~/utils/http.server";
import { ACTION_STATUS_LABELS, TIME_ZONE_ABBR } from "~/utils/labels";
import type { TimeZone } from "../../db/schema";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.item.title ?? "Rencana aksi"} · SIGAP TPPO` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = idParam(params.id);
  const db = getDb();
  const item = getAction(db, id) ?? notFound("Rencana aksi tidak ditemukan.");
  if (!canReadAction(user, item)) forbidden(user, request, `action ${id} outside scope`);
  const zone: TimeZone = item.timeZone ?? NATIONAL_TIME_ZONE;
  return json({
    item,
    zone,
    daysLate: item.overdue ? daysPastDue(item.dueDate, item.timeZone) : 0,
    canUpdate: canUpdateStatus(user, item),
    canEdit: canManageActions(user, item.regionCode),
    canCancel: user.role === "sekretariat" || user.role === "admin",
    accept: ACCEPTED_EXTENSIONS,
    saved: new URL(request.url).searchParams.has("tersimpan"),
  });
}

type ActionData = { errors: Record<string, string>; values: Record<string, string>; conflict?: undefined } | { conflict: ActionSnapshot; values: Record<string, string>; errors?: undefined };

function withSaved(path: string, id: number): string {
  const url = new URL(path, "http://x");
  url.searchParams.set("tersimpan", String(id));
  return `${url.pathname}${url.search}`;
}

// A status update: the guard decides before the body is read, so a denied request stores nothing.
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = idParam(params.id);
  const db = getDb();
  const item = getAction(db, id) ?? notFound("Rencana aksi tidak ditemukan.");
  if (!canReadAction(user, item)) forbidden(user, request, `action ${id} outside scope`);
  if (!canUpdateStatus(user, item)) forbidden(user, request, `action ${id}: ${user.role} of agency ${user.agencyId ?? "-"} may not update it`);
  const form = await readPostedForm(request);
  if (!form.ok) return json<ActionData>({ errors: { evidence: form.error }, values: {} }, { status: 400 });
  if (form.formData.get("intent") !== "status") return json<ActionData>({ errors: { _form: "Permintaan tidak dikenal. Muat ulang halaman." }, values: {} }, { status: 400 });
  const parsed = await parseStatusForm(form.formData);
  if (!parsed.ok) return json<ActionData>({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const { input, version, evidence } = parsed.data;
  const values = { status: input.status, progress: String(input.progress), note: input.note ?? "" };
  if (version !== item.version) return json<ActionData>({ conflict: actionSnapshot(db, id)!, values }, { status: 409 });
  const errors = statusUpdateErrors(input, { role: user.role, evidenceCount: evidence.length, current: item });
  if (Object.keys(errors).length > 0) return json<ActionData>({ errors, values }, { status: 400 });
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
  return redirect(withSaved(safeRedirect(form.formData.get("returnTo"), `/aksi/${id}`), id));
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
  const { item, zone, daysLate, canUpdate, canEdit, canCancel, accept, saved } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const history = [...item.history].reverse();
  return (
    <>
      <div className="page-head">
        <div>
          <p>
            <Link to="/aksi">Rencana aksi</Link> · {item.subsatgasName}
          </p>
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
      {saved ? (
        <div className="alert alert-ok" role="status">
          Pembaruan tersimpan.
        </div>
      ) : null}
      {actionData?.conflict ? <ConflictNotice conflict={actionData.conflict} zone={zone} /> : null}
      <div className="grid">
        <section className="panel">
          <h2>Rincian</h2>
          <dl className="facts">
            <dt>Subsatgas</dt>
            <dd>{item.subsatgasName}</dd>
            <dt>Pelaksana utama</dt>
            <dd>{item.leadAgencyName}</dd>
            <dt>Instansi pendukung</dt>
            <dd>{item.supporting.length ? item.supporting.map((s) => s.name).join(", ") : "–"}</dd>
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
                  {item.rakorStartsAt && item.rakorTimeZone ? <small> ({formatDateTime(item.rakorStartsAt, item.rakorTimeZone)})</small> : null}
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
              errors={actionData?.errors}
              values={actionData?.values}
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
