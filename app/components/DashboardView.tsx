// The leader's dashboard (also the pimpinan's home page): every number from dashboard.server.ts.
import { Form, Link } from "@remix-run/react";
import { RAKOR_LEVELS, RAKOR_MODES, type ActionStatus, type RakorLevel, type RakorMode, type TimeZone } from "../../db/schema";
import { SubsatgasTable } from "~/components/SubsatgasTable";
import { SvgChart } from "~/components/SvgChart";
import { chartPercent, completionChartSvg, monthName } from "~/documents/chart";
import { ALL_YEARS, dashboardQuery, type DashboardSelection, type DashboardYear } from "~/action-plan/dashboard-year";
import { formatNumber, formatPercent } from "~/utils/format";
import { formatDateTime } from "~/utils/period";
import { ACTION_STATUS_LABELS, LEVEL_LABELS, MODE_LABELS } from "~/utils/labels";
import { rakorWhen } from "~/rakor/rakor-format";
import type { StatusCounts } from "~/action-plan/completion";

type Counts = StatusCounts;

export interface DashboardData {
  zone: TimeZone;
  period: { start: string; end: string } | null;
  subsatgas: (Counts & { slug: string; name: string })[];
  totals: Counts;
  agencies: (Counts & { agencyId: number; name: string })[];
  rakorHeld: { period: { start: string; end: string }; cells: { level: RakorLevel; mode: RakorMode; count: number }[]; byLevel: Record<RakorLevel, number>; byMode: Record<RakorMode, number>; total: number };
  series: { month: string; at: number; total: number; done: number; cancelled: number; completion: number | null }[];
  next: { id: number; title: string; startsAt: number; timeZone: TimeZone; mode: RakorMode } | null;
  recent: { id: number; at: number; status: ActionStatus; progress: number; note: string | null; byName: string | null; actionId: number; title: string; agencyName: string }[];
}

function Stat({ label, value, href }: { label: string; value: string; href?: string }) {
  return (
    <div className="stat">
      <strong>{value}</strong>
      <span>{href ? <Link to={href}>{label}</Link> : label}</span>
    </div>
  );
}

/** The dashboard's year: the years with data plus the current one, and every year ("semua"). */
export function PeriodPicker({ selection, action }: { selection: DashboardSelection; action: string }) {
  return (
    <>
      <Form method="get" action={action} className="filters no-print" aria-label="Pilih periode">
        <div className="field">
          <label htmlFor="f-tahun">Periode rencana aksi (tenggat)</label>
          <select id="f-tahun" name="tahun" defaultValue={String(selection.year)}>
            {selection.choices.map((y) => (
              <option key={y} value={y}>
                Tenggat tahun {y}
              </option>
            ))}
            <option value={ALL_YEARS}>Semua tahun</option>
          </select>
        </div>
        <button type="submit" className="button">
          Tampilkan
        </button>
      </Form>
      {selection.fellBack ? (
        <p className="muted">
          Tahun {selection.current} belum memiliki rencana aksi bertenggat maupun rakor; ditampilkan tahun {selection.year}, tahun terdekat yang memiliki data.
        </p>
      ) : null}
    </>
  );
}

