// The parts of the rakor form that concern a series: "Ulangi" when scheduling (how it recurs, how it
// ends, the dates it gives before saving), and for an occurrence the choice between "Hanya rakor
// ini" and "Rakor ini dan berikutnya". The dates are previewed by the server ("Tampilkan tanggal",
// works without JavaScript) and, with JavaScript, recomputed as the form changes.
import { useEffect, useRef, useState } from "react";
import { SERIES_KINDS, TIME_ZONES, type TimeZone } from "../../../db/schema";
import { Field, FieldError, SelectField, TextareaField, fieldAria } from "~/components/Field";
import type { FieldErrors } from "~/utils/forms";
import { localInputToEpoch } from "~/utils/period";
import { rakorWhen } from "~/rakor/rakor-format";
import { MAX_OCCURRENCES, MAX_YEARS, planSeries, PREVIEW_INTENT, readRepeatFields, REPEAT_FIELDS as F, REPEAT_KIND_LABELS } from "~/rakor/series-rule";

export interface SeriesPreviewView {
  dates: string[];
  notes: string[];
}

/** The dates the form's current values give, or null while they do not make a series. */
function livePreview(form: HTMLFormElement): SeriesPreviewView | null {
  const values = Object.fromEntries([...new FormData(form).entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;
  const zone = values.timeZone as TimeZone;
  if (!(TIME_ZONES as readonly string[]).includes(zone)) return null;
  const start = localInputToEpoch(values.startsAt ?? "", zone);
  if (start === null) return null;
  const repeat = readRepeatFields(values, values.startsAt.slice(0, 10));
  if (!repeat.ok || !repeat.input) return null;
  const planned = planSeries(repeat.input, start, zone);
  if (!planned.ok) return { dates: [], notes: Object.values(planned.errors) };
  const end = localInputToEpoch(values.endsAt ?? "", zone);
  const duration = end !== null && end > start ? end - start : null;
  return { dates: planned.plan.starts.map((s) => rakorWhen(s, duration === null ? null : s + duration, zone)), notes: planned.plan.notes };
}

export function RepeatFields({ values, errors, preview }: { values: Record<string, string>; errors: FieldErrors; preview?: SeriesPreviewView | null }) {
  const ref = useRef<HTMLFieldSetElement>(null);
  const [kind, setKind] = useState(values[F.kind] ?? "");
  const [live, setLive] = useState<SeriesPreviewView | null | undefined>(undefined);
  const [scripted, setScripted] = useState(false);
  useEffect(() => {
    const form = ref.current?.form;
    if (!form) return;
    setScripted(true);
    const update = () => {
      setKind(String(new FormData(form).get(F.kind) ?? ""));
      setLive(livePreview(form));
    };
    form.addEventListener("input", update);
    form.addEventListener("change", update);
    return () => {
      form.removeEventListener("input", update);
      form.removeEventListener("change", update);
    };
  }, []);
  // The fields of a kind ("Sebanyak (kali)") are in the form only once it has rendered: the dates are computed again then.
  useEffect(() => {
    const form = ref.current?.form;
    if (form && scripted) setLive(livePreview(form));
  }, [kind]);
  const shown = live === undefined ? preview : live;
  const show = (...kinds: string[]) => !scripted || kinds.includes(kind);
  const endChoice = values[F.end] === "sampai" ? "sampai" : "jumlah";
  return (
    <fieldset className="group" ref={ref}>
      <legend>Ulangi</legend>
      <p className="muted">
        Rakor yang rutin (misalnya setiap bulan) dijadwalkan sekaligus: setiap pertemuan menjadi rakor tersendiri yang dapat diubah, dipindah atau dibatalkan. Paling banyak {MAX_OCCURRENCES} pertemuan dalam {MAX_YEARS} tahun.
      </p>
      <div className="form-grid">
        <SelectField
          label="Pengulangan"
          name={F.kind}
          defaultValue={values[F.kind] ?? ""}
          error={errors[F.kind]}
          options={[{ value: "", label: "Tidak berulang" }, ...SERIES_KINDS.map((k) => ({ value: k, label: REPEAT_KIND_LABELS[k] }))]}
        />
        {show("monthly_weekday") ? (
          <SelectField
            label="Minggu ke (untuk bulanan pada hari ke-n)"
            name={F.week}
            defaultValue={values[F.week] ?? ""}
            error={errors[F.week]}
            options={[
              { value: "", label: "Sama dengan tanggal mulai" },
              { value: "1", label: "Pertama" },
              { value: "2", label: "Kedua" },
              { value: "3", label: "Ketiga" },
              { value: "4", label: "Keempat" },
              { value: "-1", label: "Terakhir" },
            ]}
          />
        ) : null}
      </div>
      {show("monthly_day", "monthly_weekday", "weekly") ? (
        <div className="form-grid">
          <div className="field">
            <span>Berakhir</span>
            <label>
              <input type="radio" name={F.end} value="jumlah" defaultChecked={endChoice === "jumlah"} /> Sebanyak
            </label>
            <label>
              <input type="radio" name={F.end} value="sampai" defaultChecked={endChoice === "sampai"} /> Sampai tanggal
            </label>
          </div>
          <Field label="Sebanyak (kali)" name={F.count} type="number" min={1} max={MAX_OCCURRENCES} defaultValue={values[F.count] ?? "12"} error={errors[F.count]} />
          <Field label="Sampai tanggal" name={F.until} type="date" defaultValue={values[F.until] ?? ""} error={errors[F.until]} hint="Tanggal ini ikut dihitung." />
        </div>
      ) : null}
      {show("dates") ? (
        <TextareaField
          label="Daftar tanggal (untuk pengulangan daftar tanggal)"
          name={F.dates}
          rows={4}
          defaultValue={values[F.dates] ?? ""}
          error={errors[F.dates]}
          hint="Satu tanggal per baris, misalnya 2026-02-25 atau 25/02/2026; jamnya sama dengan rakor pertama."
        />
      ) : null}
      <p className="hint">
        Bulanan pada tanggal yang sama memakai tanggal mulai (misalnya setiap tanggal 25); bulan tanpa tanggal itu (tanggal 31 di bulan April) dilewati. Bulanan pada hari ke-n memakai hari mulai (misalnya Kamis kedua, Jumat terakhir).
      </p>
      <div className="actions-row">
        <button type="submit" name="intent" value={PREVIEW_INTENT} className="button button-secondary" formNoValidate>
          Tampilkan tanggal
        </button>
      </div>
      {shown ? (
        <div aria-live="polite" id="pratinjau-seri">
          {shown.dates.length ? (
            <>
              <p>{shown.dates.length} pertemuan:</p>
              <ol>
                {shown.dates.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ol>
            </>
          ) : null}
          {shown.notes.map((n) => (
            <p key={n} className="muted">
              {n}
            </p>
          ))}
        </div>
      ) : null}
    </fieldset>
  );
}

/** For an occurrence of a series: whether the change is for this rakor only or for the following ones too. */
export function EditScopeFields({ value, error, label }: { value: string | undefined; error?: string; label: string }) {
  const id = "f-lingkup";
  return (
    <fieldset className="group" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Rakor ini bagian dari seri</legend>
      <p className="muted">{label}</p>
      <label>
        <input type="radio" name="lingkup" value="ini" defaultChecked={value !== "berikutnya"} {...fieldAria(id, error)} /> Hanya rakor ini (pindah, ubah atau batalkan satu pertemuan)
      </label>
      <label>
        <input type="radio" name="lingkup" value="berikutnya" defaultChecked={value === "berikutnya"} /> Rakor ini dan berikutnya (jam, hari, tempat, bentuk, judul); pertemuan yang sudah terlaksana, sudah ada peserta/hasilnya, atau notulennya sudah disetujui tidak dipindah
      </label>
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}
