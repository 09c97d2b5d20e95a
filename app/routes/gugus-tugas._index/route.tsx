import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import { TaskForceBadges } from "~/components/TaskForceBadges";
import { getDb } from "~/db.server";
import {
  coverageByProvince,
  coverageSentence,
  listRegencyCoverage,
  subsatgasSentence,
  taskForceCoverage,
  taskForceName,
  taskForcePath,
  taskForceState,
} from "~/task-forces/task-force.server";
import { getRegion } from "~/task-forces/region.server";
import { requirePermission } from "~/accounts/auth.server";
import { can } from "~/accounts/policy";
import { COVERAGE_SORTS, REGION_STATUS_FILTERS, REGION_STATUS_LABELS, type CoverageSort, type RegionStatusFilter } from "~/task-forces/coverage";
import { formatNumber } from "~/utils/format";
import { isProvinceCode } from "~/accounts/scope";
import { CoverageGrid, PROVINCE_LEGEND, REGENCY_LEGEND, coverageTone, percentText, regencyTone, type Tile } from "./CoverageGrid";

export const meta: MetaFunction = () => [{ title: "Gugus Tugas Daerah · SIGAP TPPO" }];

// Everyone signed in reads coverage within their own scope: national sees the 38 provinces, a
// province its own row and regencies, a regency/city itself.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-task-forces");
  const db = getDb();
  const scope = user.regionCode;
  const params = new URL(request.url).searchParams;
  const sortParam = params.get("urut") ?? "";
  const sort: CoverageSort = (COVERAGE_SORTS as readonly string[]).includes(sortParam) ? (sortParam as CoverageSort) : "kode";
  const descending = params.get("arah") === "turun";
  const statusParam = params.get("tampilkan") ?? "";
  const status: RegionStatusFilter = (REGION_STATUS_FILTERS as readonly string[]).includes(statusParam) ? (statusParam as RegionStatusFilter) : "semua";

  const coverage = taskForceCoverage(db, scope);
  const isRegency = scope !== null && !isProvinceCode(scope);
  const ownRegion = scope ? (getRegion(db, scope) ?? null) : null;
  return json({
    scopeName: user.regionName ?? "Nasional",
    isRegency,
    sentence: coverageSentence(coverage),
    subsatgasSentence: subsatgasSentence(coverage),
    coverage,
    provinces: coverageByProvince(db, scope, sort, descending),
    regencies: listRegencyCoverage(db, scope, { status }),
    sort,
    descending,
    status,
    own: {
      name: taskForceName(ownRegion),
      path: taskForcePath(scope),
      state: taskForceState(db, scope),
      canEdit: can(user, "write-task-forces", { regionCode: scope }),
    },
  });
}

function SortHeader({ label, value, sort, descending, status, className }: { label: string; value: CoverageSort; sort: CoverageSort; descending: boolean; status: RegionStatusFilter; className?: string }) {
  const active = sort === value;
  // First click: most missing first for "belum", lowest first otherwise (where task forces are missing).
  const nextDescending = active ? !descending : value === "belum";
  const params = new URLSearchParams({ urut: value, arah: nextDescending ? "turun" : "naik" });
  if (status !== "semua") params.set("tampilkan", status);
  return (
    <th scope="col" className={className} aria-sort={active ? (descending ? "descending" : "ascending") : undefined}>
      <Link to={`?${params}`} preventScrollReset>
        {label}
        {active ? (descending ? " ▼" : " ▲") : ""}
      </Link>
    </th>
  );
}

