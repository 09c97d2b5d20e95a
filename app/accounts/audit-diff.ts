// A short reading of an audit entry's before/after: the top-level fields that changed.

export interface FieldChange {
  field: string;
  /** Null when the entry has no "before" at all (a creation): only the value is shown. */
  before: string | null;
  after: string;
}

function show(value: unknown): string {
  if (value === undefined || value === null || value === "") return "–";
  if (typeof value === "string") return value.length > 80 ? `${value.slice(0, 77)}…` : value;
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Fields whose values differ between before and after (all of after's fields when there is no before). */
export function auditChanges(before: unknown, after: unknown): FieldChange[] {
  const b = before && typeof before === "object" && !Array.isArray(before) ? (before as Record<string, unknown>) : {};
  const a = after && typeof after === "object" && !Array.isArray(after) ? (after as Record<string, unknown>) : {};
  const created = before === null || before === undefined;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({ field: k, before: created ? null : show(b[k]), after: show(a[k]) }));
}
