// Who may do what: one table of grants (action × record × roles × scope). The guard
// (requirePermission / assertCan in auth.server.ts), what the UI shows (navigation, buttons,
// read-only views) and the route-guard test all read it. Shared by server and browser code (no
// .server suffix), so it holds no database access.
//
// Scopes:
// - "own-scope-and-below": the record's region lies within the user's task force, its own region
//   and the regions below it (accounts/scope.ts; a national user reaches everything).
// - "own-agency": as above, and the user's agency leads or supports the record (action items).
// - "other-agency": as "own-scope-and-below", and the user's agency (if any) does not lead the
//   record: nobody checks their own agency's work.
// Records themselves are limited to the user's scope by the queries that list them; this table
// decides what a user may do with one record and which pages a role opens at all.
import type { Role } from "../../db/schema";
import { scopeIncludes } from "./scope";

export type PolicyScope = "own-scope-and-below" | "own-agency" | "other-agency";
export type PolicyRecordKind = "rakor" | "action-item" | "dashboard" | "task-force" | "case-statistic" | "report" | "bundle" | "user" | "agency" | "audit-log" | "mail";

interface Grant {
  action: string;
  record: PolicyRecordKind;
  roles: readonly Role[];
  scope: PolicyScope;
}

const EVERYONE = ["admin", "sekretariat", "pimpinan", "penghubung"] as const satisfies readonly Role[];
const SECRETARIAT = ["sekretariat", "admin"] as const satisfies readonly Role[];
const LEADERS = ["pimpinan", "sekretariat", "admin"] as const satisfies readonly Role[];

export const POLICY = [
  // Rakor: everyone reads the rakor of their scope (a rakor's scope is its region; null = national),
  // secretariats and admins schedule them and record sites, attendees, agenda, materials and outcomes.
  { action: "read-rakor", record: "rakor", roles: EVERYONE, scope: "own-scope-and-below" },
  { action: "write-rakor", record: "rakor", roles: SECRETARIAT, scope: "own-scope-and-below" },

  // Action plan: everyone reads the items of their scope; secretariats create, edit and cancel
  // them; the liaisons of the lead and supporting agencies report progress.
  { action: "read-actions", record: "action-item", roles: EVERYONE, scope: "own-scope-and-below" },
  { action: "read-agency-tasks", record: "action-item", roles: ["penghubung"], scope: "own-agency" },
  { action: "manage-actions", record: "action-item", roles: SECRETARIAT, scope: "own-scope-and-below" },
  { action: "update-action-status", record: "action-item", roles: SECRETARIAT, scope: "own-scope-and-below" },
  { action: "update-action-status", record: "action-item", roles: ["penghubung"], scope: "own-agency" },
  { action: "cancel-action", record: "action-item", roles: SECRETARIAT, scope: "own-scope-and-below" },
  // A liaison's selesai waits for the secretariat of the item's scope, which approves its evidence
  // or returns it with a reason; a secretariat's own selesai is approved with it. Never a liaison.
  { action: "verify-actions", record: "action-item", roles: SECRETARIAT, scope: "other-agency" },
  { action: "read-dashboard", record: "dashboard", roles: LEADERS, scope: "own-scope-and-below" },

  // Task forces and case statistics: everyone reads those of their scope; secretariats record them.
  { action: "read-task-forces", record: "task-force", roles: EVERYONE, scope: "own-scope-and-below" },
  { action: "write-task-forces", record: "task-force", roles: SECRETARIAT, scope: "own-scope-and-below" },
  { action: "read-statistics", record: "case-statistic", roles: EVERYONE, scope: "own-scope-and-below" },
  { action: "write-statistics", record: "case-statistic", roles: SECRETARIAT, scope: "own-scope-and-below" },

  // The report to the President: leaders and secretariats read it and write its paragraphs.
  { action: "read-report", record: "report", roles: LEADERS, scope: "own-scope-and-below" },
  { action: "write-report", record: "report", roles: LEADERS, scope: "own-scope-and-below" },

  // Bundles: secretariats import and export the records of their scope.
  { action: "exchange-bundles", record: "bundle", roles: SECRETARIAT, scope: "own-scope-and-below" },

  // Accounts: admins manage the users and agencies of their scope and read its audit log.
  { action: "manage-users", record: "user", roles: ["admin"], scope: "own-scope-and-below" },
  { action: "manage-agencies", record: "agency", roles: ["admin"], scope: "own-scope-and-below" },
  { action: "read-audit", record: "audit-log", roles: ["admin"], scope: "own-scope-and-below" },

  // Outgoing mail: admins read the outbox of their scope (the inbox of the demo, where nothing is
  // sent) and queue a failed message again.
  { action: "read-mail", record: "mail", roles: ["admin"], scope: "own-scope-and-below" },
  { action: "resend-mail", record: "mail", roles: ["admin"], scope: "own-scope-and-below" },
] as const satisfies readonly Grant[];

export type Action = (typeof POLICY)[number]["action"];

/** Who asks: any signed-in user (the session user) or a user of a test. */
export interface PolicyUser {
  role: Role;
  regionCode: string | null;
  agencyId: number | null;
}

/** The record acted on: its region (null = national) and, for action items, its agencies. */
export interface PolicyRecord {
  regionCode: string | null;
  leadAgencyId?: number | null;
  supporting?: readonly { id: number }[];
}

function reaches(scope: PolicyScope, user: PolicyUser, record: PolicyRecord | undefined): boolean {
  if (scope === "own-agency" && user.agencyId === null) return false;
  if (!record) return true;
  if (!scopeIncludes(user.regionCode, record.regionCode)) return false;
  if (scope === "own-scope-and-below") return true;
  if (scope === "other-agency") return user.agencyId === null || record.leadAgencyId !== user.agencyId;
  return record.leadAgencyId === user.agencyId || (record.supporting ?? []).some((s) => s.id === user.agencyId);
}

/**
 * Whether `user` may do `action` on `record`. Without a record: whether the role may do it on some
 * record of the user's scope (the guard checks the record itself once it has read it).
 */
export function can(user: PolicyUser, action: Action, record?: PolicyRecord): boolean {
  return POLICY.some((g) => g.action === action && (g.roles as readonly Role[]).includes(user.role) && reaches(g.scope, user, record));
}

/** The roles granted `action` (on the records their scope reaches). */
export function rolesFor(action: Action): Role[] {
  return [...new Set(POLICY.filter((g) => g.action === action).flatMap((g) => g.roles))];
}

/** The kind of record `action` is about. */
export function recordOf(action: Action): PolicyRecordKind {
  return POLICY.find((g) => g.action === action)!.record;
}
