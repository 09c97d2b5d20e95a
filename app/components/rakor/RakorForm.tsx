// The rakor form: used to schedule a rakor and to change it. Times are typed in the meeting's own
// zone; the zone is chosen next to them.
import { Form, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { RAKOR_LEVELS, RAKOR_MODES, RAKOR_STATUSES, TIME_ZONES } from "../../../db/schema";
import { ErrorSummary, Field, SelectField, TextareaField } from "~/components/Field";
import type { FieldErrors } from "~/utils/forms";
import { LEVEL_LABELS, MODE_LABELS, RAKOR_STATUS_LABELS, TIME_ZONE_ABBR } from "~/utils/labels";
import type { rakorFormOptions } from "~/rakor/rakor-form.server";
import { PersonFields } from "./PersonFields";
import { AgencyQuestions } from "~/components/AgencyQuestions";
import { questionsFromValues } from "~/accounts/agency-question";
import { AGENCY_LIST_ID, AgencySuggestions, REGION_LIST_ID, RegionSuggestions } from "./Suggestions";

export type RakorFormOptions = Pick<ReturnType<typeof rakorFormOptions>, "regions" | "agencies" | "nationalAllowed">;

interface Props {
  values: Record<string, string>;
  errors: FieldErrors;
  options: RakorFormOptions;
  submitLabel: string;
  /** Fields placed before the confirmation and the save button (a series' "Ulangi" or edit scope). */
  children?: ReactNode;
}

const ZONE_NAMES: Record<string, string> = {
  "Asia/Jakarta": "WIB (UTC+7)",
  "Asia/Makassar": "WITA (UTC+8)",
  "Asia/Jayapura": "WIT (UTC+9)",
};

export function RakorForm({ values, errors, options, submitLabel, children }: Props) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const levels = RAKOR_LEVELS.filter((l) => l !== "nasional" || options.nationalAllowed || values.level === "nasional");
  return (
    <Form method="post" className="stack wide" noValidate>
      <ErrorSummary errors={errors} title="Periksa kembali isian yang ditandai merah." />
      <AgencySuggestions names={options.agencies} />
      <RegionSuggestions regions={options.regions.map((r) => r.value)} />
      <Field label="Judul rakor" name="title" defaultValue={values.title} error={errors.title} required autoComplete="off" />
      <div className="form-grid">
        <SelectField label="Tingkat" name="level" defaultValue={values.level} error={errors.level} options={levels.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))} />
        <Field
          label="Wilayah"
          name="regionCode"
          list={REGION_LIST_ID}
          defaultValue={values.regionCode}
          error={errors.regionCode}
          hint="Ketik nama atau kode wilayah, lalu pilih. Kosongkan untuk rakor nasional."
          autoComplete="off"
        />
        <Field label="Penyelenggara" name="organizer" list={AGENCY_LIST_ID} defaultValue={values.organizer} error={errors.organizer} required autoComplete="off" />
      </div>
      <div className="form-grid">
        <SelectField label="Bentuk" name="mode" defaultValue={values.mode} error={errors.mode} options={RAKOR_MODES.map((m) => ({ value: m, label: MODE_LABELS[m] }))} />
        <SelectField label="Status" name="status" defaultValue={values.status} error={errors.status} options={RAKOR_STATUSES.map((s) => ({ value: s, label: RAKOR_STATUS_LABELS[s] }))} />
      </div>
      <fieldset className="group">
        <legend>Waktu</legend>
        <div className="form-grid">
          <SelectField label="Zona waktu" name="timeZone" defaultValue={values.timeZone} error={errors.timeZone} options={TIME_ZONES.map((z) => ({ value: z, label: ZONE_NAMES[z] ?? TIME_ZONE_ABBR[z] }))} />
          <Field label="Mulai" name="startsAt" type="datetime-local" defaultValue={values.startsAt} error={errors.startsAt} required hint="Jam setempat menurut zona waktu yang dipilih." />
          <Field label="Selesai (boleh kosong)" name="endsAt" type="datetime-local" defaultValue={values.endsAt} error={errors.endsAt} hint="Boleh pada hari lain untuk rakor beberapa hari." />
        </div>
      </fieldset>
      <fieldset className="group">
        <legend>Tempat dan tautan</legend>
        <div className="form-grid">
          <Field label="Tempat" name="venue" defaultValue={values.venue} error={errors.venue} hint="Wajib untuk rakor luring dan hybrid." autoComplete="off" />
          <Field label="Platform daring" name="onlinePlatform" defaultValue={values.onlinePlatform} error={errors.onlinePlatform} hint="Misalnya Zoom Meeting. Wajib untuk daring dan hybrid." list="daftar-platform" autoComplete="off" />
          <Field label="Tautan rapat daring" name="onlineUrl" type="url" defaultValue={values.onlineUrl} error={errors.onlineUrl} hint="Alamat lengkap, diawali https://" autoComplete="off" />
        </div>
        <datalist id="daftar-platform">
          <option value="Zoom Meeting" />
          <option value="Google Meet" />
          <option value="Microsoft Teams" />
          <option value="Cisco Webex" />
          <option value="YouTube" />
        </datalist>
      </fieldset>
      <PersonFields prefix="chair" legend="Pimpinan rapat" values={values} errors={errors} hint="Tulis nama seperti dalam dokumen resmi, lengkap dengan gelar." />
      <TextareaField label="Catatan" name="notes" rows={3} defaultValue={values.notes} error={errors.notes} />
      <AgencyQuestions questions={questionsFromValues(values)} />
      {children}
      {errors.konfirmasiDuplikat ? (
        <div className="field field-error">
          <p className="error" id="konfirmasiDuplikat-error">
            {errors.konfirmasiDuplikat}
          </p>
          <label>
            <input type="checkbox" id="konfirmasiDuplikat" name="konfirmasiDuplikat" value="1" aria-describedby="konfirmasiDuplikat-error" /> Tetap simpan: ini rakor yang lain
          </label>
        </div>
      ) : null}
      <div className="actions-row">
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Menyimpan..." : submitLabel}
        </button>
      </div>
    </Form>
  );
}
