// The agency and region filters are typed, not picked from lists of thousands: the address keeps
// ids (?instansi=<agency id>, ?wilayah=<region code or "nasional">), so links and CSV exports stay
// stable, and a typed name is resolved here. One match: redirect to the address with its id. Several:
// the field lists them as links to choose from. None: the field says so. Suggestions while typing
// come from the same queries (/aksi/saran), within the user's scope.
import { redirect } from "@remix-run/node";
import type { Db } from "../../db/client";
import { findAgencyByName, getAgency } from "../accounts/agency.server";
import type { ScopeCode } from "../accounts/scope";
import { getRegion } from "../task-forces/region.server";
import { findActionAgencies, findActionRegions } from "./action.server";
import { actionFilterQuery, parseActionFilter, type ActionFilter, type ActionFilterFields, type FilterFieldState, type Suggestion } from "./action-filter";

/** At most this many suggestions, or matches listed to choose from. */
export const SUGGESTION_LIMIT = 20;

/** The typed fields, named as their query parameters. */
type FieldKind = "instansi" | "wilayah";

type Resolution = { param: string } | { error: string; choices?: { label: string; param: string }[] };

function agencyLabel(a: { name: string; shortName: string | null }): string {
  return a.shortName ? `${a.name} (${a.shortName})` : a.name;
}

function regionLabel(r: { code: string | null; name: string }): string {
  return r.code ? `${r.code} · ${r.name}` : "Nasional";
}

function several<T>(kind: FieldKind, text: string, found: T[], choice: (item: T) => { label: string; param: string }): Resolution {
  const more = found.length > SUGGESTION_LIMIT ? `; ada lebih banyak lagi, ketik nama yang lebih lengkap` : "";
  return { error: `Beberapa ${kind} cocok dengan “${text}”: pilih salah satu${more}.`, choices: found.slice(0, SUGGESTION_LIMIT).map(choice) };
}

/**
 * A typed agency: its exact name or alias (any agency), then "Name (Short)" as the suggestions
 * show it, then an exact short name, then every word of the text, among the agencies involved in
 * items within scope.
 */
export function resolveAgency(db: Db, scope: ScopeCode, text: string): Resolution {
  const label = /^(.*\S)\s*\(([^()]+)\)$/.exec(text);
  const exact = findAgencyByName(db, text) ?? (label ? findAgencyByName(db, label[1]) : undefined);
  if (exact) return { param: String(exact.id) };
  const found = findActionAgencies(db, scope, text, SUGGESTION_LIMIT + 1);
  const byShortName = found.filter((a) => a.shortNameIsQ);
  if (byShortName.length === 1) return { param: String(byShortName[0].id) };
  if (found.length === 1) return { param: String(found[0].id) };
  if (found.length === 0) {
    return { error: `Tidak ada instansi yang cocok dengan “${text}” di antara instansi yang terlibat dalam rencana aksi di cakupan Anda. Ketik sebagian nama atau singkatannya, misalnya “Polda”.` };
  }
  return several("instansi", text, found, (a) => ({ label: agencyLabel(a), param: String(a.id) }));
}

/**
 * A typed region: a code at its start ("74.01" or "74.01 · Kabupaten Kolaka" as the suggestions
 * show it), "Nasional", then an exact name, then every word of the text, among the regions with
 * items within scope.
 */
export function resolveRegion(db: Db, scope: ScopeCode, text: string): Resolution {
  const code = /^(\d{2}(?:\.\d{2})?)(?=$|[\s·-])/.exec(text)?.[1];
  if (code) return getRegion(db, code) ? { param: code } : { error: `Tidak ada wilayah berkode ${code}. Kode wilayah Kemendagri, misalnya 74 (provinsi) atau 74.01 (kabupaten/kota).` };
  if (text.toLowerCase() === "nasional") return { param: "nasional" };
  const found = findActionRegions(db, scope, text, SUGGESTION_LIMIT + 1);
  const exact = found.filter((r) => r.name.toLowerCase() === text.toLowerCase());
  const chosen = exact.length === 1 ? exact : found;
  if (chosen.length === 1) return { param: chosen[0].code ?? "nasional" };
  if (chosen.length === 0) {
    return { error: `Tidak ada wilayah yang cocok dengan “${text}” di antara wilayah yang punya rencana aksi di cakupan Anda. Ketik nama atau kode wilayah, misalnya “Kolaka” atau 74.01.` };
  }
  return several("wilayah", text, chosen, (r) => ({ label: regionLabel(r), param: r.code ?? "nasional" }));
}

