import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { ErrorMessage } from "~/components/ErrorMessage";
import { TaskForceBadges } from "~/components/TaskForceBadges";
import { getDb } from "~/db.server";
import {
  coverageSentence,
  getTaskForce,
  taskForceCoverage,
  listRegencyCoverage,
  regionOfParam,
  taskForceName,
  taskForcePath,
  taskForceState,
} from "~/task-forces/task-force.server";
import { assertCan, requirePermission } from "~/accounts/auth.server";
import { can } from "~/accounts/policy";
import { formatNumber } from "~/utils/format";
import { formatCalendarDate, formatDateTime } from "~/utils/period";
import { notFound } from "~/utils/http.server";
import { LEGAL_BASIS_LABELS } from "~/utils/labels";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.name ?? "Gugus Tugas"} · SIGAP TPPO` }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: (data) => [{ label: "Gugus Tugas", to: "/gugus-tugas" }, ...(data.parent ? [{ label: data.parent.name, to: data.parent.path }] : []), { label: data.region?.name ?? "Nasional" }],
};

// Read by every role within scope; the edit link only for secretariats and admins whose scope covers it.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-task-forces");
  const regionCode = regionOfParam(params.kode);
  if (regionCode === undefined) notFound("Gugus Tugas tidak ditemukan.");
  assertCan(user, request, "read-task-forces", { regionCode }, `task force ${regionCode ?? "nasional"}`);
  const db = getDb();
  const view = getTaskForce(db, regionCode) ?? notFound("Wilayah tidak ditemukan.");
  const tf = view.taskForce;
  const isProvince = view.region?.level === "provinsi";
  return json({
    name: taskForceName(view.region),
    regionCode,
    region: view.region,
    parent: view.parent ? { code: view.parent.code, name: view.parent.name, path: taskForcePath(view.parent.code) } : null,
    state: taskForceState(db, regionCode),
    recorded: Boolean(tf),
    legalBasis:
      tf?.legalBasisKind && tf.legalBasisNumber && tf.legalBasisDate
        ? { kind: LEGAL_BASIS_LABELS[tf.legalBasisKind], number: tf.legalBasisNumber, date: formatCalendarDate(tf.legalBasisDate), title: tf.legalBasisTitle }
        : null,
    document: view.document ? { name: view.document.originalName, size: view.document.size } : null,
    subsatgas: view.subsatgas,
    secretariatName: view.secretariatName,
    secretariatCanonicalName: view.secretariatCanonicalName,
    contact: tf ? { name: tf.contactName, phone: tf.contactPhone, email: tf.contactEmail } : null,
    updatedAt: tf?.updatedAt ? formatDateTime(tf.updatedAt, view.region?.timeZone ?? "Asia/Jakarta") : null,
    canEdit: can(user, "write-task-forces", { regionCode }),
    path: taskForcePath(regionCode),
    regencies: isProvince ? listRegencyCoverage(db, regionCode) : [],
    // For a province: how far its regencies/cities are formed, in the words of the coverage page.
    regencySentence: isProvince
      ? coverageSentence({ ...taskForceCoverage(db, regionCode), provinces: { total: 0, formed: 0, withLegalBasis: 0, subsatgasComplete: 0 } })
      : null,
  });
}

function kb(size: number) {
  return `${formatNumber(Math.max(1, Math.round(size / 1024)))} KB`;
}

export default function TaskForcePage() {
  const data = useLoaderData<typeof loader>();
  const n = data.subsatgas.length;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{data.name}</h1>
          <p>
            {data.region ? `Kode wilayah ${data.region.code}` : "Gugus Tugas PP-TPPO tingkat pusat"} · <TaskForceBadges state={data.state} subsatgasCount={n} />
          </p>
        </div>
        {data.canEdit ? (
          <Link className="button" to={`${data.path}/ubah`}>
            Perbarui data
          </Link>
        ) : null}
      </div>

      <section className="panel">
        <h2>Pembentukan dan dasar hukum</h2>
        {!data.recorded ? <p className="empty">Belum ada data Gugus Tugas yang dicatat untuk wilayah ini.</p> : null}
        <dl className="facts">
          <dt>Status</dt>
          <dd>{data.state.formed ? "Sudah terbentuk" : "Belum terbentuk"}</dd>
          <dt>Dasar hukum</dt>
          <dd>
            {data.legalBasis ? (
              <>
                {data.legalBasis.kind} Nomor {data.legalBasis.number} tanggal {data.legalBasis.date}
                {data.legalBasis.title ? (
                  <>
                    <br />
                    <span className="muted">tentang {data.legalBasis.title}</span>
                  </>
                ) : null}
              </>
            ) : (
              <span className="muted">Belum dicatat</span>
            )}
          </dd>
          <dt>Dokumen yang ditandatangani</dt>
          <dd>
            {data.document ? (
              <a href={`${data.path}/dokumen`} download>
                {data.document.name}
              </a>
            ) : (
              <span className="muted">Belum diunggah</span>
            )}
            {data.document ? <small> ({kb(data.document.size)})</small> : null}
          </dd>
          <dt>Sekretariat</dt>
          <dd title={data.secretariatCanonicalName !== data.secretariatName ? (data.secretariatCanonicalName ?? undefined) : undefined}>
            {data.secretariatName ?? <span className="muted">Belum dicatat</span>}
          </dd>
          <dt>Narahubung</dt>
          <dd>
            {data.contact?.name || data.contact?.phone || data.contact?.email ? (
              <>
                {data.contact.name}
                {data.contact.phone ? <> · {data.contact.phone}</> : null}
                {data.contact.email ? (
                  <>
                    {" · "}
                    <a href={`mailto:${data.contact.email}`}>{data.contact.email}</a>
                  </>
                ) : null}
              </>
            ) : (
              <span className="muted">Belum dicatat</span>
            )}
          </dd>
          {data.updatedAt ? (
            <>
              <dt>Terakhir diperbarui</dt>
              <dd>{data.updatedAt}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section className="panel">
        <h2>Subsatgas</h2>
        <ul className="checklist">
          {data.subsatgas.map((s) => (
            <li key={s.slug} className={s.formed ? "yes" : "no"}>
              <span aria-hidden="true">{s.formed ? "✓" : "✗"}</span> {s.name} <small>{s.formed ? "terbentuk" : "belum terbentuk"}</small>
            </li>
          ))}
        </ul>
      </section>

      {data.regencies.length > 0 ? (
        <section className="panel">
          <h2>Kabupaten/kota di {data.region?.name}</h2>
          <p className="lead">{data.regencySentence}</p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Kabupaten/kota</th>
                  <th scope="col">Status</th>
                  <th scope="col">Dokumen</th>
                </tr>
              </thead>
              <tbody>
                {data.regencies.map((r) => (
                  <tr key={r.code}>
                    <th scope="row">
                      <Link to={`/gugus-tugas/${r.code}`}>{r.name}</Link> <small>({r.code})</small>
                    </th>
                    <td>
                      <TaskForceBadges state={r} subsatgasCount={n} />
                    </td>
                    <td>{r.hasDocument ? "Ada" : <span className="muted">–</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
