// Forms that take an agency as typed text ask before creating a near-duplicate: a name that matches
// no agency or alias exactly but resembles some ("Polda Sumsel") comes back with a question at its
// field, and nothing is written until the user picks a proposed agency (the name stays as written,
// linked to it) or ticks "Buat instansi baru". The answer is posted as `${field}Pilihan` (an agency
// id or "baru") with `${field}PilihanUntuk`, the name it answers for.
import type { DbOrTx as Tx } from "../../db/client";
import { agencyKey } from "./agency-key";
import type { AgencyProposal } from "./agency-match";
import type { AgencyQuestion } from "./agency-question";
import { loadAgencyMatcher, type AgencyChoices } from "./agency.server";

export type { AgencyQuestion } from "./agency-question";

export const NEW_AGENCY = "baru";

/** The proposed names as a sentence reads them: "A", "A atau B", "A, B atau C". */
export function proposalList(proposals: Pick<AgencyProposal, "name">[]): string {
  const names = proposals.map((p) => p.name);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} atau ${names[names.length - 1]}` : (names[0] ?? "");
}

/** The sentence shown at a field whose agency name resembles known agencies. */
export function agencyQuestionMessage(name: string, proposals: Pick<AgencyProposal, "name">[]): string {
  return `Instansi “${name}” belum terdaftar. Mungkin maksud Anda: ${proposalList(proposals)}. Pilih salah satu, atau centang “Buat instansi baru”.`;
}

export type AgencyAnswerResult =
  | { ok: true; choices: AgencyChoices }
  | { ok: false; errors: Record<string, string>; questions: AgencyQuestion[] };

/**
 * The choices for the agency names of a form (`named`: field → name as typed, null when empty):
 * exact and alias matches, names like no agency, and names the record already has linked
 * (`linked`: name as written → its agency, so an edit keeps its links) need no answer; the others
 * need one posted.
 */
export function readAgencyAnswers(
  db: Tx,
  formData: FormData,
  named: Record<string, string | null | undefined>,
  linked: { name: string | null; agencyId: number | null }[] = [],
): AgencyAnswerResult {
  const choices = new Map<string, number>();
  for (const l of linked) if (l.name && l.agencyId !== null) choices.set(agencyKey(l.name), l.agencyId);
  const questions: AgencyQuestion[] = [];
  let match: ReturnType<typeof loadAgencyMatcher> | undefined;
  for (const [field, raw] of Object.entries(named)) {
    const name = raw?.trim();
    if (!name || choices.has(agencyKey(name))) continue;
    match ??= loadAgencyMatcher(db);
    const found = match(name);
    if (found.exact || found.proposals.length === 0) continue;
    const answeredFor = String(formData.get(`${field}PilihanUntuk`) ?? "");
    const answer = agencyKey(answeredFor) === agencyKey(name) ? String(formData.get(`${field}Pilihan`) ?? "") : "";
    if (answer === NEW_AGENCY) continue;
    const chosen = found.proposals.find((p) => String(p.id) === answer);
    if (chosen) choices.set(agencyKey(name), chosen.id);
    else questions.push({ field, name, proposals: found.proposals.map(({ id, name }) => ({ id, name })) });
  }
  if (!questions.length) return { ok: true, choices };
  return { ok: false, questions, errors: Object.fromEntries(questions.map((q) => [q.field, agencyQuestionMessage(q.name, q.proposals)])) };
}
