// Which known agency a typed name most likely means. Pure: given the name and the agencies with
// their aliases, it returns the exact match (name or alias, ignoring case and spacing) or a ranked
// list of proposals: names equal once short forms are expanded ("Polda Sumsel" = "Polda Sumatera
// Selatan", "Dinas PPPA Prov. NTT"), then a fuzzy score over words (each word compared by edit
// distance, rare words weighing more than "dinas" or "provinsi").
import { PROVINCE_ABBREVIATIONS, PROVINCE_NAMES, STOP_WORDS, WORD_ABBREVIATIONS } from "./agency-abbreviations";
import { agencyKey } from "./agency-key";

export interface KnownAgency {
  id: number;
  name: string;
  shortName?: string | null;
  aliases?: readonly string[];
}

export interface AgencyProposal {
  id: number;
  name: string;
  /** 0..1; 1 when the names are equal once short forms are expanded. */
  score: number;
  /** The known name (the agency's, its short name or an alias) that matched best. */
  via: string;
}

export type AgencyMatch = { exact: KnownAgency; proposals: [] } | { exact: null; proposals: AgencyProposal[] };

/** Proposals scoring below this are not shown. */
export const PROPOSAL_THRESHOLD = 0.75;
const MAX_PROPOSALS = 5;
/** Two words count as the same when their edit distance is at most this share of the longer one. */
const WORD_TYPO_SHARE = 0.2;

const EXPANSIONS: Record<string, string> = { ...WORD_ABBREVIATIONS, ...PROVINCE_ABBREVIATIONS };
const STOP = new Set(STOP_WORDS);

/** The words of a name with every short form expanded: "Dinas PPPA Prov. NTT" → dinas pemberdayaan … provinsi nusa tenggara timur. */
export function expandedWords(name: string): string[] {
  const words = name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[.,;:()/"'“”‘’-]+/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  return words.flatMap((w) => (EXPANSIONS[w] ?? w).split(" ")).filter((w) => !STOP.has(w));
}

/** The province a name mentions (longest name first, so "papua barat daya" is not "papua"). */
const PROVINCES_LONGEST_FIRST = [...PROVINCE_NAMES].sort((a, b) => b.length - a.length);
function provinceOf(words: string[]): string | null {
  const text = ` ${words.join(" ")} `;
  return PROVINCES_LONGEST_FIRST.find((p) => text.includes(` ${p} `)) ?? null;
}

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const longer = Math.max(a.length, b.length);
  return longer >= 5 && editDistance(a, b) <= Math.floor(longer * WORD_TYPO_SHARE);
}

interface Candidate {
  agency: KnownAgency;
  via: string;
  words: string[];
  province: string | null;
}

/**
 * A matcher over the known agencies: build once per request (or per import), then ask for each
 * typed name. Rare words weigh more (inverse document frequency over the known names).
 */
export function agencyMatcher(known: readonly KnownAgency[]) {
  const exact = new Map<string, KnownAgency>();
  const candidates: Candidate[] = [];
  for (const agency of known) {
    const names = [agency.name, ...(agency.aliases ?? [])];
    for (const n of names) if (!exact.has(agencyKey(n))) exact.set(agencyKey(n), agency);
    if (agency.shortName) names.push(agency.shortName);
    for (const via of names) {
      const words = expandedWords(via);
      if (words.length) candidates.push({ agency, via, words, province: provinceOf(words) });
    }
  }
  const frequency = new Map<string, number>();
  /** word → the candidates that have it: only names sharing a word with the typed one are scored. */
  const byWord = new Map<string, Candidate[]>();
  for (const c of candidates) {
    for (const w of new Set(c.words)) {
      frequency.set(w, (frequency.get(w) ?? 0) + 1);
      const list = byWord.get(w);
      if (list) list.push(c);
      else byWord.set(w, [c]);
    }
  }
  const weight = (w: string) => Math.log(1 + (candidates.length + 1) / ((frequency.get(w) ?? 0) + 1));

  /** Weighted Dice similarity of two word lists, words matched one to one allowing typos. */
  function similarity(a: string[], b: string[]): number {
    const unused = [...b];
    let shared = 0;
    for (const w of a) {
      const i = unused.findIndex((u) => sameWord(w, u));
      if (i >= 0) {
        shared += 2 * Math.min(weight(w), weight(unused[i]));
        unused.splice(i, 1);
      }
    }
    const total = a.reduce((s, w) => s + weight(w), 0) + b.reduce((s, w) => s + weight(w), 0);
    return total === 0 ? 0 : shared / total;
  }

  return function match(typed: string): AgencyMatch {
    const key = agencyKey(typed);
    const hit = key ? exact.get(key) : undefined;
    if (hit) return { exact: hit, proposals: [] };
    const words = expandedWords(typed);
    if (!words.length) return { exact: null, proposals: [] };
    const province = provinceOf(words);
    const joined = words.join(" ");
    const best = new Map<number, AgencyProposal>();
    const sharing = new Set(words.flatMap((w) => byWord.get(w) ?? []));
    for (const c of sharing) {
      if (province && c.province && province !== c.province) continue;
      const score = c.words.join(" ") === joined ? 1 : similarity(words, c.words);
      if (score < PROPOSAL_THRESHOLD) continue;
      const previous = best.get(c.agency.id);
      if (!previous || previous.score < score) best.set(c.agency.id, { id: c.agency.id, name: c.agency.name, score, via: c.via });
    }
    const proposals = [...best.values()].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, "id")).slice(0, MAX_PROPOSALS);
    return { exact: null, proposals };
  };
}

export type AgencyMatcher = ReturnType<typeof agencyMatcher>;
