// The form of one case-statistics entry (new and correction). Aggregate figures only: there is
// deliberately no free-text field, so nothing typed here can name or identify a victim.
import { Form, useNavigation } from "@remix-run/react";
import type { StatisticFormOptions } from "~/task-forces/case-statistic.server";
import { ErrorSummary, Field, FieldError, fieldAria } from "~/components/Field";
import { FIGURES } from "~/task-forces/case-figures";
import type { FieldErrors } from "~/utils/forms";
import { questionsFromValues } from "~/accounts/agency-question";
import { AgencyQuestions } from "~/components/AgencyQuestions";

interface Props extends StatisticFormOptions {
  /** The fields as posted (or as stored). */
  values: Record<string, string>;
  errors: FieldErrors;
  submitLabel: string;
}

function RegionSelect({ regions, allowNational, value, error }: Pick<StatisticFormOptions, "regions" | "allowNational"> & { value: string; error?: string }) {
  const provinces = regions.filter((r) => r.level === "provinsi");
  const orphans = regions.filter((r) => r.level !== "provinsi" && !provinces.some((p) => p.code === r.parentCode));
  return (
    <div className="field">
      <label htmlFor="f-regionCode">Wilayah</label>
      <select id="f-regionCode" name="regionCode" defaultValue={value} {...fieldAria("f-regionCode", error)}>
        {allowNational ? <option value="nasional">Nasional (angka seluruh Indonesia)</option> : null}
        {provinces.map((p) => (
          <optgroup key={p.code} label={p.name}>
            <option value={p.code}>
              Provinsi {p.name} ({p.code})
            </option>
            {regions
              .filter((r) => r.parentCode === p.code)
              .map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name} ({r.code})
                </option>
              ))}
          </optgroup>
        ))}
        {orphans.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name} ({r.code})
          </option>
        ))}
      </select>
      <FieldError id="f-regionCode-error" error={error} />
    </div>
  );
}

export function CaseStatisticForm({ values, errors, regions, allowNational, agencyNames, submitLabel }: Props) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  return (
    <Form method="post" className="stack" noValidate>
      <input type="hidden" name="intent" value="simpan" />
      <ErrorSummary errors={errors} />
      <fieldset className="fieldset">
        <legend>Periode, wilayah dan instansi pelapor</legend>
        <div className="form-row">
          <Field label="Awal periode" name="periodStart" type="date" required defaultValue={values.periodStart} error={errors.periodStart} />
          <Field label="Akhir periode" name="periodEnd" type="date" required defaultValue={values.periodEnd} error={errors.periodEnd} />
        </div>
        <RegionSelect regions={regions} allowNational={allowNational} value={values.regionCode ?? ""} error={errors.regionCode} />
        <Field
          type="text"
          label="Instansi pelapor"
          name="agency"
          required
          list="agency-names"
          autoComplete="off"
          defaultValue={values.agency}
          error={errors.agency}
          hint="Nama atau singkatan instansi (mis. Polri, Kejaksaan RI, Dinas Sosial Kabupaten Indramayu), tercatat seperti ditulis. Nama yang mirip instansi terdaftar ditanyakan dulu; nama baru dicatat sebagai instansi baru."
        />
        <AgencyQuestions questions={questionsFromValues(values)} />
        <datalist id="agency-names">
          {agencyNames.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
      </fieldset>
      <fieldset className="fieldset">
        <legend>Angka (bilangan bulat; tulis 0 bila tidak ada)</legend>
        <div className="figure-grid">
          {FIGURES.map((f) => (
            <Field
              key={f.key}
              label={f.label}
              name={f.key}
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              required
              defaultValue={values[f.key]}
              error={errors[f.key]}
              hint={f.withinTotal ? "Paling banyak sama dengan jumlah korban." : undefined}
            />
          ))}
        </div>
      </fieldset>
      <div className="actions-row">
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Menyimpan..." : submitLabel}
        </button>
      </div>
    </Form>
  );
}
