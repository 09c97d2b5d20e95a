import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ActionFilters, ActionViewTabs } from "~/components/ActionFilters";
import { CountsTable } from "~/components/CountsTable";
import { ErrorMessage } from "~/components/ErrorMessage";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { getDb } from "~/db.server";
import { actionFilterOptions } from "~/action-plan/action-form.server";
import { summaryByRegion } from "~/action-plan/dashboard.server";
import { actionFilterQuery } from "~/action-plan/action-filter";
import { readActionFilter } from "~/action-plan/action-filter.server";
import { requirePermission } from "~/accounts/auth.server";

export const meta: MetaFunction = () => [{ title: "Rencana Aksi per Wilayah · SIGAP TPPO" }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: () => [{ label: "Rencana Aksi", to: "/aksi" }, { label: "Per wilayah" }],
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-actions");
  const db = getDb();
  const { filter, fields, complete } = readActionFilter(db, user.regionCode, new URL(request.url));
  // A typed agency or region that did not resolve: the fields say why, and nothing is counted.
  return json({ filter, fields, complete, rows: complete ? summaryByRegion(db, user.regionCode, filter) : [], options: actionFilterOptions(db) });
}

export default function ByRegion() {
  const { filter, fields, complete, rows, options } = useLoaderData<typeof loader>();
  const { region: _r, ...rest } = filter;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Rencana aksi per wilayah</h1>
          <p>Wilayah rencana aksi menentukan cakupan dan zona waktu tenggatnya.</p>
        </div>
        <a className="button button-secondary" href={`/aksi/ekspor.csv?${actionFilterQuery(filter, { ringkasan: "wilayah" })}`} download>
          Unduh CSV
        </a>
      </div>
      <ActionViewTabs filter={filter} />
      <ActionFilters filter={filter} options={options} fields={fields} action="/aksi/wilayah" />
      {complete ? (
        <CountsTable
          caption="Rencana aksi per wilayah"
          nameHeading="Wilayah"
          empty="Tidak ada rencana aksi yang sesuai saringan."
          rows={rows.map((r) => ({ ...r, key: r.regionCode ?? "nasional", href: `/aksi?${actionFilterQuery({ ...rest, region: r.regionCode ?? "nasional" })}` }))}
        />
      ) : null}
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
