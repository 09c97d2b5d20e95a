// Labelled form fields with their error shown next to them, and the error summary at the top of a
// form that failed: every control says it is invalid (aria-invalid, outlined by app.css) and points
// to its error and hint (aria-describedby); the summary takes the focus and links to each field.
import { useNavigation } from "@remix-run/react";
import { useEffect, useRef, type InputHTMLAttributes, type MouseEvent, type ReactNode, type TextareaHTMLAttributes } from "react";
import type { FieldErrors } from "~/utils/forms";

/** The id of a field's control: f-<name>, with a suffix where one form appears several times on a page. */
export function fieldId(name: string, suffix?: string): string {
  return suffix ? `f-${name}-${suffix}` : `f-${name}`;
}

/** aria-invalid and aria-describedby of a control with id `id`, for controls written by hand. */
export function fieldAria(id: string, error: string | undefined, hint = false) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy || undefined } as const;
}

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  name: string;
  error?: string;
  hint?: ReactNode;
}

/** The label, hint and error around the control with id `controlId`. */
function FieldFrame({ label, controlId, hint, error, children }: { label: string; controlId: string; hint?: ReactNode; error?: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={controlId}>{label}</label>
      {children}
      {hint ? (
        <span className="hint" id={`${controlId}-hint`}>
          {hint}
        </span>
      ) : null}
      <FieldError id={`${controlId}-error`} error={error} />
    </div>
  );
}

export function Field({ label, name, error, hint, id, ...input }: FieldProps) {
  const controlId = id ?? fieldId(name);
  return (
    <FieldFrame label={label} controlId={controlId} hint={hint} error={error}>
      <input id={controlId} name={name} {...fieldAria(controlId, error, Boolean(hint))} {...input} />
    </FieldFrame>
  );
}

interface TextareaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  name: string;
  error?: string;
  hint?: ReactNode;
}

export function TextareaField({ label, name, error, hint, id, ...textarea }: TextareaFieldProps) {
  const controlId = id ?? fieldId(name);
  return (
    <FieldFrame label={label} controlId={controlId} hint={hint} error={error}>
      <textarea id={controlId} name={name} {...fieldAria(controlId, error, Boolean(hint))} {...textarea} />
    </FieldFrame>
  );
}

interface SelectFieldProps {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  error?: string;
  emptyLabel?: string;
  required?: boolean;
  /** Needed when the same field name appears in several forms on one page. */
  id?: string;
}

export function SelectField({ label, name, options, defaultValue, error, emptyLabel, required, id }: SelectFieldProps) {
  const controlId = id ?? fieldId(name);
  return (
    <FieldFrame label={label} controlId={controlId} error={error}>
      <select id={controlId} name={name} defaultValue={defaultValue ?? ""} required={required} {...fieldAria(controlId, error)}>
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** The message next to a field (its control points here with aria-describedby; the summary announces). */
export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p className="field-error" id={id}>
      {error}
    </p>
  );
}

/** Moves the focus to the control named `name` in the summary's form (the link's #id is the fallback). */
function focusField(event: MouseEvent<HTMLAnchorElement>, name: string) {
  const control = event.currentTarget.closest("form")?.elements.namedItem(name);
  const target = control instanceof RadioNodeList ? control[0] : control;
  if (!(target instanceof HTMLElement)) return;
  event.preventDefault();
  target.focus();
}

/**
 * The box at the top of a form that failed: what went wrong as a whole (`_form`, or `title`) and a
 * link to each field with an error. It takes the focus when it appears and after every failed
 * submission, so keyboard and screen-reader users land on it. Render it inside the <Form>.
 */
export function ErrorSummary({ errors, title, idSuffix }: { errors: FieldErrors | undefined; title?: string; idSuffix?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const navigation = useNavigation();
  const entries = Object.entries(errors ?? {});
  const failed = entries.length > 0;
  const signature = JSON.stringify(errors ?? {});
  useEffect(() => {
    if (failed && navigation.state === "idle") ref.current?.focus();
  }, [failed, signature, navigation.state]);
  if (!failed) return null;
  const fieldErrors = entries.filter(([key]) => key !== "_form");
  return (
    <div ref={ref} className="alert alert-error error-summary" role="alert" tabIndex={-1}>
      <p>{errors?._form ?? title ?? "Belum tersimpan: periksa isian yang ditandai."}</p>
      {fieldErrors.length ? (
        <ul>
          {fieldErrors.map(([key, message]) => (
            <li key={key}>
              <a href={`#${fieldId(key, idSuffix)}`} onClick={(e) => focusField(e, key)}>
                {message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function FormError({ error }: { error?: string }) {
  if (!error) return null;
  return (
    <div className="alert alert-error" role="alert">
      {error}
    </div>
  );
}
