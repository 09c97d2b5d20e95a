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
import { actionFilterQuery, parseActionFilter } from "~/action-plan/action-filter";
import { requirePermission } from "~/accounts/auth.server";

export const meta: MetaFunction = () => [{ title: "Rencana Aksi per Wilayah · SIGAP TPPO" }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: () => [{ label: "Rencana Aksi", to: "/aksi" }, { label: "Per wilayah" }],
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-actions");
  const db = getDb();
  const filter = parseActionFilter(new URL(request.url).searchParams);
  return json({ filter, rows: summaryByRegion(db, user.regionCode, filter), options: actionFilterOptions(db, user.regionCode) });
}

export default function ByRegion() {
  const { filter, rows, options } = useLoaderData<typeof loader>();
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
      <ActionFilters filter={filter} options={options} action="/aksi/wilayah" />
      <CountsTable
        caption="Rencana aksi per wilayah"
        nameHeading="Wilayah"
        empty="Tidak ada rencana aksi yang sesuai saringan."
        rows={rows.map((r) => ({ ...r, key: r.regionCode ?? "nasional", href: `/aksi?${actionFilterQuery({ ...rest, region: r.regionCode ?? "nasional" })}` }))}
      />
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
