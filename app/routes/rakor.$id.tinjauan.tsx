// Carry-over: before a scheduled rakor, the secretariat previews the task force's open and overdue
// action items as one review agenda item per Subsatgas, and confirms to append them to the agenda.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ActionTable } from "~/components/ActionTable";
import { ErrorMessage } from "~/components/ErrorMessage";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { FormError } from "~/components/Field";
import { getDb } from "~/db.server";
import { appendReviewAgenda, reviewAgendaPlan } from "~/action-plan/action.server";
import { requireRakorWriter } from "~/rakor/rakor-access.server";
import { formatNumber } from "~/utils/format";
import { RAKOR_STATUS_LABELS } from "~/utils/labels";
import { redirectWithFlash } from "~/utils/flash.server";
import { rakorWhen } from "~/rakor/rakor-format";

export const meta: MetaFunction = () => [{ title: "Tinjauan Rencana Aksi untuk Agenda Rakor · SIGAP TPPO" }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: (data) => [{ label: "Rakor", to: "/rakor" }, { label: data.rakor.title, to: `/rakor/${data.rakor.id}` }, { label: "Tinjauan rencana aksi" }],
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { rakor } = await requireRakorWriter(request, params.id);
  return json({
    rakor: { id: rakor.id, title: rakor.title, status: rakor.status, startsAt: rakor.startsAt, timeZone: rakor.timeZone, regionName: rakor.regionName },
    groups: reviewAgendaPlan(getDb(), rakor.id),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, rakor } = await requireRakorWriter(request, params.id);
  const formData = await request.formData();
  if (formData.get("intent") !== "append") return json({ error: "Permintaan tidak dikenal. Muat ulang halaman." }, { status: 400 });
  if (rakor.status !== "scheduled") return json({ error: "Tinjauan hanya dapat ditambahkan ke agenda rakor yang masih dijadwalkan." }, { status: 409 });
  const { added } = appendReviewAgenda(getDb(), rakor.id, user.id);
  return redirectWithFlash(
    `/rakor/${rakor.id}/tinjauan`,
    added > 0 ? `${formatNumber(added)} butir agenda tinjauan ditambahkan ke rakor ini.` : "Tidak ada butir agenda baru: semua tinjauan sudah ada di agenda.",
  );
}

export default function ReviewAgenda() {
  const { rakor, groups } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const pending = groups.filter((g) => !g.onAgenda);
  const scheduled = rakor.status === "scheduled";
  return (
    <>
      <div className="page-head">
        <div>
          <p>
            <Link to={`/rakor/${rakor.id}`}>{rakor.title}</Link> · {rakorWhen(rakor.startsAt, null, rakor.timeZone)}
          </p>
          <h1>Tinjauan rencana aksi untuk agenda rakor</h1>
          <p>
            Rencana aksi Gugus Tugas {rakor.regionName ?? "Nasional"} yang belum selesai, satu butir agenda per Subsatgas; yang terlambat di atas.
          </p>
        </div>
      </div>
      <FormError error={actionData?.error} />
      {!scheduled ? (
        <div className="alert alert-info">Rakor ini berstatus {RAKOR_STATUS_LABELS[rakor.status]}; tinjauan hanya dapat ditambahkan ke rakor yang masih dijadwalkan.</div>
      ) : null}
      {groups.length === 0 ? (
        <p className="empty">Tidak ada rencana aksi yang belum selesai.</p>
      ) : (
        groups.map((g) => (
          <section className="panel" key={g.slug}>
            <h2>{g.title}</h2>
            <p className="muted">
              {formatNumber(g.items.length)} belum selesai, {formatNumber(g.overdue)} terlambat
              {g.onAgenda ? " · sudah ada di agenda rakor ini" : ""}
            </p>
            <ActionTable rows={g.items} empty="" />
          </section>
        ))
      )}
      {scheduled && pending.length > 0 ? (
        <Form method="post" className="panel">
          <p>
            Tambahkan {formatNumber(pending.length)} butir agenda tinjauan ({pending.map((g) => g.name).join(", ")}) di akhir agenda rakor ini. Daftar rencana aksi disalin ke catatan tiap butir agenda.
          </p>
          <button type="submit" name="intent" value="append" className="button">
            Tambahkan ke agenda
          </button>
        </Form>
      ) : null}
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
