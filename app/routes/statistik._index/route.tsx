import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import { PrivacyNotice } from "~/components/PrivacyNotice";
import { getDb } from "~/db.server";
import {
  caseTotals,
  caseTotalsByAgency,
  caseTotalsByPeriod,
  caseTotalsByRegion,
  listReportingAgencies,
  filterRegionScope,
  listStatisticsInScope,
  statisticFilterFromSearch,
} from "~/task-forces/case-statistic.server";
import { listRegionsInScope } from "~/task-forces/region.server";
import { assertCan, requirePermission } from "~/accounts/auth.server";
import { can } from "~/accounts/policy";
import { FIGURES } from "~/task-forces/case-figures";
import { formatNumber } from "~/utils/format";
import { periodLabel, periodPresets } from "~/utils/period";
import { PAGE_PARAM, readPage } from "~/utils/pagination";
import { Pagination } from "~/components/Pagination";
import { TotalsTable } from "./TotalsTable";

export const meta: MetaFunction = () => [{ title: "Statistik Kasus · SIGAP TPPO" }];

const PAGE_SIZE = 50;

// Every role reads the figures within its scope; secretariats and admins also record them.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-statistics");
  const db = getDb();
  const scope = user.regionCode;
  const params = new URL(request.url).searchParams;
  const filter = statisticFilterFromSearch(params);
  const filterRegion = filterRegionScope(filter);
  if (filterRegion !== undefined) assertCan(user, request, "read-statistics", { regionCode: filterRegion }, "statistics filter");
  const { page, ...slice } = readPage(params, PAGE_SIZE);
  const list = listStatisticsInScope(db, scope, filter, slice);
  // Totals follow the region filter when it names a region (a region is a scope: itself and below).
  const totalsScope = filter.region && filter.region !== "nasional" ? filter.region : scope;
  const regions = listRegionsInScope(db, scope);
  return json({
    scopeName: user.regionName ?? "Nasional",
    totalsScopeName: totalsScope === scope ? (user.regionName ?? "Nasional") : (regions.find((r) => r.code === totalsScope)?.name ?? totalsScope),
    canWrite: can(user, "write-statistics"),
    filter: { start: filter.period.start, end: filter.period.end, region: filter.region ?? "", agencyId: filter.agencyId ? String(filter.agencyId) : "" },
    presets: periodPresets(),
    totals: caseTotals(db, totalsScope, filter.period),
    byRegion: caseTotalsByRegion(db, totalsScope, filter.period),
    byAgency: caseTotalsByAgency(db, totalsScope, filter.period),
    byPeriod: caseTotalsByPeriod(db, totalsScope, filter.period),
    rows: list.rows,
    total: list.total,
    page,
    regions: regions.map((r) => ({ code: r.code, name: r.name, level: r.level })),
    allowNational: scope === null,
    agencies: listReportingAgencies(db, scope),
  });
}

