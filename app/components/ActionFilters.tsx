// The filter bar and view tabs of the action-plan pages. A GET form: the filter lives in the URL,
// so a filtered view can be bookmarked, shared and exported as CSV as it is.
import { Form, NavLink } from "@remix-run/react";
import { ErrorSummary, SelectField } from "~/components/Field";
import { SuggestField } from "~/components/SuggestField";
import { ACTION_STATUSES } from "../../db/schema";
import { ACTION_SORT_LABELS, ACTION_SORTS, actionFilterQuery, type ActionFilter, type ActionFilterFields } from "~/action-plan/action-filter";
import { ACTION_STATUS_LABELS } from "~/utils/labels";

export interface FilterOptions {
  subsatgas: { value: string; label: string }[];
}

export function ActionViewTabs({ filter }: { filter: ActionFilter }) {
  const { sort: _sort, ...rest } = filter;
  const q = actionFilterQuery(rest);
  const qOverdue = actionFilterQuery({ ...rest, overdue: true });
  const suffix = q ? `?${q}` : "";
  return (
    <nav className="tabs" aria-label="Tampilan rencana aksi">
      <NavLink to={`/aksi${suffix}`} end>
        Daftar
      </NavLink>
      <NavLink to={`/aksi/subsatgas${suffix}`}>Per Subsatgas</NavLink>
      <NavLink to={`/aksi/instansi${suffix}`}>Per instansi</NavLink>
      <NavLink to={`/aksi/wilayah${suffix}`}>Per wilayah</NavLink>
      <a href={`/aksi?${qOverdue}`} aria-current={filter.overdue ? "page" : undefined} className={filter.overdue ? "active" : undefined}>
        Terlambat
      </a>
    </nav>
  );
}

export function ActionFilters({
  filter,
  options,
  fields,
  action,
  showSort = false,
}: {
  filter: ActionFilter;
  options: FilterOptions;
  /** The typed agency and region fields (action-filter.server.ts). */
  fields: ActionFilterFields;
  action: string;
  showSort?: boolean;
}) {
  const errors: Record<string, string> = {};
  if (fields.agency.error) errors.instansi = fields.agency.error;
  if (fields.region.error) errors.wilayah = fields.region.error;
  return (
    <Form method="get" action={action} className="filters" role="search" aria-label="Saring rencana aksi">
      <ErrorSummary errors={errors} title="Saringan belum diterapkan: periksa isian yang ditandai." />
      <div className="field">
        <label htmlFor="f-q">Cari</label>
        <input id="f-q" type="search" name="q" defaultValue={filter.q ?? ""} placeholder="Judul, uraian, instansi…" />
      </div>
      <SelectField label="Subsatgas" name="subsatgas" defaultValue={filter.subsatgas ?? ""} emptyLabel="Semua" options={options.subsatgas} />
      <SuggestField label="Instansi" name="instansi" field={fields.agency} placeholder="Ketik nama atau singkatan" />
      <SelectField
        label="Peran instansi"
        name="peran"
        defaultValue={filter.leadOnly ? "utama" : ""}
        emptyLabel="Utama atau pendukung"
        options={[{ value: "utama", label: "Hanya pelaksana utama" }]}
      />
      <SuggestField label="Wilayah" name="wilayah" field={fields.region} placeholder="Nama atau kode, mis. 74.01" />
      <SelectField
        label="Status"
        name="status"
        defaultValue={filter.status ?? ""}
        emptyLabel="Semua"
        options={ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] }))}
      />
      <div className="field field-narrow">
        <label htmlFor="f-tahun">Tahun tenggat</label>
        <input id="f-tahun" type="number" name="tahun" min={2000} max={2100} inputMode="numeric" defaultValue={filter.year ?? ""} />
      </div>
      {showSort ? (
        <SelectField
          label="Urutkan"
          name="urut"
          defaultValue={filter.sort ?? ""}
          emptyLabel={ACTION_SORT_LABELS.default.option}
          options={ACTION_SORTS.map((s) => ({ value: s, label: ACTION_SORT_LABELS[s].option }))}
        />
      ) : null}
      <label className="checkbox">
        <input type="checkbox" name="terlambat" value="1" defaultChecked={Boolean(filter.overdue)} /> Hanya yang terlambat
      </label>
      {filter.rakorId ? <input type="hidden" name="rakor" value={filter.rakorId} /> : null}
      <div className="actions-row">
        <button type="submit" className="button">
          Terapkan
        </button>
        <a className="button button-secondary" href={action}>
          Atur ulang
        </a>
      </div>
    </Form>
  );
}
