import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ActionFilters, ActionViewTabs } from "~/components/ActionFilters";
import { CountsTable } from "~/components/CountsTable";
import { ErrorMessage } from "~/components/ErrorMessage";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { getDb } from "~/db.server";
import { actionFilterOptions } from "~/action-plan/action-form.server";
import { summaryByAgency } from "~/action-plan/dashboard.server";
import { actionFilterQuery } from "~/action-plan/action-filter";
import { readActionFilter } from "~/action-plan/action-filter.server";
import { requirePermission } from "~/accounts/auth.server";

export const meta: MetaFunction = () => [{ title: "Rencana Aksi per Instansi · SIGAP TPPO" }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: () => [{ label: "Rencana Aksi", to: "/aksi" }, { label: "Per instansi" }],
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-actions");
  const db = getDb();
  const { filter, fields, complete } = readActionFilter(db, user.regionCode, new URL(request.url));
  // A typed agency or region that did not resolve: the fields say why, and nothing is counted.
  return json({ filter, fields, complete, rows: complete ? summaryByAgency(db, user.regionCode, filter) : [], options: actionFilterOptions(db) });
}

export default function ByAgency() {
  const { filter, fields, complete, rows, options } = useLoaderData<typeof loader>();
  const { agencyId: _a, leadOnly: _l, ...rest } = filter;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Rencana aksi per instansi</h1>
          <p>Angka status dihitung atas rencana aksi yang instansi pimpin (pelaksana utama); kolom terakhir menghitung keterlibatan sebagai pendukung.</p>
        </div>
        <a className="button button-secondary" href={`/aksi/ekspor.csv?${actionFilterQuery(filter, { ringkasan: "instansi" })}`} download>
          Unduh CSV
        </a>
      </div>
      <ActionViewTabs filter={filter} />
      <ActionFilters filter={filter} options={options} fields={fields} action="/aksi/instansi" />
      {complete ? (
        <CountsTable
          caption="Rencana aksi per instansi, yang paling banyak terlambat di atas"
          nameHeading="Instansi"
          extraHeading="Sebagai pendukung"
          empty="Tidak ada rencana aksi yang sesuai saringan."
          rows={rows.map((r) => ({ ...r, key: String(r.agencyId), extra: r.supporting, href: `/aksi?${actionFilterQuery({ ...rest, agencyId: r.agencyId, leadOnly: true })}` }))}
        />
      ) : null}
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
