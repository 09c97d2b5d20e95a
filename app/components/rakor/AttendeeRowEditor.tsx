// The row editor: every attendee of the rakor as an editable row, plus empty rows for new people.
// "Tambah baris" adds rows in the browser without losing what was typed; without JavaScript the
// link variant (?baris=N) reloads the page with more empty rows.
import { Form, Link, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { ATTENDANCES, ATTENDEE_ROLES } from "../../../db/schema";
import { ErrorSummary, FieldError, fieldAria, fieldId, SelectField } from "~/components/Field";
import type { RowValues } from "~/rakor/attendee-form.server";
import { rowField, type FieldErrors } from "~/utils/forms";
import { ATTENDANCE_LABELS, ATTENDEE_ROLE_LABELS } from "~/utils/labels";
import { AGENCY_LIST_ID } from "./Suggestions";
import type { AgencyQuestion } from "~/accounts/agency-question";
import { AgencyQuestions } from "~/components/AgencyQuestions";

export type EditorRow = RowValues;

interface Props {
  rows: EditorRow[];
  blankRows: number;
  errors: FieldErrors;
  sites: { id: number; name: string }[];
  defaults: { site: string; attendance: string };
  /** Agency names typed in the rows that resemble registered agencies, to be answered before saving. */
  agencyQuestions?: AgencyQuestion[];
}

export function AttendeeRowEditor({ rows, blankRows, errors, sites, defaults, agencyQuestions }: Props) {
  const [extra, setExtra] = useState(0);
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === "rows";
  const blank: EditorRow = { rowId: "", name: "", rank: "", jobTitle: "", agency: "", email: "", site: defaults.site, role: "participant", attendance: defaults.attendance };
  const all = [...rows, ...Array.from({ length: blankRows + extra }, () => blank)];
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="rows" />
      <ErrorSummary errors={errors} title="Belum tersimpan: perbaiki isian yang ditandai merah pada tabel." />
      <div className="table-wrap row-editor">
        <table>
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">Nama (dengan gelar)</th>
              <th scope="col">Pangkat</th>
              <th scope="col">Jabatan</th>
              <th scope="col">Instansi</th>
              <th scope="col">Surel</th>
              <th scope="col">Lokasi</th>
              <th scope="col">Peran</th>
              <th scope="col">Kehadiran</th>
              <th scope="col">Hapus</th>
            </tr>
          </thead>
          <tbody>
            {all.map((row, i) => {
              const n = i + 1;
              const name = (f: string) => rowField(i, f);
              const cell = (f: string) => ({ id: fieldId(name(f)), name: name(f), ...fieldAria(fieldId(name(f)), errors[name(f)]) });
              const cellError = (f: string) => <FieldError id={`${fieldId(name(f))}-error`} error={errors[name(f)]} />;
              const cellInput = (field: keyof EditorRow, label: string, list?: string) => (
                <td>
                  <input type="text" {...cell(field)} aria-label={`${label} baris ${n}`} defaultValue={String(row[field] ?? "")} list={list} autoComplete="off" />
                  {cellError(field)}
                </td>
              );
              return (
                <tr key={`${row.rowId || "baru"}-${i}`}>
                  <td className="row-no">
                    {n}
                    <input type="hidden" name={name("rowId")} value={row.rowId} />
                  </td>
                  {cellInput("name", "Nama")}
                  {cellInput("rank", "Pangkat")}
                  {cellInput("jobTitle", "Jabatan")}
                  {cellInput("agency", "Instansi", AGENCY_LIST_ID)}
                  {cellInput("email", "Surel")}
                  <td>
                    <select {...cell("site")} aria-label={`Lokasi baris ${n}`} defaultValue={row.site}>
                      <option value="">Tempat utama / daring</option>
                      {sites.map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.name}
                        </option>
                      ))}
                    </select>
                    {cellError("site")}
                  </td>
                  <td>
                    <select {...cell("role")} aria-label={`Peran baris ${n}`} defaultValue={row.role}>
                      {ATTENDEE_ROLES.map((r) => (
                        <option key={r} value={r}>
                          {ATTENDEE_ROLE_LABELS[r]}
                        </option>
                      ))}
                    </select>
                    {cellError("role")}
                  </td>
                  <td>
                    <select {...cell("attendance")} aria-label={`Kehadiran baris ${n}`} defaultValue={row.attendance}>
                      {ATTENDANCES.map((a) => (
                        <option key={a} value={a}>
                          {ATTENDANCE_LABELS[a]}
                        </option>
                      ))}
                    </select>
                    {cellError("attendance")}
                  </td>
                  <td>{row.rowId ? <input type="checkbox" name={name("remove")} aria-label={`Hapus baris ${n}`} defaultChecked={row.remove} /> : null}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <AgencyQuestions questions={agencyQuestions} />
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
export function BatchDefaults({ sites, errors, idPrefix, attendance = "in_person" }: { sites: { id: number; name: string }[]; errors: FieldErrors; idPrefix: string; attendance?: string }) {
  return (
    <div className="form-grid">
      <SelectField
        label="Lokasi"
        name="site"
        id={fieldId("site", idPrefix)}
        defaultValue=""
        error={errors.site}
        options={[{ value: "", label: "Tempat utama / daring" }, ...sites.map((s) => ({ value: String(s.id), label: s.name }))]}
      />
      <SelectField
        label="Peran"
        name="role"
        id={fieldId("role", idPrefix)}
        defaultValue="participant"
        error={errors.role}
        options={ATTENDEE_ROLES.map((r) => ({ value: r, label: ATTENDEE_ROLE_LABELS[r] }))}
      />
      <SelectField
        label="Kehadiran"
        name="attendance"
        id={fieldId("attendance", idPrefix)}
        defaultValue={attendance}
        error={errors.attendance}
        options={ATTENDANCES.map((a) => ({ value: a, label: ATTENDANCE_LABELS[a] }))}
      />
    </div>
  );
}
