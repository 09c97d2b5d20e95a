// The filter bar and view tabs of the action-plan pages. A GET form: the filter lives in the URL,
// so a filtered view can be bookmarked, shared and exported as CSV as it is.
import { Form, NavLink } from "@remix-run/react";
import { ACTION_STATUSES } from "../../db/schema";
import { actionFilterQuery, type ActionFilter } from "~/utils/action-filter";
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
      <div className="field">
        <label htmlFor="f-subsatgas">Subsatgas</label>
        <select id="f-subsatgas" name="subsatgas" defaultValue={filter.subsatgas ?? ""}>
          <option value="">Semua</option>
          {options.subsatgas.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-instansi">Instansi</label>
        <select id="f-instansi" name="instansi" defaultValue={filter.agencyId ? String(filter.agencyId) : ""}>
          <option value="">Semua</option>
          {options.agencies.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-peran">Peran instansi</label>
        <select id="f-peran" name="peran" defaultValue={filter.leadOnly ? "utama" : ""}>
          <option value="">Utama atau pendukung</option>
          <option value="utama">Hanya pelaksana utama</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-wilayah">Wilayah</label>
        <select id="f-wilayah" name="wilayah" defaultValue={filter.region ?? ""}>
          <option value="">Semua</option>
          {options.regions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-status">Status</label>
        <select id="f-status" name="status" defaultValue={filter.status ?? ""}>
          <option value="">Semua</option>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ACTION_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-narrow">
        <label htmlFor="f-tahun">Tahun tenggat</label>
        <input id="f-tahun" type="number" name="tahun" min={2000} max={2100} inputMode="numeric" defaultValue={filter.year ?? ""} />
      </div>
      {showSort ? (
        <div className="field">
          <label htmlFor="f-urut">Urutkan</label>
          <select id="f-urut" name="urut" defaultValue={filter.sort ?? ""}>
            <option value="">Subsatgas, lalu tenggat</option>
            <option value="tenggat">Tenggat terdekat</option>
            <option value="diperbarui">Terakhir diperbarui</option>
          </select>
        </div>
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
