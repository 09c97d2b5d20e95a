import { Form } from "@remix-run/react";
import type { AgencyFormOptions } from "~/accounts/agency-form.server";
import { ErrorSummary, Field, SelectField, TextareaField } from "~/components/Field";
import type { FieldErrors } from "~/utils/forms";

export interface AgencyFormProps extends AgencyFormOptions {
  /** The fields as posted (or as stored). */
  values: Record<string, string>;
  errors: FieldErrors;
}

export function AgencyForm({ values, errors, regions, nationalAllowed }: AgencyFormProps) {
  const str = (k: string) => values[k] ?? "";
  const checked = (k: string) => values[k] === "on";
  return (
    <Form method="post" className="stack" noValidate>
      <ErrorSummary errors={errors} />
      <Field label="Nama resmi" name="name" required defaultValue={str("name")} error={errors.name} />
      <Field label="Singkatan" name="shortName" defaultValue={str("shortName")} error={errors.shortName} hint="Misalnya KemenPPPA, Polri." />
      <TextareaField
        label="Nama lain"
        name="aliases"
        rows={4}
        defaultValue={str("aliases")}
        error={errors.aliases}
        hint="Satu nama per baris: singkatan lain dan nama lama, agar data yang menyebut instansi dengan nama itu dikenali."
      />
      <SelectField
        label="Wilayah"
        name="regionCode"
        defaultValue={str("regionCode")}
        error={errors.regionCode}
        emptyLabel={nationalAllowed ? "Instansi pusat (nasional)" : undefined}
        options={regions}
      />
      <label className="checkbox">
        <input type="checkbox" name="nationalMember" defaultChecked={checked("nationalMember")} /> Anggota Gugus Tugas nasional
      </label>
      <label className="checkbox">
        <input type="checkbox" name="active" defaultChecked={checked("active")} /> Aktif (dapat dipilih
        pada formulir)
      </label>
      <div className="actions-row">
        <button type="submit" className="button">
          Simpan
        </button>
        <a href="/admin/instansi" className="button button-secondary">
          Batal
        </a>
      </div>
    </Form>
  );
}
