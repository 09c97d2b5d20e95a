// The four fields of a person as written in official documents: name with academic titles, rank,
// position, agency. Posted as `${prefix}Name`, `${prefix}Rank`, `${prefix}Position`, `${prefix}Agency`.
import { Field } from "~/components/Field";
import { AGENCY_LIST_ID } from "./Suggestions";

interface Props {
  prefix: string;
  legend: string;
  values: Record<string, string | null | undefined>;
  errors: Record<string, string>;
  /** Makes ids unique when the same fields appear in several forms on a page. */
  idSuffix?: string;
  hint?: string;
}

export function PersonFields({ prefix, legend, values, errors, idSuffix = "", hint }: Props) {
  const f = (k: string) => `${prefix}${k}`;
  const id = (k: string) => `f-${prefix}${k}${idSuffix ? `-${idSuffix}` : ""}`;
  return (
    <fieldset className="group">
      <legend>{legend}</legend>
      {hint ? <p className="muted">{hint}</p> : null}
      <div className="form-grid">
        <Field label="Nama (dengan gelar)" name={f("Name")} id={id("Name")} defaultValue={values[f("Name")] ?? ""} error={errors[f("Name")]} autoComplete="off" />
        <Field label="Pangkat" name={f("Rank")} id={id("Rank")} defaultValue={values[f("Rank")] ?? ""} error={errors[f("Rank")]} autoComplete="off" />
        <Field label="Jabatan" name={f("Position")} id={id("Position")} defaultValue={values[f("Position")] ?? ""} error={errors[f("Position")]} autoComplete="off" />
        <Field
          label="Instansi"
          name={f("Agency")}
          id={id("Agency")}
          list={AGENCY_LIST_ID}
          defaultValue={values[f("Agency")] ?? ""}
          error={errors[f("Agency")]}
          autoComplete="off"
        />
      </div>
    </fieldset>
  );
}
