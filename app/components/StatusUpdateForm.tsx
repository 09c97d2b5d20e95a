// The status update of one action item: a couple of clicks (status, progress, note, evidence).
// It carries the version it was drawn from; the server refuses it if the item moved on since.
import { Form } from "@remix-run/react";
import type { ActionStatus } from "../../db/schema";
import { REPORTED_STATUSES } from "~/action-plan/rules";
import { ErrorSummary, FieldError, fieldAria, fieldId } from "~/components/Field";
import type { FieldErrors } from "~/utils/forms";
import { ACTION_STATUS_LABELS } from "~/utils/labels";

interface Props {
  actionId: number;
  version: number;
  current: { status: ActionStatus; progress: number };
  canCancel: boolean;
  /** The file types the upload rules accept (ACCEPTED_EXTENSIONS of file.server.ts, passed by the loader). */
  accept: string;
  /** Where to come back to after saving (a same-site path). */
  returnTo?: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
  submitLabel?: string;
}

export function StatusUpdateForm({ actionId, version, current, canCancel, accept, returnTo, errors = {}, values, submitLabel = "Simpan pembaruan" }: Props) {
  // Several of these forms may share a page (one per item): ids carry the item's id.
  const suffix = `u${actionId}`;
  const id = (name: string) => fieldId(name, suffix);
  const aria = (name: string, hint = false) => fieldAria(id(name), errors[name], hint);
  const statuses = REPORTED_STATUSES.filter((s) => canCancel || s !== "cancelled" || current.status === "cancelled");
  return (
    <Form method="post" action={`/aksi/${actionId}`} encType="multipart/form-data" className="stack status-form" aria-label="Perbarui status">
      <input type="hidden" name="intent" value="status" />
      <input type="hidden" name="version" value={version} />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <ErrorSummary errors={errors} idSuffix={suffix} />
      <div className="grid grid-tight">
        <div className="field">
          <label htmlFor={id("status")}>Status</label>
          <select id={id("status")} name="status" defaultValue={values?.status ?? (current.status === "awaiting_verification" ? "done" : current.status)} {...aria("status", !canCancel)}>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {ACTION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
          {!canCancel ? (
            <span className="hint" id={`${id("status")}-hint`}>
              Selesai menunggu verifikasi sekretariat sebelum dihitung.
            </span>
          ) : null}
          <FieldError id={`${id("status")}-error`} error={errors.status} />
        </div>
        <div className="field">
          <label htmlFor={id("progress")}>Progres (%)</label>
          <input
            id={id("progress")}
            name="progress"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            required
            defaultValue={values?.progress ?? String(current.progress)}
            {...aria("progress", true)}
          />
          <span className="hint" id={`${id("progress")}-hint`}>
            Selesai dicatat 100%.
          </span>
          <FieldError id={`${id("progress")}-error`} error={errors.progress} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={id("note")}>Catatan</label>
        <textarea id={id("note")} name="note" rows={3} maxLength={4000} defaultValue={values?.note ?? ""} {...aria("note", true)} />
        <span className="hint" id={`${id("note")}-hint`}>
          Wajib bila Terhambat (jelaskan hambatannya) dan bila Selesai tanpa bukti dukung.
        </span>
        <FieldError id={`${id("note")}-error`} error={errors.note} />
      </div>
      <div className="field">
        <label htmlFor={id("evidence")}>Bukti dukung (opsional)</label>
        <input id={id("evidence")} name="evidence" type="file" multiple accept={accept} {...aria("evidence", true)} />
        <span className="hint" id={`${id("evidence")}-hint`}>
          PDF, DOCX, PPTX, XLSX, PNG atau JPG; paling besar 25 MB; paling banyak 5 berkas.
        </span>
        <FieldError id={`${id("evidence")}-error`} error={errors.evidence} />
      </div>
      <div className="actions-row">
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </div>
    </Form>
  );
}
