// Carry-over: before a scheduled rakor, anyone who may read the rakor (a leader first of all) reads
// per Subsatgas what changed since the task force's previous rakor (completed, newly blocked, newly
// overdue, still overdue, waiting for verification) and the open items, as one review agenda item per
// Subsatgas; those who may change the rakor confirm to append them to the agenda.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ActionTable } from "~/components/ActionTable";
import { ErrorMessage } from "~/components/ErrorMessage";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { FormError } from "~/components/Field";
import { getDb } from "~/db.server";
import { can } from "~/accounts/policy";
import { CHANGE_KIND_LABELS, NO_PREVIOUS_RAKOR, type ChangedItem, type ChangeKind } from "~/rakor/carry-over";
import { appendCarryOverAgenda, carryOverReview } from "~/rakor/carry-over.server";
import { requireRakorReader, requireRakorWriter } from "~/rakor/rakor-access.server";
import { formatNumber } from "~/utils/format";
import { RAKOR_STATUS_LABELS } from "~/utils/labels";
import { redirectWithFlash } from "~/utils/flash.server";
import { rakorWhen } from "~/rakor/rakor-format";
import { addDays, formatCalendarDate, formatDate, formatDayDate } from "~/utils/period";
import type { TimeZone } from "../../db/schema";

export const meta: MetaFunction = () => [{ title: "Tinjauan Rencana Aksi untuk Agenda Rakor · SIGAP TPPO" }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: (data) => [{ label: "Rakor", to: "/rakor" }, { label: data.rakor.title, to: `/rakor/${data.rakor.id}` }, { label: "Tinjauan rencana aksi" }],
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, rakor } = await requireRakorReader(request, params.id);
  return json({
    canWrite: can(user, "write-rakor", rakor),
    rakor: { id: rakor.id, title: rakor.title, status: rakor.status, startsAt: rakor.startsAt, timeZone: rakor.timeZone, regionName: rakor.regionName },
    review: carryOverReview(getDb(), rakor.id) ?? { previous: null, kinds: [], groups: [] },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, rakor } = await requireRakorWriter(request, params.id);
  const formData = await request.formData();
  if (formData.get("intent") !== "append") return json({ error: "Permintaan tidak dikenal. Muat ulang halaman." }, { status: 400 });
  if (rakor.status !== "scheduled") return json({ error: "Tinjauan hanya dapat ditambahkan ke agenda rakor yang masih dijadwalkan." }, { status: 409 });
  const { added } = appendCarryOverAgenda(getDb(), rakor.id, user.id);
  return redirectWithFlash(
    `/rakor/${rakor.id}/tinjauan`,
    added > 0 ? `${formatNumber(added)} butir agenda tinjauan ditambahkan ke rakor ini.` : "Tidak ada butir agenda baru: semua tinjauan sudah ada di agenda.",
  );
}

/** The fragment of each list on the page (the summary table links to them). */
const ANCHORS: Record<ChangeKind | "open", string> = { completed: "selesai", blocked: "terhambat", newlyOverdue: "baru-terlambat", stillOverdue: "masih-terlambat", awaiting: "menunggu-verifikasi", open: "belum-selesai" };

