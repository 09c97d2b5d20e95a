// The narrative parts a leader writes (pengantar, kendala, rekomendasi, penutup), saved as a draft
// of this scope and period. An empty part prints the standard text of templates/laporan.json; a
// written one keeps its structure in the document (paragraphs, numbered and bulleted lists).
import { Form, useNavigation } from "@remix-run/react";
import { ErrorSummary, TextareaField } from "~/components/Field";
import type { DraftPart } from "~/report/report.server";
import type { FieldErrors } from "~/utils/forms";
import { formatDateTime } from "~/utils/period";
import type { TimeZone } from "../../../db/schema";

export type DraftValues = Record<DraftPart, string>;

const PARTS: { name: DraftPart; label: string; hint: string }[] = [
  { name: "pengantar", label: "Pengantar (Bab I, A. Umum)", hint: "Bila dikosongkan, dipakai teks baku yang tampak samar di kotak ini." },
  { name: "kendala", label: "Kendala (Bab VI, A)", hint: "Ditambahkan setelah daftar rencana aksi yang terhambat." },
  { name: "rekomendasi", label: "Rekomendasi (Bab VI, B)", hint: "Pisahkan paragraf dengan satu baris kosong. Daftar bernomor: satu butir per baris (1. …, 2. …); butir berawalan - menjadi daftar berpoin." },
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
  errors?: FieldErrors;
  saved: { at: number; by: string | null } | null;
  zone: TimeZone;
}) {
  const navigation = useNavigation();
  const saving = navigation.state === "submitting" && navigation.formData?.get("intent") === "simpan";
  return (
    <Form method="post" action={action} className="stack wide" id="narasi-form">
      <input type="hidden" name="intent" value="simpan" />
      <ErrorSummary errors={errors} />
      {PARTS.map((p) => (
        <TextareaField
          key={p.name}
          label={p.label}
          name={p.name}
          rows={p.name === "rekomendasi" || p.name === "kendala" ? 6 : 4}
          defaultValue={values[p.name]}
          placeholder={p.name === "pengantar" ? defaults.pengantar : p.name === "penutup" ? defaults.penutup : undefined}
          error={errors?.[p.name]}
          hint={p.hint}
        />
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
