import { Form } from "@remix-run/react";
import { Field, FormError, SelectField } from "~/components/Field";

export interface AgencyFormProps {
  values: Record<string, string | boolean | null | undefined>;
  errors: Record<string, string>;
  regions: { value: string; label: string }[];
  nationalAllowed: boolean;
}

export function AgencyForm({ values, errors, regions, nationalAllowed }: AgencyFormProps) {
  const str = (k: string) => (values[k] == null ? "" : String(values[k]));
  const checked = (k: string) => values[k] === true || values[k] === "on";
  return (
    <Form method="post" className="stack" noValidate>
      <FormError error={errors._form} />
      <Field label="Nama resmi" name="name" required defaultValue={str("name")} error={errors.name} />
      <Field label="Singkatan" name="shortName" defaultValue={str("shortName")} error={errors.shortName} hint="Misalnya KemenPPPA, Polri." />
      <div className="field">
        <label htmlFor="f-aliases">Nama lain</label>
        <textarea
          id="f-aliases"
          name="aliases"
          rows={4}
          defaultValue={str("aliases")}
          aria-invalid={errors.aliases ? true : undefined}
          aria-describedby="f-aliases-hint f-aliases-error"
        />
        <span className="hint" id="f-aliases-hint">
          Satu nama per baris: singkatan lain dan nama lama, agar data yang menyebut instansi dengan nama itu dikenali.
        </span>
        {errors.aliases ? (
          <p className="field-error" id="f-aliases-error" role="alert">
            {errors.aliases}
          </p>
        ) : null}
      </div>
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
        <input type="checkbox" name="active" defaultChecked={values.active === undefined ? true : checked("active")} /> Aktif (dapat dipilih
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
