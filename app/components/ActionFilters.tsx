// The filter bar and view tabs of the action-plan pages. A GET form: the filter lives in the URL,
// so a filtered view can be bookmarked, shared and exported as CSV as it is.
import { Form, NavLink } from "@remix-run/react";
import { SelectField } from "~/components/Field";
import { ACTION_STATUSES } from "../../db/schema";
import { actionFilterQuery, type ActionFilter } from "~/action-plan/action-filter";
import { ACTION_STATUS_LABELS } from "~/utils/labels";

export interface FilterOptions {
  subsatgas: { value: string; label: string }[];
  agencies: { value: string; label: string }[];
  regions: { value: string; label: string }[];
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

export function ActionFilters({ filter, options, action, showSort = false }: { filter: ActionFilter; options: FilterOptions; action: string; showSort?: boolean }) {
  return (
    <Form method="get" action={action} className="filters" role="search" aria-label="Saring rencana aksi">
      <div className="field">
        <label htmlFor="f-q">Cari</label>
        <input id="f-q" type="search" name="q" defaultValue={filter.q ?? ""} placeholder="Judul, uraian, instansi…" />
      </div>
      <SelectField label="Subsatgas" name="subsatgas" defaultValue={filter.subsatgas ?? ""} emptyLabel="Semua" options={options.subsatgas} />
      <SelectField label="Instansi" name="instansi" defaultValue={filter.agencyId ? String(filter.agencyId) : ""} emptyLabel="Semua" options={options.agencies} />
      <SelectField
        label="Peran instansi"
        name="peran"
        defaultValue={filter.leadOnly ? "utama" : ""}
        emptyLabel="Utama atau pendukung"
        options={[{ value: "utama", label: "Hanya pelaksana utama" }]}
      />
      <SelectField label="Wilayah" name="wilayah" defaultValue={filter.region ?? ""} emptyLabel="Semua" options={options.regions} />
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
          emptyLabel="Subsatgas, lalu tenggat"
          options={[
            { value: "tenggat", label: "Tenggat terdekat" },
            { value: "diperbarui", label: "Terakhir diperbarui" },
          ]}
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
