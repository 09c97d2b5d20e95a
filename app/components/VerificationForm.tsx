// The secretariat's check of a reported completion: approve it, or return it with a reason.
import { Form } from "@remix-run/react";
import { ErrorSummary, FieldError, fieldAria, fieldId, TextareaField } from "~/components/Field";
import type { FieldErrors } from "~/utils/forms";

interface Props {
  actionId: number;
  version: number;
  errors?: FieldErrors;
  values?: Record<string, string>;
}

export function VerificationForm({ actionId, version, errors = {}, values }: Props) {
  const hasil = values?.hasil;
  return (
    <Form method="post" action={`/aksi/${actionId}`} encType="multipart/form-data" className="stack" aria-label="Verifikasi penyelesaian">
      <input type="hidden" name="intent" value="verifikasi" />
      <input type="hidden" name="version" value={version} />
      <ErrorSummary errors={errors} idSuffix="verifikasi" />
      <fieldset className="field" id={fieldId("hasil", "verifikasi")} {...fieldAria(fieldId("hasil", "verifikasi"), errors.hasil)}>
        <legend>Hasil verifikasi</legend>
        <label>
          <input type="radio" name="hasil" value="disetujui" defaultChecked={hasil === "disetujui"} /> Disetujui: bukti sesuai, dihitung selesai
        </label>
        <label>
          <input type="radio" name="hasil" value="dikembalikan" defaultChecked={hasil === "dikembalikan"} /> Dikembalikan kepada penghubung
        </label>
        <FieldError id={`${fieldId("hasil", "verifikasi")}-error`} error={errors.hasil} />
      </fieldset>
      <TextareaField
        label="Catatan"
        name="catatan"
        id={fieldId("catatan", "verifikasi")}
        rows={3}
        maxLength={4000}
        defaultValue={values?.catatan ?? ""}
        hint="Wajib bila dikembalikan: tuliskan alasannya (dibaca penghubung)."
        error={errors.catatan}
      />
      <div className="actions-row">
        <button type="submit" className="button">
          Simpan verifikasi
        </button>
      </div>
    </Form>
  );
}