/** Suggestions for the text typed so far in the agency or region field, within scope. */
export function suggest(db: Db, scope: ScopeCode, kind: FieldKind, q: string): Suggestion[] {
  const text = q.trim().slice(0, 100);
  if (!text) return [];
  if (kind === "instansi") return findActionAgencies(db, scope, text, SUGGESTION_LIMIT).map((a) => ({ value: a.name, label: agencyLabel(a) }));
  return findActionRegions(db, scope, text, SUGGESTION_LIMIT).map((r) => ({ value: regionLabel(r), label: regionLabel(r) }));
}

/** The field as the page shows it for a filter that holds an id (or nothing). */
function chosenField(db: Db, kind: FieldKind, filter: ActionFilter, typed: string): FilterFieldState {
  if (kind === "instansi") {
    const agency = filter.agencyId ? getAgency(db, filter.agencyId) : undefined;
    return { value: agency ? agency.name : typed };
  }
  if (filter.region === "nasional") return { value: "Nasional" };
  const region = filter.region ? getRegion(db, filter.region) : undefined;
  return { value: region ? regionLabel(region) : typed };
}

/** The filter with a resolved field's value. */
function withChoice(filter: ActionFilter, kind: FieldKind, param: string): ActionFilter {
  return kind === "instansi" ? { ...filter, agencyId: Number(param) } : { ...filter, region: param };
}

/**
 * The filter of a list page's address, with typed agency and region names resolved. When every
 * typed name resolves to one record, redirects (throws) to the list's address with their ids;
 * otherwise the fields say what did not resolve, and `complete` is false: the page lists nothing
 * until then.
 */
export function readActionFilter(db: Db, scope: ScopeCode, url: URL): { filter: ActionFilter; fields: ActionFilterFields; complete: boolean } {
  const params = url.searchParams;
  const filter = parseActionFilter(params);
  const typed = (kind: FieldKind) => params.get(kind)?.trim().slice(0, 200) ?? "";
  const resolutions: Record<FieldKind, Resolution | null> = {
    instansi: !filter.agencyId && typed("instansi") ? resolveAgency(db, scope, typed("instansi")) : null,
    wilayah: !filter.region && typed("wilayah") ? resolveRegion(db, scope, typed("wilayah")) : null,
  };
  let resolved = filter;
  const unresolved: Partial<Record<FieldKind, string>> = {};
  for (const kind of ["instansi", "wilayah"] as const) {
    const r = resolutions[kind];
    if (r && "param" in r) resolved = withChoice(resolved, kind, r.param);
    else if (r) unresolved[kind] = typed(kind);
  }
  // The list's address for a filter (page 1: the filter changed), keeping text still to resolve.
  const address = (f: ActionFilter, keep: Partial<Record<FieldKind, string>>) => {
    const query = actionFilterQuery(f, keep);
    return query ? `${url.pathname}?${query}` : url.pathname;
  };
  const complete = Object.keys(unresolved).length === 0;
  if (complete && (resolutions.instansi || resolutions.wilayah)) throw redirect(address(resolved, {}));
  const field = (kind: FieldKind): FilterFieldState => {
    const r = resolutions[kind];
    if (!r || "param" in r) return chosenField(db, kind, filter, typed(kind));
    const { [kind]: _own, ...others } = unresolved;
    return { value: typed(kind), error: r.error, choices: r.choices?.map((c) => ({ label: c.label, href: address(withChoice(resolved, kind, c.param), others) })) };
  };
  return { filter, fields: { agency: field("instansi"), region: field("wilayah") }, complete };
}
