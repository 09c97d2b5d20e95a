import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import { RakorHead, rakorBreadcrumbs } from "~/components/rakor/RakorHead";
import { getDb } from "~/db.server";
import { groupByPlace, listAttendees, presenceLine } from "~/rakor/attendee.server";
import { requireRakorReader } from "~/rakor/rakor-access.server";
import { can } from "~/accounts/policy";
import { listSites } from "~/rakor/rakor.server";
import { ATTENDANCE_LABELS, MODE_LABELS } from "~/utils/labels";
import { formatNumber } from "~/utils/format";
import { isOnlineMode, rakorOtherZones, rakorWhen } from "~/rakor/rakor-format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Daftar hadir ${data?.rakor.title ?? ""} · SIGAP TPPO` }];

export const handle = rakorBreadcrumbs("Daftar hadir");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, rakor } = await requireRakorReader(request, params.id);
  const db = getDb();
  const blank = Math.min(100, Math.max(0, Math.floor(Number(new URL(request.url).searchParams.get("kosong")) || 0)));
  const attendees = listAttendees(db, rakor.id).map((a) => ({ id: a.id, siteId: a.siteId, name: a.name, rank: a.rank, jobTitle: a.jobTitle, agencyName: a.agencyName, attendance: a.attendance, durationMinutes: a.durationMinutes }));
  const places = groupByPlace(attendees, listSites(db, rakor.id));
  return json({
    rakor,
    canWrite: can(user, "write-rakor", rakor),
    when: rakorWhen(rakor.startsAt, rakor.endsAt, rakor.timeZone),
    otherZones: isOnlineMode(rakor.mode) ? rakorOtherZones(rakor.startsAt, rakor.endsAt, rakor.timeZone) : null,
    places: places.map((p) => ({
      key: p.siteId ?? p.kind,
      name: p.kind === "venue" ? (rakor.venue ? `Tempat utama: ${rakor.venue}` : "Tempat utama") : p.kind === "online" ? "Daring (tanpa lokasi)" : p.siteName!,
      people: p.people,
    })),
    presence: attendees.length ? presenceLine(places) : null,
    recorded: attendees.length,
    blank,
  });
}

export default function AttendanceSheetPage() {
  const data = useLoaderData<typeof loader>();
  const r = data.rakor;
  let n = 0;
  return (
    <>
      <div className="no-print">
        <RakorHead rakor={r} canWrite={data.canWrite} page="Daftar hadir" />
        <div className="panel actions-row">
          <button type="button" className="button" onClick={() => window.print()}>
            Cetak daftar hadir
          </button>
          <Form method="get" className="actions-row">
            <label htmlFor="f-kosong">Tambah baris kosong untuk diisi tangan</label>
            <input id="f-kosong" type="number" name="kosong" min={0} max={100} defaultValue={data.blank || 10} />
            <button type="submit" className="button button-secondary">
              Tampilkan
            </button>
          </Form>
        </div>
      </div>
      <section className="panel daftar-hadir">
        <div className="print-head">
          <h1>DAFTAR HADIR</h1>
          <p>
            <strong>{r.title}</strong>
          </p>
          <p>
            {data.when}
            {data.otherZones ? ` (${data.otherZones})` : ""}
            <br />
            {MODE_LABELS[r.mode]}
            {r.venue ? ` · ${r.venue}` : ""}
            {r.onlinePlatform ? ` · ${r.onlinePlatform}` : ""}
          </p>
        </div>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col" className="num">No.</th>
                <th scope="col">Nama</th>
                <th scope="col">Pangkat / Jabatan</th>
                <th scope="col">Instansi</th>
                <th scope="col">Kehadiran</th>
                <th scope="col" className="sign-col">Tanda tangan</th>
              </tr>
            </thead>
            {data.places.map((place) => {
              const people = place.people;
              if (people.length === 0) return null;
              return (
                <tbody key={place.key}>
                  <tr>
                    <th scope="rowgroup" colSpan={6}>
                      {place.name}
                    </th>
                  </tr>
                  {people.map((a) => {
                    n++;
                    return (
                      <tr key={a.id}>
                        <td className="num">{`${n}.`}</td>
                        <td>{a.name}</td>
                        <td>{[a.rank, a.jobTitle].filter(Boolean).join(" / ")}</td>
                        <td>{a.agencyName ?? ""}</td>
                        <td>
                          {ATTENDANCE_LABELS[a.attendance]}
                          {a.attendance === "online" && a.durationMinutes !== null ? ` · ${formatNumber(a.durationMinutes)} menit` : ""}
                        </td>
                        <td className="sign-col" />
                      </tr>
                    );
                  })}
                </tbody>
              );
            })}
            {data.blank > 0 ? (
              <tbody>
                {Array.from({ length: data.blank }, (_, i) => (
                  <tr key={`kosong-${i}`}>
                    <td className="num">{`${n + i + 1}.`}</td>
                    <td />
                    <td />
                    <td />
                    <td />
                    <td className="sign-col" />
                  </tr>
                ))}
              </tbody>
            ) : null}
          </table>
        </div>
        {data.presence ? <p>{`Jumlah hadir — ${data.presence}.`}</p> : null}
        {data.recorded === 0 && data.blank === 0 ? <p className="empty">Belum ada peserta tercatat. Tambahkan baris kosong untuk dicetak dan diisi tangan.</p> : null}
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