function ChangeTable({ items, zone }: { items: ChangedItem[]; zone: TimeZone }) {
  if (items.length === 0) return <p className="empty">Tidak ada.</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Rencana aksi</th>
            <th scope="col">Instansi utama</th>
            <th scope="col">Tenggat</th>
            <th scope="col">Perubahan</th>
            <th scope="col">Sejak</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id}>
              <td>
                <Link to={`/aksi/${a.id}`}>{a.title}</Link>
              </td>
              <td>{a.leadAgencyName}</td>
              <td>{formatCalendarDate(a.dueDate)}</td>
              <td>{a.change}</td>
              <td>{a.at === null ? formatCalendarDate(addDays(a.dueDate, 1)) : formatDate(a.at, zone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CountLink({ n, href }: { n: number; href: string }) {
  return n > 0 ? <a href={href}>{formatNumber(n)}</a> : <>0</>;
}

export default function ReviewAgenda() {
  const { rakor, review, canWrite } = useLoaderData<typeof loader>();
  const { previous, kinds, groups } = review;
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
            Rencana aksi Gugus Tugas {rakor.regionName ?? "Nasional"} per Subsatgas: apa yang berubah sejak rakor sebelumnya dan yang belum selesai (yang terlambat di atas), satu butir agenda per Subsatgas.
          </p>
        </div>
      </div>
      <FormError error={actionData?.error} />
      {canWrite && !scheduled ? (
        <div className="alert alert-info">Rakor ini berstatus {RAKOR_STATUS_LABELS[rakor.status]}; tinjauan hanya dapat ditambahkan ke rakor yang masih dijadwalkan.</div>
      ) : null}
      {previous ? (
        <p>
          Rakor sebelumnya: <Link to={`/rakor/${previous.id}`}>{previous.title}</Link>
          {`, ${formatDayDate(previous.startsAt, previous.timeZone)}. Perubahan dihitung sejak rakor itu dimulai sampai sekarang.`}
        </p>
      ) : (
        <div className="alert alert-info">{NO_PREVIOUS_RAKOR}</div>
      )}
      {groups.length === 0 ? (
        <p className="empty">Tidak ada rencana aksi yang belum selesai{previous ? " dan tidak ada perubahan sejak rakor sebelumnya" : ""}.</p>
      ) : (
        <>
          <div className="table-wrap">
            <table>
              <caption>Ringkasan per Subsatgas</caption>
              <thead>
                <tr>
                  <th scope="col">Subsatgas</th>
                  {kinds.map((k) => (
                    <th scope="col" className="num" key={k}>
                      {CHANGE_KIND_LABELS[k]}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    Belum selesai
                  </th>
                  <th scope="col" className="num">
                    Terlambat
                  </th>
                </tr>
              </thead>
              <tbody>
                {groups.map((g) => (
                  <tr key={g.slug}>
                    <th scope="row">
                      <a href={`#${g.slug}`}>{g.name}</a>
                    </th>
                    {kinds.map((k) => (
                      <td className="num" key={k}>
                        <CountLink n={g.changes[k].length} href={`#${g.slug}-${ANCHORS[k]}`} />
                      </td>
                    ))}
                    <td className="num">
                      <CountLink n={g.open.length} href={`#${g.slug}-${ANCHORS.open}`} />
                    </td>
                    <td className="num">{formatNumber(g.overdue)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {groups.map((g) => (
            <section className="panel" key={g.slug} id={g.slug}>
              <h2>{g.title}</h2>
              <p className="muted">
                {formatNumber(g.open.length)} belum selesai, {formatNumber(g.overdue)} terlambat
                {g.onAgenda ? " · sudah ada di agenda rakor ini" : ""}
              </p>
              {kinds.map((k) => (
                <div key={k}>
                  <h3 id={`${g.slug}-${ANCHORS[k]}`}>
                    {`${CHANGE_KIND_LABELS[k]} (${formatNumber(g.changes[k].length)})`}
                  </h3>
                  <ChangeTable items={g.changes[k]} zone={rakor.timeZone} />
                </div>
              ))}
              <h3 id={`${g.slug}-${ANCHORS.open}`}>{`Belum selesai (${formatNumber(g.open.length)})`}</h3>
              <ActionTable rows={g.open} empty="Tidak ada." />
            </section>
          ))}
        </>
      )}
      {canWrite && scheduled && pending.length > 0 ? (
        <Form method="post" className="panel">
          <p>
            Tambahkan {formatNumber(pending.length)} butir agenda tinjauan ({pending.map((g) => g.name).join(", ")}) di akhir agenda rakor ini. Perubahan sejak rakor sebelumnya dan daftar rencana aksi yang belum selesai disalin ke catatan tiap butir agenda.
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