export function DashboardView({ data, year, scopeName, canReview }: { data: DashboardData; year: DashboardYear; scopeName: string; canReview: boolean }) {
  const { totals, series, rakorHeld } = data;
  const rakorYear = rakorHeld.period.start.slice(0, 4);
  const chartYear = year === ALL_YEARS ? null : year;
  const svg = completionChartSvg(series, scopeName, chartYear);
  // Links keep the period: /aksi?tahun= lists the items due that year, as the numbers count them;
  // the downloads of /dasbor read the same ?tahun= (with "semua" for every year).
  const list = (query: string) => `/aksi?${[query, chartYear ? `tahun=${chartYear}` : ""].filter(Boolean).join("&")}`;
  const download = (file: string) => `/dasbor/${file}?${dashboardQuery(year)}`;
  const periodName = chartYear ? `rencana aksi bertenggat tahun ${chartYear}` : "seluruh rencana aksi";
  return (
    <>
      <div className="grid stats">
        <Stat label="Rencana aksi" value={formatNumber(totals.total)} href={list("")} />
        <Stat label="Selesai" value={formatNumber(totals.done)} href={list("status=done")} />
        <Stat label="Menunggu verifikasi" value={formatNumber(totals.awaitingVerification)} href={list("status=awaiting_verification")} />
        <Stat label="Berjalan" value={formatNumber(totals.inProgress)} href={list("status=in_progress")} />
        <Stat label="Terhambat" value={formatNumber(totals.blocked)} href={list("status=blocked")} />
        <Stat label="Terlambat" value={formatNumber(totals.overdue)} href={list("terlambat=1")} />
        <Stat label="Capaian" value={totals.completion === null ? "–" : formatPercent(totals.completion)} />
      </div>
      <section className="panel">
        <h2>Capaian per Subsatgas</h2>
        <SubsatgasTable rows={data.subsatgas} href={(slug) => list(`subsatgas=${slug}`)} />
        <p className="no-print">
          <a href={download("subsatgas.csv")} download>
            Unduh data (CSV)
          </a>
        </p>
      </section>
      <section className="panel">
        <h2>Capaian dari waktu ke waktu</h2>
        <SvgChart svg={svg} caption="Persentase rencana aksi selesai (tanpa yang dibatalkan) pada akhir setiap bulan; untuk bulan berjalan, keadaan hari ini.">
          {series.length ? (
            <div className="table-wrap">
              <table>
                <caption className="table-caption">{`Capaian per bulan · ${scopeName} · ${periodName}`}</caption>
                <thead>
                  <tr>
                    <th scope="col">Bulan</th>
                    <th scope="col" className="num">Rencana aksi</th>
                    <th scope="col" className="num">Selesai</th>
                    <th scope="col" className="num">Capaian</th>
                  </tr>
                </thead>
                <tbody>
                  {series.map((p) => (
                    <tr key={p.month}>
                      <th scope="row">{monthName(p.month)}</th>
                      <td className="num">{formatNumber(p.total)}</td>
                      <td className="num">{formatNumber(p.done)}</td>
                      <td className="num">{p.completion === null ? "–" : chartPercent(p.completion)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </SvgChart>
        <p className="no-print">
          <a href={download("capaian.csv")} download>
            Unduh data (CSV)
          </a>
          {" · "}
          <a href={download("grafik.svg")} download>
            Unduh grafik (SVG)
          </a>
        </p>
      </section>
      <div className="grid">
        <section className="panel">
          <h2>Instansi dengan rencana aksi terlambat terbanyak</h2>
          {data.agencies.length === 0 ? (
            <p className="empty">Belum ada rencana aksi.</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Instansi pelaksana utama</th>
                    <th scope="col" className="num">Terlambat</th>
                    <th scope="col" className="num">Total</th>
                    <th scope="col" className="num">Capaian</th>
                  </tr>
                </thead>
                <tbody>
                  {data.agencies.map((a) => (
                    <tr key={a.agencyId}>
                      <th scope="row">
                        <Link to={list(`instansi=${a.agencyId}&peran=utama&terlambat=1`)}>{a.name}</Link>
                      </th>
                      <td className="num">{formatNumber(a.overdue)}</td>
                      <td className="num">{formatNumber(a.total)}</td>
                      <td className="num">{a.completion === null ? "–" : formatPercent(a.completion)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section className="panel">
          <h2>Rakor terlaksana tahun {rakorYear}</h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Tingkat</th>
                  {RAKOR_MODES.map((m) => (
                    <th key={m} scope="col" className="num">
                      {MODE_LABELS[m]}
                    </th>
                  ))}
                  <th scope="col" className="num">Jumlah</th>
                </tr>
              </thead>
              <tbody>
                {RAKOR_LEVELS.map((level) => (
                  <tr key={level}>
                    <th scope="row">{LEVEL_LABELS[level]}</th>
                    {RAKOR_MODES.map((mode) => (
                      <td key={mode} className="num">
                        {formatNumber(rakorHeld.cells.find((c) => c.level === level && c.mode === mode)?.count ?? 0)}
                      </td>
                    ))}
                    <td className="num">{formatNumber(rakorHeld.byLevel[level])}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Jumlah</th>
                  {RAKOR_MODES.map((m) => (
                    <td key={m} className="num">
                      {formatNumber(rakorHeld.byMode[m])}
                    </td>
                  ))}
                  <td className="num">{formatNumber(rakorHeld.total)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </section>
      </div>
      <div className="grid">
        <section className="panel">
          <h2>Rakor berikutnya</h2>
          {data.next ? (
            <>
              <p>
                <Link to={`/rakor/${data.next.id}`}>{data.next.title}</Link>
                <br />
                <span className="muted">
                  {rakorWhen(data.next.startsAt, null, data.next.timeZone)} · {MODE_LABELS[data.next.mode]}
                </span>
              </p>
              {canReview ? (
                <p>
                  <Link to={`/rakor/${data.next.id}/tinjauan`}>Tinjau rencana aksi terbuka untuk agenda rakor ini</Link>
                </p>
              ) : null}
            </>
          ) : (
            <p className="empty">Belum ada rakor yang dijadwalkan.</p>
          )}
        </section>
        <section className="panel">
          <h2>Pembaruan terbaru</h2>
          {data.recent.length === 0 ? (
            <p className="empty">Belum ada pembaruan.</p>
          ) : (
            <ul className="recent">
              {data.recent.map((u) => (
                <li key={u.id}>
                  <Link to={`/aksi/${u.actionId}`}>{u.title}</Link>{" "}
                  <small>
                    · {u.agencyName} · {ACTION_STATUS_LABELS[u.status]} {u.progress}% · {formatDateTime(u.at, data.zone)}
                    {u.byName ? ` · ${u.byName}` : ""}
                  </small>
                  {u.note ? <p className="muted prewrap">{u.note}</p> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
