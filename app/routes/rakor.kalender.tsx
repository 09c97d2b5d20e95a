import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { format } from "date-fns";
import { id as localeId } from "date-fns/locale";
import { ErrorMessage } from "~/components/ErrorMessage";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { getDb } from "~/db.server";
import { listRakorBetween } from "~/rakor/rakor.server";
import { getRegion } from "~/task-forces/region.server";
import { requirePermission } from "~/accounts/auth.server";
import { can } from "~/accounts/policy";
import { calendarDateIn, todayIn, zonedToEpoch } from "~/utils/period";
import { MODE_LABELS, RAKOR_STATUS_LABELS } from "~/utils/labels";
import { rakorStartTime, rakorWhen } from "~/rakor/rakor-format";

export const meta: MetaFunction = () => [{ title: "Kalender rakor · SIGAP TPPO" }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: () => [{ label: "Rakor", to: "/rakor" }, { label: "Kalender" }],
};

const WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];

function isoDate(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-rakor");
  const db = getDb();
  const zone = (user.regionCode ? getRegion(db, user.regionCode)?.timeZone : undefined) ?? "Asia/Jakarta";
  const today = todayIn(zone);
  const wanted = /^(\d{4})-(\d{2})$/.exec(new URL(request.url).searchParams.get("bulan") ?? "");
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  if (wanted && +wanted[1] >= 2000 && +wanted[1] <= 2100 && +wanted[2] >= 1 && +wanted[2] <= 12) {
    year = +wanted[1];
    month = +wanted[2];
  }
  const next = month === 12 ? { y: year + 1, m: 1 } : { y: year, m: month + 1 };
  const prev = month === 1 ? { y: year - 1, m: 12 } : { y: year, m: month - 1 };
  // The month's first and last instants in the earliest (WIT) and latest (WIB) zone: every rakor of
  // the month in its own zone falls in between; each is then placed on its own zone's dates.
  const from = zonedToEpoch(isoDate(year, month, 1), "00:00", "Asia/Jayapura");
  const to = zonedToEpoch(isoDate(next.y, next.m, 1), "00:00", "Asia/Jakarta");
  const monthStart = isoDate(year, month, 1);
  const monthEnd = isoDate(next.y, next.m, 1);
  const rows = listRakorBetween(db, user.regionCode, from, to);
  const byDate: Record<string, { id: number; title: string; time: string | null; status: string; cancelled: boolean }[]> = {};
  const inMonth: { id: number; title: string; when: string; mode: string; status: string }[] = [];
  for (const r of rows) {
    const first = calendarDateIn(r.startsAt, r.timeZone);
    const last = calendarDateIn(r.endsAt ?? r.startsAt, r.timeZone);
    if (last < monthStart || first >= monthEnd) continue;
    inMonth.push({ id: r.id, title: r.title, when: rakorWhen(r.startsAt, r.endsAt, r.timeZone), mode: MODE_LABELS[r.mode], status: RAKOR_STATUS_LABELS[r.status] });
    for (let at = r.startsAt, day = first; day <= last; at += 86_400_000, day = calendarDateIn(at, r.timeZone)) {
      if (day >= monthStart && day < monthEnd) {
        (byDate[day] ??= []).push({ id: r.id, title: r.title, time: day === first ? rakorStartTime(r.startsAt, r.timeZone) : "lanjutan", status: r.status, cancelled: r.status === "cancelled" });
      }
    }
  }
  // Weeks from Monday: leading days of the previous month, trailing days of the next.
  const firstWeekday = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: { date: string; day: number; inMonth: boolean }[] = [];
  for (let i = -firstWeekday; cells.length < Math.ceil((firstWeekday + daysInMonth) / 7) * 7; i++) {
    const d = new Date(Date.UTC(year, month - 1, 1 + i));
    cells.push({ date: d.toISOString().slice(0, 10), day: d.getUTCDate(), inMonth: d.getUTCMonth() === month - 1 });
  }
  const weeks: (typeof cells)[] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return json({
    title: format(new Date(year, month - 1, 1), "MMMM yyyy", { locale: localeId }),
    prev: `${prev.y}-${String(prev.m).padStart(2, "0")}`,
    next: `${next.y}-${String(next.m).padStart(2, "0")}`,
    today,
    weeks,
    byDate,
    inMonth,
    canWrite: can(user, "write-rakor"),
  });
}

export default function RakorCalendarPage() {
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-head">
        <div>
          <p className="muted">
            <Link to="/rakor">Rakor</Link> /
          </p>
          <h1>Kalender rakor: {data.title}</h1>
          <p>Setiap rakor ditempatkan pada tanggal menurut zona waktunya sendiri.</p>
        </div>
        <nav className="actions-row" aria-label="Pilih bulan">
          <Link to={`?bulan=${data.prev}`} className="button button-secondary">
            ‹ Bulan sebelumnya
          </Link>
          <Link to="/rakor/kalender" className="button button-secondary">
            Bulan ini
          </Link>
          <Link to={`?bulan=${data.next}`} className="button button-secondary">
            Bulan berikutnya ›
          </Link>
          {data.canWrite ? (
            <Link to="/rakor/baru" className="button">
              Jadwalkan rakor
            </Link>
          ) : null}
        </nav>
      </div>
      <div className="table-wrap">
        <table className="calendar">
          <caption className="muted">{data.title}</caption>
          <thead>
            <tr>
              {WEEKDAYS.map((d) => (
                <th key={d} scope="col">
                  {d}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.weeks.map((week) => (
              <tr key={week[0].date}>
                {week.map((c) => (
                  <td key={c.date} className={[c.inMonth ? "" : "other-month", c.date === data.today ? "today" : ""].filter(Boolean).join(" ") || undefined}>
                    <span className="day-no">{c.day}</span>
                    {c.inMonth
                      ? (data.byDate[c.date] ?? []).map((e) => (
                          <Link key={e.id} to={`/rakor/${e.id}`} className={`cal-event${e.cancelled ? " cancelled" : ""}`}>
                            {e.time ? `${e.time} · ` : ""}
                            {e.title}
                          </Link>
                        ))
                      : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="panel">
        <h2>Rakor pada {data.title}</h2>
        {data.inMonth.length === 0 ? (
          <p className="empty">Tidak ada rakor pada bulan ini.</p>
        ) : (
          <ul>
            {data.inMonth.map((r) => (
              <li key={r.id}>
                <Link to={`/rakor/${r.id}`}>{r.title}</Link> <small>· {r.when} · {r.mode} · {r.status}</small>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