export default function CoveragePage() {
  const data = useLoaderData<typeof loader>();
  const { coverage } = data;
  const n = coverage.subsatgasCount;
  const regenciesOf = (code: string) => data.regencies.filter((r) => r.parentCode === code);
  const provinceTiles: Tile[] = data.provinces
    .slice()
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((p) => ({
      code: p.code,
      name: p.name,
      href: `#prov-${p.code}`,
      tone: coverageTone(p.regenciesFormed, p.regencies),
      lines: [`${p.regenciesFormed}/${p.regencies} kab/kota (${percentText(p.regenciesFormed, p.regencies)})`, p.formed ? "GT provinsi terbentuk" : "GT provinsi belum"],
    }));
  const singleProvince = data.provinces.length === 1 ? data.provinces[0] : null;
  const regencyTiles: Tile[] = singleProvince
    ? listForTiles(data.regencies, singleProvince.code).map((r) => ({
        code: r.code,
        name: r.name,
        href: taskForcePathClient(r.code),
        tone: regencyTone(r),
        lines: [!r.formed ? "Belum terbentuk" : r.hasLegalBasis ? `Dasar hukum ada · Subsatgas ${r.subsatgasFormed}/${n}` : `Tanpa dasar hukum · Subsatgas ${r.subsatgasFormed}/${n}`],
      }))
    : [];

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Gugus Tugas Daerah</h1>
          <p>Pembentukan Gugus Tugas PP-TPPO · cakupan {data.scopeName}</p>
        </div>
        <div className="actions-row">
          <Link className="button button-secondary" to={data.own.path}>
            {data.own.name}
          </Link>
          {data.own.canEdit ? (
            <Link className="button" to={`${data.own.path}/ubah`}>
              Perbarui data Gugus Tugas
            </Link>
          ) : null}
        </div>
      </div>

      <section className="panel" aria-labelledby="ringkasan">
        <h2 id="ringkasan">Ringkasan</h2>
        <p className="lead" data-testid="coverage-sentence">
          {data.sentence}
        </p>
        {data.subsatgasSentence ? <p>{data.subsatgasSentence}</p> : null}
        <div className="grid">
          {coverage.provinces.total > 0 ? (
            <>
              <div className="stat">
                <strong>{`${formatNumber(coverage.provinces.formed)}/${formatNumber(coverage.provinces.total)}`}</strong>
                <span>{`provinsi terbentuk (${percentText(coverage.provinces.formed, coverage.provinces.total)})`}</span>
              </div>
              <div className="stat">
                <strong>{formatNumber(coverage.provinces.withLegalBasis)}</strong>
                <span>provinsi dengan dasar hukum</span>
              </div>
            </>
          ) : null}
          <div className="stat">
            <strong>{`${formatNumber(coverage.regencies.formed)}/${formatNumber(coverage.regencies.total)}`}</strong>
            <span>{`kabupaten/kota terbentuk (${percentText(coverage.regencies.formed, coverage.regencies.total)})`}</span>
          </div>
          <div className="stat">
            <strong>{formatNumber(coverage.regencies.withLegalBasis)}</strong>
            <span>kabupaten/kota dengan dasar hukum</span>
          </div>
        </div>
        <p className="muted">
          {data.own.name}: <TaskForceBadges state={data.own.state} subsatgasCount={n} />
        </p>
      </section>

      {data.isRegency ? null : (
        <section className="panel" aria-labelledby="peta">
          <h2 id="peta">{singleProvince ? `Peta cakupan ${singleProvince.name}` : "Peta cakupan per provinsi"}</h2>
          <p className="muted">
            {singleProvince
              ? "Setiap kotak satu kabupaten/kota; warna menunjukkan status Gugus Tugasnya."
              : "Setiap kotak satu provinsi, diurutkan menurut kode wilayah (kurang lebih dari barat ke timur); warna menunjukkan bagian kabupaten/kota yang sudah membentuk Gugus Tugas."}
          </p>
          {singleProvince ? (
            <CoverageGrid tiles={regencyTiles} label={`Kabupaten/kota di ${singleProvince.name}`} legend={REGENCY_LEGEND} />
          ) : (
            <CoverageGrid tiles={provinceTiles} label="Provinsi" legend={PROVINCE_LEGEND} />
          )}
        </section>
      )}

      {data.isRegency ? null : (
        <section className="panel" aria-labelledby="per-provinsi">
          <h2 id="per-provinsi">Per provinsi</h2>
          <Form method="get" className="filters no-print">
            <input type="hidden" name="urut" value={data.sort} />
            <input type="hidden" name="arah" value={data.descending ? "turun" : "naik"} />
            <div className="field">
              <label htmlFor="f-tampilkan">Tampilkan kabupaten/kota</label>
              <select id="f-tampilkan" name="tampilkan" defaultValue={data.status}>
                {REGION_STATUS_FILTERS.map((s) => (
                  <option key={s} value={s}>
                    {REGION_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button button-secondary">
              Terapkan
            </button>
            {data.sort !== "kode" || data.status !== "semua" ? <Link to="/gugus-tugas">Urutan dan tampilan bawaan</Link> : null}
          </Form>
          <div className="table-wrap">
            <table className="coverage-table">
              <thead>
                <tr>
                  <SortHeader label="Provinsi" value="nama" sort={data.sort} descending={data.descending} status={data.status} />
                  <th scope="col">Gugus Tugas provinsi</th>
                  <SortHeader label="Kab/kota terbentuk" value="persen" className="num" sort={data.sort} descending={data.descending} status={data.status} />
                  <th scope="col" className="num">
                    Dengan dasar hukum
                  </th>
                  <th scope="col" className="num">
                    Subsatgas lengkap
                  </th>
                  <SortHeader label="Belum terbentuk" value="belum" className="num" sort={data.sort} descending={data.descending} status={data.status} />
                </tr>
              </thead>
              <tbody>
                {data.provinces.map((p) => {
                  const list = regenciesOf(p.code);
                  return (
                    <ProvinceRows key={p.code} p={p} list={list} subsatgasCount={n} open={Boolean(singleProvince) || data.status !== "semua"} filtered={data.status !== "semua"} />
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}

// Regency tiles are drawn in code order whatever the table's sort.
function listForTiles<T extends { parentCode: string | null; code: string }>(list: T[], province: string): T[] {
  return list.filter((r) => r.parentCode === province);
}

function taskForcePathClient(code: string | null) {
  return `/gugus-tugas/${code ?? "nasional"}`;
}

type Province = ReturnType<typeof useLoaderData<typeof loader>>["provinces"][number];
type Regency = ReturnType<typeof useLoaderData<typeof loader>>["regencies"][number];

function ProvinceRows({ p, list, subsatgasCount, open, filtered }: { p: Province; list: Regency[]; subsatgasCount: number; open: boolean; filtered: boolean }) {
  return (
    <>
      <tr id={`prov-${p.code}`}>
        <th scope="row">
          <Link to={taskForcePathClient(p.code)}>{p.name}</Link> <small>({p.code})</small>
        </th>
        <td>
          <TaskForceBadges state={p} subsatgasCount={subsatgasCount} />
        </td>
        <td className="num">
          {`${formatNumber(p.regenciesFormed)} dari ${formatNumber(p.regencies)} (${percentText(p.regenciesFormed, p.regencies)})`}
          <br />
          <meter min={0} max={p.regencies || 1} value={p.regenciesFormed} aria-label={`Kabupaten/kota terbentuk di ${p.name}`} />
        </td>
        <td className="num">{formatNumber(p.regenciesWithLegalBasis)}</td>
        <td className="num">{formatNumber(p.regenciesSubsatgasComplete)}</td>
        <td className="num">{formatNumber(p.regencies - p.regenciesFormed)}</td>
      </tr>
      <tr className="subrow">
        <td colSpan={6}>
          <details open={open}>
            <summary>
              {`${list.length} kabupaten/kota${filtered ? " sesuai saringan" : ""} di ${p.name}`}
            </summary>
            {list.length === 0 ? (
              <p className="empty">Tidak ada kabupaten/kota yang sesuai.</p>
            ) : (
              <ul className="regency-list">
                {list.map((r) => (
                  <li key={r.code}>
                    <Link to={taskForcePathClient(r.code)}>{r.name}</Link> <TaskForceBadges state={r} subsatgasCount={subsatgasCount} />
                  </li>
                ))}
              </ul>
            )}
          </details>
        </td>
      </tr>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
