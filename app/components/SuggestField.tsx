// A text field that suggests records as the user types (the agency and region filters): a
// combobox with a listbox of at most 20 suggestions loaded from /aksi/saran. Without JavaScript it
// is a plain text field, and the server resolves what was typed. The field's error and, when a name
// matched several records, the links to choose one are shown under it.
import { Link, useFetcher } from "@remix-run/react";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { FieldError, fieldAria, fieldId } from "~/components/Field";
import type { FilterFieldState, Suggestion } from "~/action-plan/action-filter";

interface SuggestFieldProps {
  label: string;
  /** The query parameter, and the kind of suggestion (/aksi/saran?jenis=). */
  name: "instansi" | "wilayah";
  field: FilterFieldState;
  placeholder?: string;
}

export function SuggestField({ label, name, field, placeholder }: SuggestFieldProps) {
  const id = fieldId(name);
  const listId = `${id}-saran`;
  const fetcher = useFetcher<{ suggestions: Suggestion[] }>();
  const [text, setText] = useState(field.value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [enhanced, setEnhanced] = useState(false);
  const typing = useRef(false);
  useEffect(() => setEnhanced(true), []);
  useEffect(() => setText(field.value), [field.value]);
  useEffect(() => {
    const q = text.trim();
    if (!typing.current || !q) return;
    const timer = setTimeout(() => fetcher.load(`/aksi/saran?jenis=${name}&q=${encodeURIComponent(q)}`), 150);
    return () => clearTimeout(timer);
  }, [text, name]); // not on `fetcher`: a new object after every load

  const suggestions = text.trim() ? (fetcher.data?.suggestions ?? []) : [];
  const shown = open && suggestions.length > 0;

  function pick(s: Suggestion) {
    typing.current = false;
    setText(s.value);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const n = suggestions.length;
    if (e.key === "ArrowDown" && n) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (shown ? (a + 1) % n : 0));
    } else if (e.key === "ArrowUp" && shown) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? n - 1 : a - 1));
    } else if (e.key === "Enter" && shown && active >= 0) {
      e.preventDefault();
      pick(suggestions[active]);
    } else if (e.key === "Escape" && shown) {
      e.preventDefault();
      setOpen(false);
    }
  }

  const combobox = enhanced
    ? ({
        role: "combobox",
        "aria-autocomplete": "list",
        "aria-expanded": shown,
        "aria-controls": listId,
        "aria-activedescendant": shown && active >= 0 ? `${listId}-${active}` : undefined,
      } as const)
    : {};
  const announce = enhanced && open && text.trim() && fetcher.state === "idle" && fetcher.data ? (suggestions.length ? `${suggestions.length} saran tersedia.` : "Tidak ada saran.") : "";
  return (
    <div className="field field-wide">
      <label htmlFor={id}>{label}</label>
      <div className="suggest">
        <input
          id={id}
          name={name}
          type="text"
          value={text}
          placeholder={placeholder}
          autoComplete="off"
          onChange={(e) => {
            typing.current = true;
            setText(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          {...fieldAria(id, field.error)}
          {...combobox}
        />
        <ul id={listId} role="listbox" aria-label={`Saran ${label.toLowerCase()}`} className="suggest-list" hidden={!shown}>
          {suggestions.map((s, i) => (
            // The input keeps the focus (mousedown prevented); the keyboard path is the input's.
            <li key={s.value} id={`${listId}-${i}`} role="option" aria-selected={i === active} onMouseDown={(e) => e.preventDefault()} onClick={() => pick(s)}>
              {s.label}
            </li>
          ))}
        </ul>
      </div>
      <span className="visually-hidden" aria-live="polite">
        {announce}
      </span>
      <FieldError id={`${id}-error`} error={field.error} />
      {field.choices?.length ? (
        <ul className="filter-choices" aria-label={`Pilihan ${label.toLowerCase()}`}>
          {field.choices.map((c) => (
            <li key={c.href}>
              <Link to={c.href}>{c.label}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
