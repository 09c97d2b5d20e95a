// The row editor: every attendee of the rakor as an editable row, plus empty rows for new people.
// "Tambah baris" adds rows in the browser without losing what was typed; without JavaScript the
// link variant (?baris=N) reloads the page with more empty rows.
import { Form, Link, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { ATTENDANCES, ATTENDEE_ROLES } from "../../../db/schema";
import { FieldError, FormError } from "~/components/Field";
import { ATTENDANCE_LABELS, ATTENDEE_ROLE_LABELS } from "~/utils/labels";
import { AGENCY_LIST_ID } from "./Suggestions";

export interface EditorRow {
  rowId: string;
  name: string;
  rank: string;
  jobTitle: string;
  agency: string;
  site: string;
  role: string;
  attendance: string;
  remove?: boolean;
}

interface Props {
  rows: EditorRow[];
  blankRows: number;
  errors: Record<string, string>;
  sites: { id: number; name: string }[];
  defaults: { site: string; attendance: string };
}

export function AttendeeRowEditor({ rows, blankRows, errors, sites, defaults }: Props) {
  const [extra, setExtra] = useState(0);
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === "rows";
  const blank: EditorRow = { rowId: "", name: "", rank: "", jobTitle: "", agency: "", site: defaults.site, role: "participant", attendance: defaults.attendance };
  const all = [...rows, ...Array.from({ length: blankRows + extra }, () => blank)];
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="rows" />
      {hasErrors ? <FormError error="Belum tersimpan: perbaiki isian yang ditandai merah pada tabel." /> : null}
      <div className="table-wrap row-editor">
        <table>
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">Nama (dengan gelar)</th>
              <th scope="col">Pangkat</th>
              <th scope="col">Jabatan</th>
              <th scope="col">Instansi</th>
              <th scope="col">Lokasi</th>
              <th scope="col">Peran</th>
              <th scope="col">Kehadiran</th>
              <th scope="col">Hapus</th>
            </tr>
          </thead>
          <tbody>
            {all.map((row, i) => {
              const n = i + 1;
              const err = (f: string) => errors[`${i}.${f}`];
              const cellInput = (field: keyof EditorRow, label: string, list?: string) => (
                <td>
                  <input
                    type="text"
                    name={field}
                    aria-label={`${label} baris ${n}`}
                    defaultValue={String(row[field] ?? "")}
                    list={list}
                    autoComplete="off"
                    aria-invalid={err(field) ? true : undefined}
                    aria-describedby={err(field) ? `r${i}-${field}-error` : undefined}
                  />
                  <FieldError id={`r${i}-${field}-error`} error={err(field)} />
                </td>
              );
              return (
                <tr key={`${row.rowId || "baru"}-${i}`}>
                  <td className="row-no">
                    {n}
                    <input type="hidden" name="rowId" value={row.rowId} />
                  </td>
                  {cellInput("name", "Nama")}
                  {cellInput("rank", "Pangkat")}
                  {cellInput("jobTitle", "Jabatan")}
                  {cellInput("agency", "Instansi", AGENCY_LIST_ID)}
                  <td>
                    <select name="site" aria-label={`Lokasi baris ${n}`} defaultValue={row.site} aria-invalid={err("site") ? true : undefined}>
                      <option value="">Tempat utama</option>
                      {sites.map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.name}
                        </option>
                      ))}
                    </select>
                    <FieldError id={`r${i}-site-error`} error={err("site")} />
                  </td>
                  <td>
                    <select name="role" aria-label={`Peran baris ${n}`} defaultValue={row.role}>
                      {ATTENDEE_ROLES.map((r) => (
                        <option key={r} value={r}>
                          {ATTENDEE_ROLE_LABELS[r]}
                        </option>
                      ))}
                    </select>
                    <FieldError id={`r${i}-role-error`} error={err("role")} />
                  </td>
                  <td>
                    <select name="attendance" aria-label={`Kehadiran baris ${n}`} defaultValue={row.attendance}>
                      {ATTENDANCES.map((a) => (
                        <option key={a} value={a}>
                          {ATTENDANCE_LABELS[a]}
                        </option>
                      ))}
                    </select>
                    <FieldError id={`r${i}-attendance-error`} error={err("attendance")} />
                  </td>
                  <td>{row.rowId ? <input type="checkbox" name="remove" value={i} aria-label={`Hapus baris ${n}`} defaultChecked={row.remove} /> : null}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="actions-row">
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Menyimpan..." : "Simpan daftar peserta"}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setExtra((x) => x + 10)}>
          Tambah 10 baris
        </button>
        <noscript>
          <Link to={`?baris=${blankRows + 10}`}>Tambah 10 baris</Link>
        </noscript>
        <span className="muted">Baris yang dibiarkan kosong tidak disimpan.</span>
      </div>
    </Form>
  );
}

/** Place, role and attendance applied to every person of a pasted list or an import. */
export function BatchDefaults({ sites, errors, idPrefix, attendance = "in_person" }: { sites: { id: number; name: string }[]; errors: Record<string, string>; idPrefix: string; attendance?: string }) {
  return (
    <div className="form-grid">
      <div className="field">
        <label htmlFor={`${idPrefix}-site`}>Lokasi</label>
        <select id={`${idPrefix}-site`} name="site" defaultValue="">
          <option value="">Tempat utama</option>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <FieldError id={`${idPrefix}-site-error`} error={errors.site} />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-role`}>Peran</label>
        <select id={`${idPrefix}-role`} name="role" defaultValue="participant">
          {ATTENDEE_ROLES.map((r) => (
            <option key={r} value={r}>
              {ATTENDEE_ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        <FieldError id={`${idPrefix}-role-error`} error={errors.role} />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-attendance`}>Kehadiran</label>
        <select id={`${idPrefix}-attendance`} name="attendance" defaultValue={attendance}>
          {ATTENDANCES.map((a) => (
            <option key={a} value={a}>
              {ATTENDANCE_LABELS[a]}
            </option>
          ))}
        </select>
        <FieldError id={`${idPrefix}-attendance-error`} error={errors.attendance} />
      </div>
    </div>
  );
}
