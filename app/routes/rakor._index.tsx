import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { RAKOR_LEVELS, RAKOR_MODES, RAKOR_STATUSES } from "../../db/schema";
import { ErrorMessage } from "~/components/ErrorMessage";
import { Pagination } from "~/components/Pagination";
import { SelectField } from "~/components/Field";
import { RakorStatusBadge } from "~/components/rakor/RakorHead";
import { getDb } from "~/db.server";
import { listRakorInScope, listRakorYears, rakorFilterCondition, type RakorFilters } from "~/rakor/rakor.server";
import { seriesLabels } from "~/rakor/series.server";
import { listRegionsInScope } from "~/task-forces/region.server";
import { requirePermission } from "~/accounts/auth.server";
import { can } from "~/accounts/policy";
import { formatNumber } from "~/utils/format";
import { LEVEL_LABELS, MODE_LABELS, RAKOR_STATUS_LABELS } from "~/utils/labels";
import { rakorWhen } from "~/rakor/rakor-format";
import { scopeIncludes } from "~/accounts/scope";
import { readPage } from "~/utils/pagination";
import { readYear } from "~/utils/period";

export const meta: MetaFunction = () => [{ title: "Rakor · SIGAP TPPO" }];

const PAGE_SIZE = 20;

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-rakor");
  const db = getDb();
  const url = new URL(request.url);
  const p = url.searchParams;
  const regions = listRegionsInScope(db, user.regionCode);
  const region = p.get("wilayah");
  const filters: RakorFilters = {
    year: readYear(p),
    level: pick(p.get("tingkat"), RAKOR_LEVELS),
    region: region === "nasional" ? (user.regionCode === null ? "nasional" : null) : region && regions.some((r) => r.code === region) ? region : null,
    mode: pick(p.get("bentuk"), RAKOR_MODES),
    status: pick(p.get("status"), RAKOR_STATUSES),
    q: p.get("q")?.trim().slice(0, 100) || null,
  };
  const { page, ...slice } = readPage(p, PAGE_SIZE);
  const { rows, total } = listRakorInScope(db, user.regionCode, slice, rakorFilterCondition(filters));
  const series = seriesLabels(db, rows.map((r) => r.id));
  return json({
    rows: rows.map((r) => ({ ...r, when: rakorWhen(r.startsAt, null, r.timeZone), series: series[r.id] ?? null })),
    total,
    page,
    filters,
    years: listRakorYears(db, user.regionCode),
    regions: regions.map((r) => ({ code: r.code, name: r.name, province: r.level === "provinsi" })),
    nationalVisible: scopeIncludes(user.regionCode, null),
    canWrite: can(user, "write-rakor"),
  });
}

export default function RakorListPage() {
  const data = useLoaderData<typeof loader>();
  const f = data.filters;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Rapat koordinasi</h1>
          <p>{formatNumber(data.total)} rakor sesuai pilihan</p>
        </div>
        <div className="actions-row">
          <Link to="/rakor/kalender" className="button button-secondary">
            Kalender
          </Link>
          {data.canWrite ? (
            <Link to="/rakor/baru" className="button">
              Jadwalkan rakor
            </Link>
          ) : null}
        </div>
      </div>
      <Form method="get" className="filters panel" role="search" aria-label="Saring rakor">
        <div className="field">
          <label htmlFor="f-q">Cari</label>
          <input id="f-q" type="search" name="q" defaultValue={f.q ?? ""} placeholder="Judul, tempat, pimpinan, penyelenggara" />
        </div>
        <SelectField
          label="Tahun"
          name="tahun"
          defaultValue={f.year ? String(f.year) : ""}
          emptyLabel="Semua tahun"
          options={data.years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <SelectField label="Tingkat" name="tingkat" defaultValue={f.level ?? ""} emptyLabel="Semua tingkat" options={RAKOR_LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))} />
        <SelectField
          label="Wilayah"
          name="wilayah"
          defaultValue={f.region ?? ""}
          emptyLabel="Semua wilayah"
          options={[
            ...(data.nationalVisible ? [{ value: "nasional", label: "Nasional (tanpa wilayah)" }] : []),
            ...data.regions.map((r) => ({ value: r.code, label: r.province ? r.name : `\u00a0\u00a0\u00a0${r.name}` })),
          ]}
        />
        <SelectField label="Bentuk" name="bentuk" defaultValue={f.mode ?? ""} emptyLabel="Semua bentuk" options={RAKOR_MODES.map((m) => ({ value: m, label: MODE_LABELS[m] }))} />
        <SelectField
          label="Status"
          name="status"
          defaultValue={f.status ?? ""}
          emptyLabel="Semua status"
          options={RAKOR_STATUSES.map((s) => ({ value: s, label: RAKOR_STATUS_LABELS[s] }))}
        />
        <div className="actions-row">
          <button type="submit" className="button">
            Terapkan
          </button>
          <Link to="/rakor" className="button button-secondary">
            Hapus saringan
          </Link>
        </div>
      </Form>
      {data.rows.length === 0 ? (
        <p className="empty panel">Tidak ada rakor yang sesuai dengan saringan ini.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Waktu</th>
                <th scope="col">Rakor</th>
                <th scope="col">Tingkat</th>
                <th scope="col">Bentuk</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={r.id}>
                  <td>{r.when}</td>
                  <td>
                    <Link to={`/rakor/${r.id}`}>{r.title}</Link>
                    <br />
                    <small>
                      {r.organizerName}
                      {r.venue ? ` · ${r.venue}` : ""}
                    </small>
                    {r.series ? (
                      <>
                        <br />
                        <small className="muted">{r.series}</small>
                      </>
                    ) : null}
                  </td>
                  <td>
                    {LEVEL_LABELS[r.level]}
                    {r.regionName ? <small className="muted"> · {r.regionName}</small> : null}
                  </td>
                  <td>{MODE_LABELS[r.mode]}</td>
                  <td>
                    <RakorStatusBadge status={r.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={data.page} pageSize={PAGE_SIZE} total={data.total} />
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
