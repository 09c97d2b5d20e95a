// The narrative parts a leader writes (pengantar, kendala, rekomendasi, penutup), saved as a draft
// of this scope and period. An empty part prints the standard text of templates/laporan.json.
import { Form, useNavigation } from "@remix-run/react";
import { FieldError, FormError } from "~/components/Field";
import { formatDateTime } from "~/utils/format";
import type { TimeZone } from "../../../db/schema";

export interface DraftValues {
  pengantar: string;
  kendala: string;
  rekomendasi: string;
  penutup: string;
}

const PARTS: { name: keyof DraftValues; label: string; hint: string }[] = [
  { name: "pengantar", label: "Pengantar (Bab I, A. Umum)", hint: "Bila dikosongkan, dipakai teks baku yang tampak samar di kotak ini." },
  { name: "kendala", label: "Kendala (Bab VI, A)", hint: "Ditambahkan setelah daftar rencana aksi yang terhambat." },
  { name: "rekomendasi", label: "Rekomendasi (Bab VI, B)", hint: "Pisahkan paragraf dengan satu baris kosong." },
  { name: "penutup", label: "Penutup (Bab VII)", hint: "Bila dikosongkan, dipakai teks baku yang tampak samar di kotak ini." },
];

export function DraftForm({
  action,
  values,
  defaults,
  errors,
  saved,
  zone,
}: {
  action: string;
  values: DraftValues;
  defaults: { pengantar: string; penutup: string };
  errors?: Record<string, string>;
  saved: { at: number; by: string | null } | null;
  zone: TimeZone;
}) {
  const navigation = useNavigation();
  const saving = navigation.state === "submitting" && navigation.formData?.get("intent") === "simpan";
  return (
    <Form method="post" action={action} className="stack wide" id="narasi-form">
      <input type="hidden" name="intent" value="simpan" />
      <FormError error={errors?._form} />
      {PARTS.map((p) => (
        <div className="field" key={p.name}>
          <label htmlFor={`f-${p.name}`}>{p.label}</label>
          <textarea
            id={`f-${p.name}`}
            name={p.name}
            rows={p.name === "rekomendasi" || p.name === "kendala" ? 6 : 4}
            defaultValue={values[p.name]}
            placeholder={p.name === "pengantar" ? defaults.pengantar : p.name === "penutup" ? defaults.penutup : undefined}
            aria-invalid={errors?.[p.name] ? true : undefined}
            aria-describedby={`f-${p.name}-hint${errors?.[p.name] ? ` f-${p.name}-error` : ""}`}
          />
          <span className="hint" id={`f-${p.name}-hint`}>
            {p.hint}
          </span>
          <FieldError id={`f-${p.name}-error`} error={errors?.[p.name]} />
        </div>
      ))}
      <div className="actions-row">
        <button type="submit" className="button" disabled={saving}>
          {saving ? "Menyimpan…" : "Simpan draf"}
        </button>
        {saved ? (
          <span className="muted">
            Terakhir disimpan {formatDateTime(saved.at, zone)}
            {saved.by ? ` oleh ${saved.by}` : ""}.
          </span>
        ) : (
          <span className="muted">Belum ada draf untuk periode dan wilayah ini.</span>
        )}
      </div>
    </Form>
  );
}
