import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ActionFilters, ActionViewTabs } from "~/components/ActionFilters";
import { ErrorMessage } from "~/components/ErrorMessage";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { SubsatgasTable } from "~/components/SubsatgasTable";
import { SvgChart } from "~/components/SvgChart";
import { getDb } from "~/db.server";
import { actionFilterOptions } from "~/action-plan/action-form.server";
import { subsatgasSummaryFiltered } from "~/action-plan/dashboard.server";
import { actionFilterQuery } from "~/action-plan/action-filter";
import { readActionFilter } from "~/action-plan/action-filter.server";
import { requirePermission } from "~/accounts/auth.server";
import { barChartSvg } from "~/documents/chart";
import { formatNumber } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Rencana Aksi per Subsatgas · SIGAP TPPO" }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: () => [{ label: "Rencana Aksi", to: "/aksi" }, { label: "Per Subsatgas" }],
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-actions");
  const db = getDb();
  const { filter, fields, complete } = readActionFilter(db, user.regionCode, new URL(request.url));
  // A typed agency or region that did not resolve: the fields say why, and nothing is counted.
  return json({ filter, fields, complete, rows: complete ? subsatgasSummaryFiltered(db, user.regionCode, filter) : [], options: actionFilterOptions(db) });
}

export default function BySubsatgas() {
  const { filter, fields, complete, rows, options } = useLoaderData<typeof loader>();
  const { subsatgas: _s, ...rest } = filter;
  const query = actionFilterQuery(filter, { ringkasan: "subsatgas" });
  const svg = barChartSvg({
    id: "capaian-subsatgas",
    title: "Capaian rencana aksi per Subsatgas",
    items: rows.map((r) => ({ label: r.name, value: r.completion, note: `${formatNumber(r.done)} dari ${formatNumber(r.total - r.cancelled)}` })),
  });
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Rencana aksi per Subsatgas</h1>
          <p>Capaian = rencana aksi selesai dibanding seluruh rencana aksi yang tidak dibatalkan.</p>
        </div>
        <a className="button button-secondary" href={`/aksi/ekspor.csv?${query}`} download>
          Unduh CSV
        </a>
      </div>
      <ActionViewTabs filter={filter} />
      <ActionFilters filter={filter} options={options} fields={fields} action="/aksi/subsatgas" />
      {complete ? (
        <>
          <SubsatgasTable rows={rows} href={(slug) => `/aksi?${actionFilterQuery({ ...rest, subsatgas: slug })}`} />
          <SvgChart svg={svg} caption="Capaian per Subsatgas (persen rencana aksi selesai)." />
        </>
      ) : null}
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
