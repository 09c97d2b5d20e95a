import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ActionFilters, ActionViewTabs } from "~/components/ActionFilters";
import { ActionTable } from "~/components/ActionTable";
import { ErrorMessage } from "~/components/ErrorMessage";
import { Pagination } from "~/components/Pagination";
import { getDb } from "~/db.server";
import { actionFilterOptions } from "~/action-plan/action-form.server";
import { getRakorHeading, searchActions } from "~/action-plan/action.server";
import { withReturnedCompletions } from "~/action-plan/verification.server";
import { ACTION_SORT_LABELS, actionFilterQuery, isFiltered, PAGE_SIZE } from "~/action-plan/action-filter";
import { readActionFilter } from "~/action-plan/action-filter.server";
import { readPage } from "~/utils/pagination";
import { requirePermission } from "~/accounts/auth.server";
import { can } from "~/accounts/policy";
import { formatNumber } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Rencana Aksi · SIGAP TPPO" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-actions");
  const db = getDb();
  const url = new URL(request.url);
  const { filter, fields, complete } = readActionFilter(db, user.regionCode, url);
  const { page, ...slice } = readPage(url, PAGE_SIZE);
  // A typed agency or region that did not resolve: the fields say why, and nothing is listed.
  const { rows, total } = complete ? searchActions(db, user.regionCode, filter, slice) : { rows: [], total: 0 };
  const rakor = filter.rakorId ? getRakorHeading(db, filter.rakorId) : undefined;
  return json({
    filter,
    fields,
    complete,
    page,
    rows: withReturnedCompletions(db, rows),
    total,
    options: actionFilterOptions(db),
    // The rakor whose items are listed, only when the user may see it.
    rakor: rakor && can(user, "read-rakor", rakor) ? rakor : null,
    canCreate: can(user, "manage-actions"),
  });
}

export default function ActionList() {
  const { filter, fields, complete, page, rows, total, options, rakor, canCreate } = useLoaderData<typeof loader>();
  const query = actionFilterQuery(filter);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{filter.overdue ? "Rencana aksi terlambat" : "Rencana aksi"}</h1>
          <p>Tindak lanjut hasil rakor dan rencana kerja Gugus Tugas, per Subsatgas dan instansi.</p>
        </div>
        <div className="actions-row">
          {canCreate ? (
            <Link className="button" to="/aksi/baru">
              Tambah rencana aksi
            </Link>
          ) : null}
          <a className="button button-secondary" href={`/aksi/ekspor.csv${query ? `?${query}` : ""}`} download>
            Unduh CSV
          </a>
        </div>
      </div>
      {rakor ? (
        <div className="alert alert-info">
          Rencana aksi dari hasil rakor <Link to={`/rakor/${rakor.id}`}>{rakor.title}</Link>.
        </div>
      ) : null}
      <ActionViewTabs filter={filter} />
      <ActionFilters filter={filter} options={options} fields={fields} action="/aksi" showSort />
      {complete ? (
        <>
          <p className="muted" role="status">
            {`${formatNumber(total)} rencana aksi${isFiltered(filter) ? " sesuai saringan" : ""}. Urutan: ${ACTION_SORT_LABELS[filter.sort ?? "default"].description}.`}
          </p>
          <ActionTable rows={rows} empty={isFiltered(filter) ? "Tidak ada rencana aksi yang sesuai saringan." : "Belum ada rencana aksi."} />
          <Pagination page={page} pageSize={PAGE_SIZE} total={total} />
        </>
      ) : null}
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
