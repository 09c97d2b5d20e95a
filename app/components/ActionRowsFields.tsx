// The fields of one or several action items ("new" posts rows 0..n-1, "edit" posts row 0).
import type { ActionFormOptions, RowValues } from "~/action-plan/action-form.server";
import { FieldError, fieldAria, fieldId } from "~/components/Field";
import { rowField, type FieldErrors } from "~/utils/forms";

export type RowOptions = ActionFormOptions;

/** A row as shown: the posted values after an error, or the defaults (and the stored item when editing). */
export type RowDraft = Partial<RowValues>;

export function ActionRowFields({ index, options, values, errors, legend }: { index: number; options: RowOptions; values: RowDraft; errors: FieldErrors; legend?: string }) {
  const key = (f: string) => rowField(index, f);
  const id = (f: string) => fieldId(key(f));
  const err = (f: string) => errors[key(f)];
  const aria = (f: string, hint = false) => fieldAria(id(f), err(f), hint);
  const body = (
    <>
      <div className="field">
        <label htmlFor={id("title")}>Judul rencana aksi</label>
        <input id={id("title")} name={key("title")} type="text" maxLength={300} defaultValue={values.title ?? ""} {...aria("title")} />
        <FieldError id={`${id("title")}-error`} error={err("title")} />
      </div>
      <div className="field">
        <label htmlFor={id("description")}>Uraian (opsional)</label>
        <textarea id={id("description")} name={key("description")} rows={2} maxLength={4000} defaultValue={values.description ?? ""} {...aria("description")} />
        <FieldError id={`${id("description")}-error`} error={err("description")} />
      </div>
      <div className="grid grid-tight">
        <div className="field">
          <label htmlFor={id("subsatgas")}>Subsatgas</label>
          <select id={id("subsatgas")} name={key("subsatgas")} defaultValue={values.subsatgas ?? ""} {...aria("subsatgas")}>
            <option value="">Pilih Subsatgas</option>
            {options.subsatgas.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <FieldError id={`${id("subsatgas")}-error`} error={err("subsatgas")} />
        </div>
        <div className="field">
          <label htmlFor={id("dueDate")}>Tenggat</label>
          <input id={id("dueDate")} name={key("dueDate")} type="date" defaultValue={values.dueDate ?? ""} {...aria("dueDate")} />
          <FieldError id={`${id("dueDate")}-error`} error={err("dueDate")} />
        </div>
      </div>
      <div className="grid grid-tight">
        <div className="field">
          <label htmlFor={id("leadAgency")}>Instansi pelaksana utama</label>
          <select id={id("leadAgency")} name={key("leadAgency")} defaultValue={values.leadAgency ?? ""} {...aria("leadAgency")}>
            <option value="">Pilih instansi</option>
            {options.agencies.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <FieldError id={`${id("leadAgency")}-error`} error={err("leadAgency")} />
        </div>
        <div className="field">
          <label htmlFor={id("region")}>Wilayah</label>
          <select id={id("region")} name={key("region")} defaultValue={values.region ?? ""} {...aria("region")}>
            {options.regions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <FieldError id={`${id("region")}-error`} error={err("region")} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={id("supporting")}>Instansi pendukung (opsional)</label>
        <select id={id("supporting")} name={key("supporting")} multiple size={5} defaultValue={values.supporting ?? []} {...aria("supporting", true)}>
          {options.agencies.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <span className="hint" id={`${id("supporting")}-hint`}>
          Tahan Ctrl (Cmd di Mac) untuk memilih lebih dari satu.
        </span>
        <FieldError id={`${id("supporting")}-error`} error={err("supporting")} />
      </div>
    </>
  );
  return legend ? (
    <fieldset className="panel row-fieldset">
      <legend>{legend}</legend>
      {body}
    </fieldset>
  ) : (
    body
  );
}
