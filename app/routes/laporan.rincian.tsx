import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ACTION_STATUSES, RAKOR_LEVELS, RAKOR_MODES, type ActionStatus, type RakorLevel, type RakorMode } from "../../db/schema";
import { ErrorMessage } from "~/components/ErrorMessage";
import { Pagination } from "~/components/Pagination";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { readPage } from "~/utils/pagination";
import { getDb } from "~/db.server";
import { getReportScope, listReportActions, listRakorHeldInPeriod } from "~/report/report.server";
import { scopeIncludes } from "~/accounts/scope";
import { listActiveSubsatgas } from "~/task-forces/task-force.server";
import { formatCalendarDate, formatDayDate, periodLabel } from "~/utils/period";
import { reportHref } from "~/report/links";
import { readReportSelection } from "~/report/selection.server";
import { requirePermission } from "~/accounts/auth.server";
import { formatNumber } from "~/utils/format";
import { ACTION_STATUS_LABELS, LEVEL_LABELS, MODE_LABELS } from "~/utils/labels";
import { personLine } from "~/rakor/rakor-format";

export const meta: MetaFunction = () => [{ title: "Rincian angka laporan · SIGAP TPPO" }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: (data) => [{ label: "Laporan", to: data.back }, { label: "Rincian angka" }],
};

const PAGE_SIZE = 50;

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

// The records behind one figure of the report: the same scope, period and conditions as the figure,
// so the number of rows here is the number in the report.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-report");
  const db = getDb();
  const selection = readReportSelection(db, user, request);
  if (!selection.ok) throw json({ message: Object.values(selection.errors).join(" ") }, { status: 400 });
  const { scope, period } = selection;
  const params = new URL(request.url).searchParams;
  const { page, ...limit } = readPage(params, PAGE_SIZE);
  const base = { scopeName: scope.code === null ? "Nasional" : scope.taskForceName.replace(/^Gugus Tugas /, ""), period, back: reportHref({ scope: scope.code, period }), page };
  if (params.get("jenis") === "rakor") {
    const filter = { level: pick<RakorLevel>(params.get("tingkat"), RAKOR_LEVELS), mode: pick<RakorMode>(params.get("bentuk"), RAKOR_MODES) };
    const { rows, total } = listRakorHeldInPeriod(db, scope.code, period, filter, limit);
    const what = ["Rakor terlaksana", filter.level ? `tingkat ${LEVEL_LABELS[filter.level].toLowerCase()}` : "", filter.mode ? `secara ${MODE_LABELS[filter.mode].toLowerCase()}` : ""].filter(Boolean).join(" ");
    return json({
      ...base,
      kind: "rakor" as const,
      what,
      total,
      rakor: rows.map((r) => ({ id: r.id, title: r.title, when: formatDayDate(r.startsAt, r.timeZone), level: LEVEL_LABELS[r.level], mode: MODE_LABELS[r.mode], venue: r.venue, chair: personLine({ name: r.chairName, rank: r.chairRank, position: r.chairPosition, agency: r.chairAgency }) })),
    });
  }
  const subsatgas = listActiveSubsatgas(db);
  const slug = params.get("subsatgas");
  // A row of the report's table per region: the items of one region below the scope, or the scope's own.
  const kode = params.get("kode")?.trim() || undefined;
  const region = kode ? getReportScope(db, kode) : undefined;
  if (kode && (!region || kode === scope.code || !scopeIncludes(scope.code, kode))) throw json({ message: "Kode wilayah tidak berada di bawah wilayah laporan." }, { status: 400 });
  const own = params.get("sendiri") === "1";
  const filter = {
    subsatgas: slug && subsatgas.some((s) => s.slug === slug) ? slug : undefined,
    status: pick<ActionStatus>(params.get("status"), ACTION_STATUSES),
    overdue: params.get("terlambat") === "1" || undefined,
    region: region?.code ?? undefined,
    own: own || undefined,
  };
  const { rows, total } = listReportActions(db, scope.code, period, filter, Date.now(), limit);
  const what = [
    "Rencana aksi",
    region ? `wilayah ${region.level === "provinsi" ? `Provinsi ${region.name}` : region.name}` : "",
    own ? `tingkat ${LEVEL_LABELS[scope.level].toLowerCase()}` : "",
    filter.subsatgas ? `Subsatgas ${subsatgas.find((s) => s.slug === filter.subsatgas)?.name}` : "",
    filter.status ? `berstatus ${ACTION_STATUS_LABELS[filter.status]}` : "",
    filter.overdue ? "yang terlambat" : "",
  ]
    .filter(Boolean)
    .join(" ");
  return json({
    ...base,
    kind: "aksi" as const,
    what,
    total,
    actions: rows.map((a) => ({ ...a, due: formatCalendarDate(a.dueDate), statusLabel: ACTION_STATUS_LABELS[a.status] })),
  });
}

export default function ReportFigureRecords() {
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{`${data.what}: ${formatNumber(data.total)}`}</h1>
          <p>{`${data.scopeName} · ${data.kind === "rakor" ? "dimulai" : "bertenggat"} dalam periode ${periodLabel(data.period)}`}</p>
        </div>
      </div>
      <section className="panel">
        {data.total === 0 ? (
          <p className="empty">Tidak ada catatan untuk angka ini.</p>
        ) : data.kind === "rakor" ? (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Hari/Tanggal</th>
                  <th scope="col">Rakor</th>
                  <th scope="col">Tingkat</th>
                  <th scope="col">Bentuk</th>
                  <th scope="col">Tempat</th>
                  <th scope="col">Pimpinan rapat</th>
                </tr>
              </thead>
              <tbody>
                {data.rakor.map((r) => (
                  <tr key={r.id}>
                    <td>{r.when}</td>
                    <td>
                      <Link to={`/rakor/${r.id}`}>{r.title}</Link>
                    </td>
                    <td>{r.level}</td>
                    <td>{r.mode}</td>
                    <td>{r.venue ?? "-"}</td>
                    <td>{r.chair || "-"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Rencana aksi</th>
                  <th scope="col">Subsatgas</th>
                  <th scope="col">Instansi pelaksana</th>
                  <th scope="col">Tenggat</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Progres
                  </th>
                  <th scope="col">Catatan terakhir</th>
                </tr>
              </thead>
              <tbody>
                {data.actions.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link to={`/aksi/${a.id}`}>{a.title}</Link>
                      {a.regionName ? <small> · {a.regionName}</small> : null}
                    </td>
                    <td>{a.subsatgasName}</td>
                    <td>{a.leadAgencyName}</td>
                    <td>{a.due}</td>
                    <td>
                      <span className={`badge badge-${a.status}`}>{a.statusLabel}</span> {a.overdue ? <span className="badge badge-overdue">Terlambat</span> : null}
                    </td>
                    <td className="num">{`${a.progress}%`}</td>
                    <td>{a.lastNote ?? "-"}</td>
                  </tr>
                ))}
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
