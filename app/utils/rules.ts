// How a broken domain rule is reported, the same way by every writer: the field it is about (named
// as the form names it) and why, as a phrase that follows the field's label. The forms show
// "Tempat wajib diisi untuk rakor luring atau hybrid." next to the field; the bundle importer
// `rakor[0].venue: wajib diisi untuk rakor luring atau hybrid`. The rules themselves live with
// their domain (app/rakor/rules.ts, app/action-plan/rules.ts); pure, so pages may use them too.
import type { z } from "zod";
import { scopeIncludes, type ScopeCode } from "../accounts/scope";

export interface Problem {
  /** The field as the form names it ("venue", "note"); "_form" for the record as a whole. */
  field: string;
  /** Why, in Indonesian, lower case, read after the field's label. */
  message: string;
}

/** A rule and the fields it reads: a form runs it as soon as those fields parsed cleanly. */
export interface Rule<F, C> {
  reads: readonly (keyof F & string)[];
  check: (facts: F, context: C) => Problem[];
}

/** A write that breaks a rule its caller should have checked: a programming error, not bad input. */
export class RuleViolation extends Error {
  constructor(public problems: Problem[]) {
    super(`Aturan dilanggar: ${problems.map((p) => `${p.field}: ${p.message}`).join("; ")}`);
  }
}

export function assertNoProblems(problems: Problem[]): void {
  if (problems.length > 0) throw new RuleViolation(problems);
}

/** The form's sentence: "Tempat" + "wajib diisi untuk rakor luring atau hybrid" -> "Tempat wajib diisi untuk rakor luring atau hybrid." */
export function problemSentence(problem: Problem, labels: Readonly<Record<string, string>>): string {
  const label = labels[problem.field];
  const text = label ? `${label} ${problem.message}` : problem.message;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? "" : "."}`;
}

/**
 * Adds rules to an object schema, inside it: each rule runs on `facts(value)` once the fields it
 * reads parsed without an issue, so every broken rule is reported at once, next to its field.
 */
export function withRules<S extends z.ZodType, F, C>(
  schema: S,
  rules: readonly Rule<F, C>[],
  facts: (value: z.output<S>) => F,
  context: C,
  labels: Readonly<Record<string, string>>,
): S {
  return rules.reduce(
    (s, rule) =>
      s.superRefine(
        (value, ctx) => {
          for (const problem of rule.check(facts(value), context)) {
            ctx.addIssue({ code: "custom", path: problem.field === "_form" ? [] : [problem.field], message: problemSentence(problem, labels) });
          }
        },
        { when: (payload) => !payload.issues.some((issue) => rule.reads.includes(String(issue.path?.[0]) as keyof F & string)) },
      ),
    schema,
  );
}

// ---------------------------------------------------------------------------------------------
// Scope: a record lies within the writer's task force (its region or the regions below it)
// ---------------------------------------------------------------------------------------------

export interface ScopeContext {
  /** The writer's scope: null national, '32' a province, '32.12' a regency/city. */
  scope: ScopeCode;
  /** A region's name, for messages; codes are shown alone when it gives none. */
  regionName?: (code: string) => string | undefined;
}

/** "Kota Balikpapan (64.71)", or the bare code when the name is not known. */
export function regionText(code: string, context: Pick<ScopeContext, "regionName">): string {
  const name = context.regionName?.(code);
  return name ? `${name} (${code})` : code;
}

/** The one scope rule: the record's region (null = national) within the writer's scope. */
export function scopeProblems(field: string, regionCode: string | null, context: ScopeContext): Problem[] {
  if (scopeIncludes(context.scope, regionCode)) return [];
  const scope = context.scope === null ? "nasional" : (context.regionName?.(context.scope) ?? context.scope);
  const what = regionCode === null ? "nasional" : regionText(regionCode, context);
  return [{ field, message: `${what} di luar cakupan Anda (${scope})` }];
}