export default function StatisticsPage() {
  const data = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const { totals, filter } = data;
  const query = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    return `?${next}`;
  };
  const exportQuery = new URLSearchParams({ dari: filter.start, sampai: filter.end });
  if (filter.region) exportQuery.set("wilayah", filter.region);
  if (filter.agencyId) exportQuery.set("instansi", filter.agencyId);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Statistik Kasus TPPO</h1>
          <p>Angka agregat penanganan kasus dan pelindungan korban · cakupan {data.scopeName}</p>
        </div>
        <div className="actions-row no-print">
          {data.canWrite ? (
            <>
              <Link className="button" to="/statistik/baru">
                Catat angka
              </Link>
              <Link className="button button-secondary" to="/statistik/unggah">
                Unggah CSV
              </Link>
            </>
          ) : null}
          <a className="button button-secondary" href={`/statistik/ekspor.csv?${exportQuery}`}>
            Unduh CSV
          </a>
        </div>
      </div>
      <PrivacyNotice />

      <section className="panel no-print" aria-labelledby="saring">
        <h2 id="saring">Periode dan saringan</h2>
        <p className="actions-row">
          {data.presets.map((p) => (
            <Link key={p.label} to={query({ dari: p.start, sampai: p.end, [PAGE_PARAM]: "" })} aria-current={p.start === filter.start && p.end === filter.end ? "true" : undefined}>
              {p.label}
            </Link>
          ))}
        </p>
        <Form method="get" className="filters">
          <div className="field">
            <label htmlFor="f-dari">Dari</label>
            <input id="f-dari" type="date" name="dari" defaultValue={filter.start} />
          </div>
          <div className="field">
            <label htmlFor="f-sampai">Sampai</label>
            <input id="f-sampai" type="date" name="sampai" defaultValue={filter.end} />
          </div>
          <div className="field">
            <label htmlFor="f-wilayah">Wilayah</label>
            <select id="f-wilayah" name="wilayah" defaultValue={filter.region}>
              <option value="">Semua dalam cakupan</option>
              {data.allowNational ? <option value="nasional">Hanya angka nasional</option> : null}
              {data.regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.level === "provinsi" ? `Provinsi ${r.name}` : `\u00a0\u00a0${r.name}`} ({r.code})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-instansi">Instansi pelapor</label>
            <select id="f-instansi" name="instansi" defaultValue={filter.agencyId}>
              <option value="">Semua instansi</option>
              {data.agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-secondary">
            Terapkan
          </button>
        </Form>
      </section>

      <section className="panel" aria-labelledby="jumlah">
        <h2 id="jumlah">{`Jumlah ${data.totalsScopeName}, ${periodLabel(filter)}`}</h2>
        <div className="grid figure-stats">
          {FIGURES.map((f) => (
            <div className="stat" key={f.key} data-figure={f.key}>
              <strong>{formatNumber(totals[f.key])}</strong>
              <span>{f.label}</span>
            </div>
          ))}
        </div>
        <p className="muted">
          {`Dijumlahkan dari ${formatNumber(totals.entries)} entri yang seluruh periodenya berada dalam ${periodLabel(filter)}. `}
          Angka dari instansi yang berbeda dapat menyangkut kasus yang sama (kasus yang dilaporkan kepolisian kemudian dituntut kejaksaan); bacalah bersama rincian per
          instansi.
        </p>
        {totals.partialEntries > 0 ? (
          <div className="alert alert-info" role="note">
            {`${formatNumber(totals.partialEntries)} entri`} periodenya hanya sebagian berada dalam periode ini dan tidak dijumlahkan, karena angkanya tidak dapat dibagi
            per hari. Pilih periode yang mencakup seluruh periode entri tersebut.
          </div>
        ) : null}
        <TotalsTable
          caption="Per wilayah"
          header="Wilayah"
          rows={data.byRegion}
          rowKey={(r) => r.regionCode ?? "nasional"}
          rowLabel={(r) => (r.regionCode === null ? "Nasional (angka tingkat pusat)" : (r.regionName ?? r.regionCode))}
        />
        <TotalsTable caption="Per instansi pelapor" header="Instansi" rows={data.byAgency} rowKey={(r) => String(r.agencyId)} rowLabel={(r) => r.agencyName} />
        {data.byPeriod.length > 1 ? (
          <TotalsTable
            caption="Per periode laporan"
            header="Periode"
            rows={data.byPeriod}
            rowKey={(r) => `${r.periodStart}/${r.periodEnd}`}
            rowLabel={(r) => periodLabel({ start: r.periodStart, end: r.periodEnd })}
          />
        ) : null}
      </section>

      <section className="panel" aria-labelledby="entri">
        <h2 id="entri">{`Entri (${formatNumber(data.total)})`}</h2>
        <p className="muted">Entri yang periodenya bersinggungan dengan periode terpilih.</p>
        {data.rows.length === 0 ? (
          <p className="empty">Belum ada angka tercatat untuk saringan ini.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Periode</th>
                  <th scope="col">Wilayah</th>
                  <th scope="col">Instansi</th>
                  {FIGURES.map((f) => (
                    <th key={f.key} scope="col" className="num">
                      {f.short}
                    </th>
                  ))}
                  {data.canWrite ? <th scope="col" className="no-print"><span className="visually-hidden">Tindakan</span></th> : null}
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r) => {
                  const partial = r.periodStart < filter.start || r.periodEnd > filter.end;
                  return (
                    <tr key={r.id}>
                      <td>
                        {periodLabel({ start: r.periodStart, end: r.periodEnd })}
                        {partial ? (
                          <>
                            {" "}
                            <span className="badge badge-not_started">sebagian di luar periode</span>
                          </>
                        ) : null}
                      </td>
                      <td>{r.regionName ?? "Nasional"}</td>
                      <td title={r.agencyCanonicalName !== r.agencyName ? r.agencyCanonicalName : undefined}>{r.agencyName}</td>
                      {FIGURES.map((f) => (
                        <td key={f.key} className="num">
                          {formatNumber(r[f.key])}
                        </td>
                      ))}
                      {data.canWrite ? (
                        <td className="no-print">
                          <Link to={`/statistik/${r.id}/ubah`} aria-label={`Ubah entri #${r.id}`}>
                            Ubah
                          </Link>
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <Pagination page={data.page} pageSize={PAGE_SIZE} total={data.total} />
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
