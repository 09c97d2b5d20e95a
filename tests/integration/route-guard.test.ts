// The route guard walk: every route of the server build is declared below with the
// policy action its GET and POST need (app/accounts/policy.ts). The roles allowed are read from the
// policy table, and the walk proves them over HTTP against the demo data: no session -> /login,
// a role the policy does not grant -> 403, a record outside the user's scope -> 403, and a denied
// POST writes nothing.
//
// ================================================================================================
// ADDING A ROUTE? Declare it in ACCESS below, or this test fails with
//   "routes missing from the access table: routes/your.route".
//
//   "routes/rakor.$rakorId": {                          // the route id: "routes/" + file name without extension
//     url: (d) => `/rakor/${d.rakor.indramayu}`,       // a real URL that reaches this route (demo ids in `d`);
//                                                      //   the test checks it matches this route's path.
//     get: "read-rakor",                               // the policy action the loader's guard asks for: the roles
//                                                      //   the policy grants it must succeed (200, or `getStatus`)
//                                                      //   with the demo user of that role (see ROLE_USER);
//                                                      //   every other role must get 403. SIGNED_IN: any user.
//                                                      //   Omit `get` only when the route has no loader.
//     post: "write-rakor",                             // the action the action's guard asks for; required iff the
//                                                      //   route has an action. Roles the policy does not grant it
//                                                      //   must get 403 and write nothing. Allowed roles
//                                                      //   are sent an EMPTY form and must not get 403 (normally 400):
//                                                      //   set `emptyPostWrites: true` if an empty form would change data.
//     body: { title: "Rakor penyusup", ... },          // a form that WOULD write if the guard let it through
//                                                      //   (a function returning FormData for uploads).
//     scope: [                                         // records outside a user's scope (a user whose ROLE is allowed):
//       { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.national}` },        // expects 403 on GET and POST
//       { as: "kemenpppa@demo.sigap.id", url: (d) => `/aksi/${d.action.polri}`, get: 403 }, // a liaison, another agency
//       { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.indramayu}`, get: 200, post: "skip" }, // in scope: allowed
//     ],
//   },
//
// - A new kind of permission is a new row of POLICY in app/accounts/policy.ts, never a role list here.
// - Every guarded route declares `scope` probes (at least one denied, i.e. a status >= 400) or says
//   why it has no scope with `unscoped: "..."`. A list page proves its WHERE clause with a probe
//   like { as: "indramayu@demo.sigap.id", url: "/rakor", get: 200, shows: ["Indramayu"], hides: ["Nasional"] }.
// - Routes with several intents: `body` is the one whose denial matters most (the write).
// - Demo users (password sigap-demo-2025): ROLE_USER picks one per role (national scope); extra:
//   indramayu@demo.sigap.id (sekretariat, 32.12), kemenpppa@demo.sigap.id (penghubung, KemenPPPA),
//   admin-jabar@uji.sigap.id (admin, province 32, created here).
// - `d` (Demo below) has the demo rakor, actions, users, agencies and task forces by name, and
//   d.id(sql, ...params) for anything else, e.g. d.id("SELECT id FROM materials WHERE rakor_id = ?", d.rakor.national).
// - A public route (no guard at all) is `public: { get: <status for an anonymous GET>, post?: <status> }`.
// - Without a session every guarded route redirects to /login (requireUser does that for resource
//   routes too). A resource route that answers 401/403 instead declares `anonymousStatus: 401`.
// - A layout with neither loader nor action (it only wraps an <Outlet/>; its children guard
//   themselves) is `{ url: <a child URL>, layoutOnly: true }`.
// - A status other than 403 for a denied scope probe (e.g. 404 because the record is not in the
//   user's WHERE clause) needs `why`.
// ================================================================================================
import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { matchRoutes, type AgnosticRouteObject } from "@remix-run/router";
import type { ServerBuild } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../db/schema";
import { rolesFor, type Action } from "../../app/accounts/policy";
import { DEMO_PASSWORD } from "../../db/demo/seed";
import { loadBuild } from "../../app/http.server";
import { createUser } from "../../app/accounts/user.server";
import { checkUpload, recordFile, stageFile } from "../../app/utils/upload.server";
import { queueMail } from "../../app/mail/outbox.server";
import { htmlToText, startTestApp, type TestApp, type TestClient } from "../support/server";

// ---------------------------------------------------------------------------------------------
// Demo data the URLs point at
// ---------------------------------------------------------------------------------------------

interface Demo {
  rakor: { national: number; webinar: number; indramayu: number };
  /** Action items: Polri-led national, KemenPPPA-led national, Indramayu's. */
  action: { polri: number; kemenpppa: number; indramayu: number };
  user: Record<string, number>;
  agency: { polri: number; kemenpppa: number };
  taskForce: { national: number; indramayu: number; sumsel: number };
  /** The first column of the first row of `sql`; fails loudly when there is no row. */
  id: (sql: string, ...params: unknown[]) => number;
}

type Url = string | ((d: Demo) => string);
type Body = Record<string, string | string[]> | ((d: Demo) => Record<string, string | string[]> | FormData);

interface ScopeProbe {
  /** Email of a demo user whose role may use the route but whose scope does not include the record. */
  as: string;
  url: Url;
  /** Expected GET status (default 403); "skip" for none. */
  get?: number | "skip";
  /** Expected POST status (default 403 when the route has an action); "skip" for none. */
  post?: number | "skip";
  /** Required when a denial is not 403. */
  why?: string;
  /** With get: 200, texts the page must show (so `hides` is not vacuous) ... */
  shows?: string[];
  /** ... and texts it must not show: records outside the user's scope. */
  hides?: string[];
}

/** What a guard asks for: a policy action, or only a session (requireUser). */
type Permission = Action | typeof SIGNED_IN;

interface RouteAccess {
  url: Url;
  /** What an anonymous request gets when it is not the usual redirect to /login (resource routes only). */
  anonymousStatus?: 401 | 403;
  /** A layout with no loader and no action: its children carry the guard. */
  layoutOnly?: true;
  /** No guard at all: the statuses an anonymous GET (and POST) get. */
  public?: { get: number; post?: number };
  get?: Permission;
  /** Status of an allowed GET (default 200). */
  getStatus?: number;
  post?: Permission;
  body?: Body;
  /** The allowed roles' empty-form POST probe would change data: skip it. */
  emptyPostWrites?: boolean;
  scope?: ScopeProbe[];
  /** Why the route has no record whose access depends on the user's scope. */
  unscoped?: string;
}

const ALL: readonly Role[] = ["admin", "sekretariat", "penghubung", "pimpinan"];
/** Any signed-in user, whatever the role: the home page. */
const SIGNED_IN = "signed-in";

/** The roles whose demo user may pass a guard asking for `permission`, as the policy says. */
function allowedRoles(permission: Permission): readonly Role[] {
  return permission === SIGNED_IN ? ALL : rolesFor(permission);
}
const ROLE_USER: Record<Role, string> = {
  admin: "admin@demo.sigap.id",
  sekretariat: "sekretariat@demo.sigap.id",
  penghubung: "polri@demo.sigap.id",
  pimpinan: "pimpinan@demo.sigap.id",
};
const REGIONAL_ADMIN = "admin-jabar@uji.sigap.id";

// ---------------------------------------------------------------------------------------------
// THE ACCESS TABLE: one entry per route id of the build. Keep it sorted by id.
// ---------------------------------------------------------------------------------------------

const ACCESS: Record<string, RouteAccess> = {
  // The root layout only reads who is signed in (for the navigation); it guards nothing itself.
  root: { url: "/login", public: { get: 200 } },
  "routes/_index": {
    url: "/",
    get: SIGNED_IN,
    scope: [
      {
        as: "indramayu@demo.sigap.id",
        url: "/",
        get: 200,
        shows: ["Rapat Koordinasi Gugus Tugas Pencegahan dan Penanganan TPPO Kabupaten Indramayu Tahun 2025"],
        hides: ["Rapat Koordinasi Nasional Gugus Tugas Pencegahan dan Penanganan TPPO"],
      },
      {
        as: "kemenpppa@demo.sigap.id",
        url: "/",
        get: 200,
        shows: ["Sosialisasi bahaya dan modus TPPO kepada kelompok rentan"],
        hides: ["Perkuat Satgas TPPO di seluruh Polda dan Polres"],
      },
    ],
    unscoped: "every role has a home page; what it lists is limited by the scope in each query (probes above)",
  },
  "routes/healthz": { url: "/healthz", public: { get: 200 } },
  "routes/login": { url: "/login", public: { get: 200, post: 400 }, body: { email: "", password: "" } },
  // GET just goes home; POST ends whatever session there is and goes to /login.
  "routes/logout": { url: "/logout", public: { get: 302, post: 302 } },
  // Public minutes pages: the correction link e-mailed with a draft (404 for an unknown token) and
  // the verification of an approved notulen (404 for an unknown code; rate-limited).
  "routes/notulen.koreksi.$token": { url: "/notulen/koreksi/token-yang-tidak-dikenal-0123456789", public: { get: 404, post: 404 }, body: { koreksi: "Koreksi penyusup" } },
  "routes/verifikasi._index": { url: "/verifikasi", public: { get: 200, post: 400 }, body: { kode: "" } },
  "routes/verifikasi.$code": { url: "/verifikasi/ABCD-EFGH-JKMN", public: { get: 404, post: 404 }, body: { berkas: "" } },
  // Each user's own: notifications and the profile (notifications.test.ts proves another user's
  // notification is 404 and untouched).
  "routes/notifikasi": {
    url: "/notifikasi",
    get: SIGNED_IN,
    post: SIGNED_IN,
    body: { intent: "semua" },
    unscoped: "a user reads and marks only their own notifications (the user's id is in every query)",
  },
  "routes/profil": {
    url: "/profil",
    get: SIGNED_IN,
    post: SIGNED_IN,
    body: { intent: "surel" },
    unscoped: "a user reads and changes only their own account",
  },

  "routes/admin.instansi._index": {
    url: "/admin/instansi",
    get: "manage-agencies",
    unscoped: "agencies are reference data every admin reads; editing one is scoped (routes/admin.instansi.$agencyId)",
  },
  "routes/admin.instansi.baru": {
    url: "/admin/instansi/baru",
    get: "manage-agencies",
    post: "manage-agencies",
    body: { name: "Instansi Penyusup", shortName: "IP", aliases: "Penyusup", active: "on" },
    scope: [
      // A provincial admin cannot create an agency outside its province.
      { as: REGIONAL_ADMIN, url: "/admin/instansi/baru", get: 200, post: 400, why: "the region field is validated against the admin's scope" },
    ],
  },
  "routes/admin.instansi.$agencyId": {
    url: (d) => `/admin/instansi/${d.agency.polri}`,
    get: "manage-agencies",
    post: "manage-agencies",
    body: { name: "Polri Diubah Penyusup", shortName: "Polri", aliases: "Polri", nationalMember: "on", active: "on" },
    scope: [
      // Agencies are reference data every admin may read; only edits are limited to the admin's scope.
      {
        as: REGIONAL_ADMIN,
        url: (d) => `/admin/instansi/${d.agency.polri}`,
        get: 200,
        post: 403,
        why: "agencies are reference data every admin reads; a national agency is edited only by a national admin",
      },
    ],
  },
  "routes/admin.pengguna._index": {
    url: "/admin/pengguna",
    get: "manage-users",
    scope: [{ as: REGIONAL_ADMIN, url: "/admin/pengguna", get: 200, shows: ["indramayu@demo.sigap.id"], hides: ["sekretariat@demo.sigap.id", "pimpinan@demo.sigap.id"] }],
    unscoped: "the list is limited by listUsersInScope (probe above)",
  },
  "routes/admin.pengguna.baru": {
    url: "/admin/pengguna/baru",
    get: "manage-users",
    post: "manage-users",
    body: { email: "penyusup@uji.sigap.id", name: "Penyusup", password: "kata-sandi-penyusup", role: "admin", regionCode: "" },
    scope: [
      // A provincial admin may open the form but not create a national account.
      { as: REGIONAL_ADMIN, url: "/admin/pengguna/baru", get: 200, post: 400, why: "the region field is validated against the admin's scope" },
    ],
  },
  "routes/admin.pengguna.$userId": {
    url: (d) => `/admin/pengguna/${d.user["indramayu@demo.sigap.id"]}`,
    get: "manage-users",
    post: "manage-users",
    body: { name: "Diubah Penyusup", role: "admin", regionCode: "32.12", active: "on" },
    scope: [
      {
        as: REGIONAL_ADMIN,
        url: (d) => `/admin/pengguna/${d.user["sekretariat@demo.sigap.id"]}`,
        get: 404,
        post: 404,
        why: "getUserInScope puts the admin's scope in the WHERE clause: a user outside it does not exist for that admin",
      },
      { as: REGIONAL_ADMIN, url: (d) => `/admin/pengguna/${d.user["indramayu@demo.sigap.id"]}`, get: 200, post: "skip" },
    ],
  },
  // Action plan (aksi), the leader's dashboard (dasbor), the carry-over review of a
  // scheduled rakor, and the audit log. Liaisons read every item of their scope; only the lead and
  // supporting agencies' liaisons (and secretariats/admins) post status updates.
  "routes/admin.audit": {
    url: "/admin/audit",
    get: "read-audit",
    scope: [{ as: REGIONAL_ADMIN, url: "/admin/audit", get: 200, shows: ["Ditampilkan perubahan oleh pengguna dalam cakupan Anda"], hides: ["admin@demo.sigap.id"] }],
    unscoped: "a regional admin reads only entries written by users of its scope (WHERE clause; probe above)",
  },
  // The outbox: admins read the messages of their scope and queue a failed one again.
  "routes/admin.surel._index": {
    url: () => (demoMail(), "/admin/surel"),
    get: "read-mail",
    scope: [{ as: REGIONAL_ADMIN, url: () => (demoMail(), "/admin/surel"), get: 200, shows: ["Undangan Rakor GT Indramayu (uji akses)"], hides: ["Undangan Rakornas (uji akses)"] }],
    unscoped: "a regional admin reads only the messages of its scope (WHERE clause; probe above)",
  },
  "routes/admin.surel.$id": {
    url: () => `/admin/surel/${demoMail().national}`,
    get: "read-mail",
    post: "resend-mail",
    body: { intent: "kirim-ulang" },
    scope: [
      {
        as: REGIONAL_ADMIN,
        url: () => `/admin/surel/${demoMail().national}`,
        get: 404,
        post: 404,
        why: "getMailInScope and requeueMail put the admin's scope in the WHERE clause: a message outside it does not exist for that admin",
      },
      { as: REGIONAL_ADMIN, url: () => `/admin/surel/${demoMail().indramayu}`, get: 200, post: "skip" },
    ],
  },
  "routes/admin.surel.$id_.lampiran.$attachmentId": {
    url: (d) => demoMailAttachment(d, demoMail().national),
    get: "read-mail",
    scope: [
      { as: REGIONAL_ADMIN, url: (d) => demoMailAttachment(d, demoMail().national), get: 404, why: "the attachment is read with the admin's scope in the WHERE clause" },
      { as: REGIONAL_ADMIN, url: (d) => demoMailAttachment(d, demoMail().indramayu), get: 200 },
    ],
  },
  "routes/aksi._index": {
    url: "/aksi",
    get: "read-actions",
    scope: [{ as: "indramayu@demo.sigap.id", url: "/aksi", get: 200, shows: ["Bentuk tim kecil perlindungan korban TPPO"], hides: ["Perkuat Satgas TPPO di seluruh Polda dan Polres"] }],
    unscoped: "every role reads the items of its scope; the scope is in the query (probe above)",
  },
  "routes/aksi.$id": {
    url: (d) => `/aksi/${d.action.polri}`,
    get: "read-actions",
    post: "update-action-status",
    body: (d) => actionStatusBody(d, d.action.polri),
    scope: [
      { as: "indramayu@demo.sigap.id", url: (d) => `/aksi/${d.action.polri}`, get: 403, post: 403 },
      // A liaison reads another agency's item but may not update it (403, nothing written, logged).
      { as: "kemenpppa@demo.sigap.id", url: (d) => `/aksi/${d.action.polri}`, get: 200, post: 403 },
      { as: "kemenpppa@demo.sigap.id", url: (d) => `/aksi/${d.action.kemenpppa}`, get: 200, post: "skip" },
    ],
  },
  "routes/aksi.$id_.bukti.$fileId": {
    url: (d) => demoEvidence(d),
    get: "read-actions",
    scope: [{ as: "indramayu@demo.sigap.id", url: (d) => demoEvidence(d), get: 403 }],
  },
  "routes/aksi.$id_.ubah": {
    url: (d) => `/aksi/${d.action.polri}/ubah`,
    get: "manage-actions",
    post: "manage-actions",
    body: (d) => ({
      version: String(d.id("SELECT version FROM action_items WHERE id = ?", d.action.polri)),
      "rows[0].title": "Diubah penyusup",
      "rows[0].subsatgas": "penegakan-hukum",
      "rows[0].leadAgency": String(d.agency.polri),
      "rows[0].region": "nasional",
      "rows[0].dueDate": "2030-01-01",
    }),
    scope: [
      { as: "indramayu@demo.sigap.id", url: (d) => `/aksi/${d.action.polri}/ubah`, get: 403, post: 403 },
      { as: REGIONAL_ADMIN, url: (d) => `/aksi/${d.action.indramayu}/ubah`, get: 200, post: "skip" },
    ],
  },
  "routes/aksi.baru": {
    url: "/aksi/baru",
    get: "manage-actions",
    post: "manage-actions",
    body: { intent: "save", rowCount: "1", "rows[0].title": "Rencana aksi penyusup", "rows[0].subsatgas": "pencegahan", "rows[0].leadAgency": "1", "rows[0].region": "nasional", "rows[0].dueDate": "2030-01-01" },
    scope: [
      { as: "indramayu@demo.sigap.id", url: (d) => `/aksi/baru?hasil=${d.id("SELECT id FROM outcomes WHERE rakor_id = ? ORDER BY position", d.rakor.national)}`, get: 403, post: 403 },
      { as: "indramayu@demo.sigap.id", url: "/aksi/baru", get: 200, post: 400, why: "the region of each row is validated against the secretariat's scope" },
    ],
  },
  "routes/aksi.ekspor[.]csv": {
    url: "/aksi/ekspor.csv",
    get: "read-actions",
    scope: [{ as: "indramayu@demo.sigap.id", url: "/aksi/ekspor.csv", get: 200, shows: ["Bentuk tim kecil perlindungan korban TPPO"], hides: ["Perkuat Satgas TPPO di seluruh Polda dan Polres"] }],
    unscoped: "exports the list of the user's scope; the scope is in the query (probe above)",
  },
  "routes/aksi.instansi": {
    url: "/aksi/instansi",
    get: "read-actions",
    scope: [{ as: "indramayu@demo.sigap.id", url: "/aksi/instansi", get: 200, shows: ["Disduk-P3A Kabupaten Indramayu"], hides: ["Kepolisian Negara Republik Indonesia"] }],
    unscoped: "counts within the user's scope (probe above)",
  },
  "routes/aksi.saran": {
    url: "/aksi/saran?jenis=instansi&q=polri",
    get: "read-actions",
    scope: [{ as: "indramayu@demo.sigap.id", url: "/aksi/saran?jenis=instansi&q=a", get: 200, shows: ["Disduk-P3A Kabupaten Indramayu"], hides: ["Kepolisian Negara Republik Indonesia"] }],
    unscoped: "suggests only agencies and regions with items within the user's scope (probe above)",
  },
  "routes/aksi.saya": {
    url: "/aksi/saya",
    get: "read-agency-tasks",
    scope: [{ as: "kemenpppa@demo.sigap.id", url: "/aksi/saya", get: 200, shows: ["Sosialisasi bahaya dan modus TPPO kepada kelompok rentan"], hides: ["Perkuat Satgas TPPO di seluruh Polda dan Polres"] }],
    unscoped: "lists the liaison's own agency's items (agency and scope in the query; probe above)",
  },
  "routes/aksi.subsatgas": {
    url: "/aksi/subsatgas",
    get: "read-actions",
    scope: [{ as: "indramayu@demo.sigap.id", url: "/aksi/subsatgas?instansi=a", get: 200, shows: ["Disduk-P3A Kabupaten Indramayu"], hides: ["Kepolisian Negara Republik Indonesia"] }],
    unscoped: "counts within the user's scope (probe above: a typed agency is matched among the scope's agencies only)",
  },
  "routes/aksi.verifikasi": {
    url: "/aksi/verifikasi",
    get: "verify-actions",
    unscoped: "lists the completions awaiting verification within the user's scope, minus the user's own agency's (both in the query; tests/integration/aksi-verification.test.ts)",
  },
  "routes/aksi.wilayah": {
    url: "/aksi/wilayah",
    get: "read-actions",
    scope: [{ as: "indramayu@demo.sigap.id", url: "/aksi/wilayah", get: 200, shows: ["Kabupaten Indramayu"], hides: ["Kepolisian Negara Republik Indonesia"] }],
    unscoped: "counts within the user's scope (probe above)",
  },
  "routes/dasbor": {
    url: "/dasbor",
    get: "read-dashboard",
    scope: [{ as: "indramayu@demo.sigap.id", url: "/dasbor", get: 200, shows: ["Disduk-P3A Kabupaten Indramayu"], hides: ["Kepolisian Negara Republik Indonesia"] }],
    unscoped: "every number is computed within the user's scope (probe above)",
  },
  "routes/dasbor_.grafik[.]svg": {
    url: "/dasbor/grafik.svg",
    get: "read-dashboard",
    scope: [{ as: "indramayu@demo.sigap.id", url: "/dasbor/grafik.svg", get: 200, shows: ["· Kabupaten Indramayu"], hides: ["· Nasional"] }],
    unscoped: "the chart is computed within the user's scope (probe above)",
  },
  "routes/dasbor_.capaian[.]csv": {
    url: "/dasbor/capaian.csv",
    get: "read-dashboard",
    // Indramayu's three 2025 items were decided in August 2025; nationally ten items by then.
    scope: [{ as: "indramayu@demo.sigap.id", url: "/dasbor/capaian.csv?tahun=2025", get: 200, shows: ["2025-08;3;0;0"], hides: ["2025-08;10;"] }],
    unscoped: "the series is computed within the user's scope (probe above)",
  },
  "routes/dasbor_.subsatgas[.]csv": {
    url: "/dasbor/subsatgas.csv",
    get: "read-dashboard",
    scope: [{ as: "indramayu@demo.sigap.id", url: "/dasbor/subsatgas.csv?tahun=2025", get: 200, shows: ["Pencegahan;2;0;0;1;0;"], hides: ["Pencegahan;5;"] }],
    unscoped: "the counts are computed within the user's scope (probe above)",
  },
  // The carry-over review: everyone who reads the rakor reads it; only its writers append it to the agenda.
  "routes/rakor.$id.tinjauan": {
    url: (d) => `/rakor/${demoScheduledRakor(d)}/tinjauan`,
    get: "read-rakor",
    post: "write-rakor",
    body: { intent: "append" },
    scope: [
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${demoScheduledRakor(d)}/tinjauan`, get: 403, post: 403 },
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.indramayu}/tinjauan`, get: 200, post: "skip" },
    ],
  },
  // Rakor. Everyone reads the rakor of their scope (a rakor's scope is its region; null =
  // national); secretariats and admins write. Every /rakor/:id route checks the rakor's region.
  "routes/rakor._index": {
    url: "/rakor",
    get: "read-rakor",
    scope: [
      {
        as: "indramayu@demo.sigap.id",
        url: "/rakor",
        get: 200,
        shows: ["Rapat Koordinasi Gugus Tugas Pencegahan dan Penanganan TPPO Kabupaten Indramayu Tahun 2025"],
        hides: ["Rapat Koordinasi Nasional Gugus Tugas Pencegahan dan Penanganan TPPO", "Webinar Sinergi"],
      },
    ],
    unscoped: "the list is limited by listRakorInScope (probe above)",
  },
  "routes/rakor.kalender": {
    url: "/rakor/kalender?bulan=2025-06",
    get: "read-rakor",
    scope: [
      { as: "indramayu@demo.sigap.id", url: "/rakor/kalender?bulan=2025-08", get: 200, shows: ["Kabupaten Indramayu Tahun 2025"], hides: ["Rapat Koordinasi Nasional"] },
      { as: "indramayu@demo.sigap.id", url: "/rakor/kalender?bulan=2025-06", get: 200, shows: ["Juni 2025"], hides: ["Rapat Koordinasi Nasional", "10.00 WITA"] },
    ],
    unscoped: "the calendar is limited by listRakorBetween's scope condition (probes above)",
  },
  "routes/rakor.baru": {
    url: "/rakor/baru",
    get: "write-rakor",
    post: "write-rakor",
    body: rakorBody(),
    scope: [{ as: "indramayu@demo.sigap.id", url: "/rakor/baru", get: 200, post: 400, why: "level and region are validated against the secretariat's scope: a national rakor is refused next to the field" }],
  },
  "routes/rakor.templat-peserta[.]csv": {
    url: "/rakor/templat-peserta.csv",
    get: "write-rakor",
    unscoped: "the template is the same header row for everyone",
  },
  "routes/rakor.$id._index": {
    url: (d) => `/rakor/${d.rakor.national}`,
    get: "read-rakor",
    post: "write-rakor",
    body: { intent: "kirim-undangan", nomor: "005/UND/2025" },
    scope: [
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.national}`, get: 403, post: 403 },
      { as: REGIONAL_ADMIN, url: (d) => `/rakor/${d.rakor.webinar}`, get: 403, post: 403 },
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.indramayu}`, get: 200, post: "skip" },
    ],
  },
  "routes/rakor.$id.ubah": {
    url: (d) => `/rakor/${d.rakor.national}/ubah`,
    get: "write-rakor",
    post: "write-rakor",
    body: rakorBody(),
    scope: [
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.national}/ubah`, get: 403, post: 403 },
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.indramayu}/ubah`, get: 200, post: "skip" },
    ],
  },
  "routes/rakor.$id.lokasi": {
    url: (d) => `/rakor/${d.rakor.national}/lokasi`,
    get: "write-rakor",
    post: "write-rakor",
    body: { intent: "add", name: "Lokasi Penyusup", agency: "", regionCode: "" },
    scope: [
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.national}/lokasi`, get: 403, post: 403 },
      { as: REGIONAL_ADMIN, url: (d) => `/rakor/${d.rakor.indramayu}/lokasi`, get: 200, post: "skip" },
    ],
  },
  "routes/rakor.$id.peserta": {
    url: (d) => `/rakor/${d.rakor.national}/peserta`,
    get: "write-rakor",
    post: "write-rakor",
    body: { intent: "paste", list: "Peserta Penyusup; AKP; Kanit; Polri", site: "", role: "participant", attendance: "in_person" },
    scope: [
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.national}/peserta`, get: 403, post: 403 },
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.indramayu}/peserta`, get: 200, post: "skip" },
    ],
  },
  "routes/rakor.$id.peserta_.impor": {
    url: (d) => `/rakor/${d.rakor.national}/peserta/impor`,
    get: "write-rakor",
    post: "write-rakor",
    body: () => {
      const form = new FormData();
      for (const [k, v] of Object.entries({ site: "", role: "participant", attendance: "online" })) form.append(k, v);
      form.append("file", new Blob(["Nama,Instansi\nPeserta Penyusup,Polri\n"], { type: "text/csv" }), "penyusup.csv");
      return form;
    },
    scope: [
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.national}/peserta/impor`, get: 403, post: 403 },
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.indramayu}/peserta/impor`, get: 200, post: "skip" },
    ],
  },
  "routes/rakor.$id.agenda": {
    url: (d) => `/rakor/${d.rakor.national}/agenda`,
    get: "write-rakor",
    post: "write-rakor",
    body: { intent: "add", title: "Agenda penyusup", date: "", time: "" },
    scope: [
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.national}/agenda`, get: 403, post: 403 },
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.indramayu}/agenda`, get: 200, post: "skip" },
    ],
  },
  "routes/rakor.$id.bahan": {
    url: (d) => `/rakor/${d.rakor.national}/bahan`,
    get: "write-rakor",
    post: "write-rakor",
    body: () => {
      const form = new FormData();
      form.append("title", "Bahan penyusup");
      form.append("kind", "other");
      form.append("file", new Blob([new Uint8Array(Buffer.from("%PDF-1.4\n%%EOF\n"))], { type: "application/pdf" }), "penyusup.pdf");
      return form;
    },
    scope: [
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.national}/bahan`, get: 403, post: 403 },
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.indramayu}/bahan`, get: 200, post: "skip" },
    ],
  },
  "routes/rakor.$id.bahan_.$materialId": {
    url: (d) => demoMaterial(d),
    get: "read-rakor",
    scope: [
      { as: "indramayu@demo.sigap.id", url: (d) => demoMaterial(d), get: 403 },
      {
        as: "sekretariat@demo.sigap.id",
        url: (d) => demoMaterial(d).replace(`/rakor/${d.rakor.national}/`, `/rakor/${d.rakor.webinar}/`),
        get: 404,
        why: "a material is looked up with its rakor in the WHERE clause: through another rakor's address it does not exist",
      },
    ],
  },
  "routes/rakor.$id.hasil": {
    url: (d) => `/rakor/${d.rakor.national}/hasil`,
    get: "write-rakor",
    post: "write-rakor",
    body: { intent: "add", text: "Hasil penyusup" },
    scope: [
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.national}/hasil`, get: 403, post: 403 },
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.indramayu}/hasil`, get: 200, post: "skip" },
    ],
  },
  "routes/rakor.$id.daftar-hadir": {
    url: (d) => `/rakor/${d.rakor.national}/daftar-hadir`,
    get: "read-rakor",
    scope: [
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.national}/daftar-hadir`, get: 403 },
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.indramayu}/daftar-hadir`, get: 200 },
    ],
  },
  "routes/rakor.$id.undangan[.]ics": {
    url: (d) => `/rakor/${d.rakor.national}/undangan.ics`,
    get: "read-rakor",
    scope: [
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.national}/undangan.ics`, get: 403 },
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.indramayu}/undangan.ics`, get: 200 },
    ],
  },
  "routes/rakor.$id.seri[.]ics": {
    // The demo rakor are one-off: the allowed roles get 404 (rakor-series.test.ts downloads a series' file).
    url: (d) => `/rakor/${d.rakor.national}/seri.ics`,
    get: "read-rakor",
    getStatus: 404,
    scope: [
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.national}/seri.ics`, get: 403 },
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.indramayu}/seri.ics`, get: 404, why: "the rakor is in scope but belongs to no series" },
    ],
  },
  "routes/rakor.$id.surat-undangan[.]docx": {
    url: (d) => `/rakor/${d.rakor.national}/surat-undangan.docx`,
    get: "read-rakor",
    scope: [
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.national}/surat-undangan.docx`, get: 403 },
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.indramayu}/surat-undangan.docx`, get: 200 },
    ],
  },
  "routes/rakor.$id.notulen[.]docx": {
    url: (d) => `/rakor/${d.rakor.national}/notulen.docx`,
    get: "read-rakor",
    scope: [
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.national}/notulen.docx`, get: 403 },
      { as: "indramayu@demo.sigap.id", url: (d) => `/rakor/${d.rakor.indramayu}/notulen.docx`, get: 200 },
    ],
  },
  // Task forces (gugus-tugas) and case statistics (statistik).
  "routes/gugus-tugas._index": {
    url: "/gugus-tugas",
    get: "read-task-forces",
    scope: [
      { as: "indramayu@demo.sigap.id", url: "/gugus-tugas", get: 200, shows: ["Gugus Tugas terbentuk di 1 dari 1 kabupaten/kota"], hides: ["Sumatera Selatan", "Kabupaten Sumedang"] },
      { as: REGIONAL_ADMIN, url: "/gugus-tugas", get: 200, shows: ["dari 27 kabupaten/kota", "Kabupaten Indramayu"], hides: ["Sumatera Selatan", "Kota Balikpapan"] },
    ],
    unscoped: "coverage is counted within the user's scope in every query (probes above)",
  },
  "routes/gugus-tugas.$kode._index": {
    url: "/gugus-tugas/32.12",
    get: "read-task-forces",
    scope: [
      { as: "indramayu@demo.sigap.id", url: "/gugus-tugas/32", get: 403 },
      { as: "indramayu@demo.sigap.id", url: "/gugus-tugas/nasional", get: 403 },
      { as: REGIONAL_ADMIN, url: "/gugus-tugas/16", get: 403 },
      { as: REGIONAL_ADMIN, url: "/gugus-tugas/32.12", get: 200 },
    ],
  },
  "routes/gugus-tugas.$kode.ubah": {
    url: "/gugus-tugas/32.12/ubah",
    get: "write-task-forces",
    post: "write-task-forces",
    body: () => taskForceBody(),
    scope: [
      { as: "indramayu@demo.sigap.id", url: "/gugus-tugas/32/ubah", get: 403 },
      { as: "indramayu@demo.sigap.id", url: "/gugus-tugas/32.13/ubah", get: 403 },
      { as: REGIONAL_ADMIN, url: "/gugus-tugas/33/ubah", get: 403 },
      { as: REGIONAL_ADMIN, url: "/gugus-tugas/nasional/ubah", get: 403 },
      { as: REGIONAL_ADMIN, url: "/gugus-tugas/32.12/ubah", get: 200, post: "skip" },
    ],
  },
  "routes/gugus-tugas.$kode.dokumen": {
    url: () => demoLegalBasisDocument(),
    get: "read-task-forces",
    scope: [
      { as: "indramayu@demo.sigap.id", url: () => demoLegalBasisDocument(), get: 403 },
      { as: REGIONAL_ADMIN, url: () => demoLegalBasisDocument(), get: 403 },
    ],
  },
  "routes/statistik._index": {
    url: "/statistik",
    get: "read-statistics",
    scope: [
      { as: "indramayu@demo.sigap.id", url: "/statistik?wilayah=32", get: 403 },
      {
        as: "indramayu@demo.sigap.id",
        url: (d) => (demoStatistic(d, "32.12"), demoStatistic(d, "32.13"), "/statistik?dari=2025-01-01&sampai=2025-06-30"),
        get: 200,
        shows: ["Kabupaten Indramayu"],
        hides: ["Kabupaten Subang"],
      },
    ],
  },
  "routes/statistik.baru": {
    url: "/statistik/baru",
    get: "write-statistics",
    post: "write-statistics",
    body: statisticBody("32.13"),
    // Indramayu may open the form, but posting figures for another regency is refused.
    scope: [{ as: "indramayu@demo.sigap.id", url: "/statistik/baru", get: 200, post: 403 }],
  },
  "routes/statistik.$id.ubah": {
    url: (d) => `/statistik/${demoStatistic(d, "32.12")}/ubah`,
    get: "write-statistics",
    post: "write-statistics",
    body: statisticBody("32.12"),
    scope: [
      { as: "indramayu@demo.sigap.id", url: (d) => `/statistik/${demoStatistic(d, "32.13")}/ubah`, get: 403 },
      { as: REGIONAL_ADMIN, url: (d) => `/statistik/${demoStatistic(d, null)}/ubah`, get: 403 },
      { as: REGIONAL_ADMIN, url: (d) => `/statistik/${demoStatistic(d, "32.12")}/ubah`, get: 200, post: "skip" },
    ],
  },
  "routes/statistik.unggah": {
    url: "/statistik/unggah",
    get: "write-statistics",
    post: "write-statistics",
    body: () => statisticCsv("32.13"),
    scope: [
      {
        as: "indramayu@demo.sigap.id",
        url: "/statistik/unggah",
        get: 200,
        post: 400,
        why: "a CSV line for a region outside the uploader's scope is a line error: the whole file is refused (400) and nothing is written",
      },
    ],
  },
  "routes/statistik.templat[.]csv": {
    url: "/statistik/templat.csv",
    get: "write-statistics",
    unscoped: "the template is the same header row for everyone",
  },
  "routes/statistik.kode-wilayah[.]csv": {
    url: "/statistik/kode-wilayah.csv",
    get: "read-statistics",
    scope: [{ as: "indramayu@demo.sigap.id", url: "/statistik/kode-wilayah.csv", get: 200, shows: ["32.12;Kabupaten Indramayu"], hides: ["32.13"] }],
    unscoped: "lists the regions within the user's scope (probe above)",
  },
  "routes/statistik.ekspor[.]csv": {
    url: "/statistik/ekspor.csv",
    get: "read-statistics",
    scope: [
      { as: "indramayu@demo.sigap.id", url: "/statistik/ekspor.csv?wilayah=32.13", get: 403 },
      {
        as: "indramayu@demo.sigap.id",
        url: (d) => (demoStatistic(d, "32.12"), demoStatistic(d, "32.13"), "/statistik/ekspor.csv?dari=2025-01-01&sampai=2025-06-30"),
        get: 200,
        shows: [";32.12;"],
        hides: [";32.13;"],
      },
    ],
  },

  // The report to the President (tests/integration/report-*.test.ts cover it in depth).
  "routes/laporan._index": {
    url: "/laporan?dari=2025-01-01&sampai=2025-06-30&wilayah=nasional",
    get: "read-report",
    post: "write-report",
    body: { intent: "simpan", pengantar: "", kendala: "", rekomendasi: "Rekomendasi penyusup", penutup: "" },
    scope: [
      { as: "indramayu@demo.sigap.id", url: "/laporan?dari=2025-01-01&sampai=2025-06-30&wilayah=nasional", get: 403, post: 403 },
      { as: "indramayu@demo.sigap.id", url: "/laporan?dari=2025-01-01&sampai=2025-06-30&wilayah=32", get: 403, post: 403 },
      { as: REGIONAL_ADMIN, url: "/laporan?dari=2025-01-01&sampai=2025-06-30&wilayah=33", get: 403, post: 403 },
      { as: "indramayu@demo.sigap.id", url: "/laporan?dari=2025-08-01&sampai=2025-08-31&wilayah=32.12", get: 200, post: "skip", shows: ["Rapat Koordinasi Gugus Tugas Pencegahan dan Penanganan TPPO Kabupaten Indramayu"], hides: ["Rapat Koordinasi Nasional"] },
    ],
  },
  "routes/laporan.unduh": {
    url: "/laporan/unduh?dari=2025-01-01&sampai=2025-06-30&wilayah=nasional",
    get: "read-report",
    scope: [
      { as: "indramayu@demo.sigap.id", url: "/laporan/unduh?dari=2025-01-01&sampai=2025-06-30&wilayah=nasional", get: 403 },
      { as: REGIONAL_ADMIN, url: "/laporan/unduh?dari=2025-01-01&sampai=2025-06-30&wilayah=33", get: 403 },
    ],
  },
  "routes/laporan.lampiran[.]xlsx": {
    url: "/laporan/lampiran.xlsx?dari=2025-01-01&sampai=2025-06-30&wilayah=nasional",
    get: "read-report",
    scope: [
      { as: "indramayu@demo.sigap.id", url: "/laporan/lampiran.xlsx?dari=2025-01-01&sampai=2025-06-30&wilayah=nasional", get: 403 },
      { as: "indramayu@demo.sigap.id", url: "/laporan/lampiran.xlsx?dari=2025-01-01&sampai=2025-06-30&wilayah=32", get: 403 },
      { as: REGIONAL_ADMIN, url: "/laporan/lampiran.xlsx?dari=2025-01-01&sampai=2025-06-30&wilayah=33", get: 403 },
      { as: REGIONAL_ADMIN, url: "/laporan/lampiran.xlsx?dari=2025-01-01&sampai=2025-06-30&wilayah=32", get: 200 },
    ],
  },
  "routes/laporan.rincian": {
    url: "/laporan/rincian?jenis=rakor&dari=2025-01-01&sampai=2025-06-30&wilayah=nasional",
    get: "read-report",
    scope: [
      { as: "indramayu@demo.sigap.id", url: "/laporan/rincian?jenis=rakor&dari=2025-01-01&sampai=2025-06-30&wilayah=nasional", get: 403 },
      { as: REGIONAL_ADMIN, url: "/laporan/rincian?jenis=aksi&dari=2025-01-01&sampai=2025-12-31&wilayah=33", get: 403 },
      {
        as: "indramayu@demo.sigap.id",
        url: "/laporan/rincian?jenis=aksi&dari=2025-01-01&sampai=2025-12-31&wilayah=32.12",
        get: 200,
        shows: ["Bentuk tim kecil perlindungan korban TPPO"],
        hides: ["Perkuat Satgas TPPO di seluruh Polda dan Polres", "Awasi LPK, BLKLN dan P3MI"],
      },
    ],
  },

  // Bundle import and export (tests/integration/bundle-ui.test.ts covers them in depth).
  "routes/pertukaran-data._index": {
    url: "/pertukaran-data",
    get: "exchange-bundles",
    post: "exchange-bundles",
    // The upload only keeps the file for its preview; nothing reaches the database before the confirmation.
    body: () => {
      const form = new FormData();
      form.append("bundel", new Blob([JSON.stringify({ format: "sigap-tppo-bundle", version: 1, rakor: [] })], { type: "application/json" }), "penyusup.json");
      return form;
    },
    unscoped: "the page holds no record; an uploaded bundle is checked record by record against the uploader's scope at preview and confirmation",
  },
  "routes/pertukaran-data.pratinjau.$token": {
    // A token nobody staged: the allowed roles get 404, the others 403 before the token is looked at.
    url: `/pertukaran-data/pratinjau/${"0".repeat(32)}`,
    get: "exchange-bundles",
    getStatus: 404,
    post: "exchange-bundles",
    body: { intent: "impor" },
    unscoped: "a staged bundle belongs to its uploader (another user's token is 404, bundle-ui.test.ts); each record is checked against the user's scope",
  },
  "routes/pertukaran-data.ekspor[.]json": {
    url: "/pertukaran-data/ekspor.json",
    get: "exchange-bundles",
    scope: [
      { as: "indramayu@demo.sigap.id", url: "/pertukaran-data/ekspor.json?wilayah=32", get: 403 },
      { as: REGIONAL_ADMIN, url: "/pertukaran-data/ekspor.json?wilayah=74", get: 403 },
      {
        as: "indramayu@demo.sigap.id",
        url: "/pertukaran-data/ekspor.json",
        get: 200,
        shows: ["indramayu-rakor-gt-2025-08-12"],
        hides: ["polri-rakornas-2025-06-04", "kemendagri-webinar-2023-05-23"],
      },
    ],
  },
};

// Action-plan fixtures: the demo bundle has no evidence file and no scheduled rakor; they are created
// on first use (before any fingerprint is taken).

/** A status-update form that would record an update (with evidence) on `actionId`. */
function actionStatusBody(d: Demo, actionId: number): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries({ intent: "status", status: "in_progress", progress: "61", note: "Pembaruan penyusup", version: String(d.id("SELECT version FROM action_items WHERE id = ?", actionId)) })) fd.append(k, v);
  fd.append("evidence", new Blob([new Uint8Array(Buffer.from("%PDF-1.4\n%%EOF\n"))], { type: "application/pdf" }), "penyusup.pdf");
  return fd;
}

/** An evidence file on Polri's national item (a status update recorded once); returns its download URL. */
function demoEvidence(d: Demo): string {
  const c = app.db.$client;
  const found = c.prepare("SELECT uf.file_id FROM action_update_files uf JOIN action_updates u ON u.id = uf.update_id WHERE u.action_id = ?").raw().get(d.action.polri) as unknown[] | undefined;
  if (found) return `/aksi/${d.action.polri}/bukti/${found[0]}`;
  const bytes = Buffer.from("%PDF-1.4\n% Laporan Satgas Polda\n%%EOF\n");
  const check = checkUpload("laporan-satgas.pdf", bytes);
  if (!check.ok) throw new Error(check.error);
  const file = recordFile(app.db, stageFile(check, bytes, null));
  const update = d.id("INSERT INTO action_updates (action_id, at, status, progress, note, by_name) VALUES (?, ?, 'in_progress', 60, 'Laporan', 'Liaison Polri') RETURNING id", d.action.polri, Date.parse("2025-07-16T02:00:00Z"));
  c.prepare("INSERT INTO action_update_files (update_id, file_id) VALUES (?, ?)").run(update, file.id);
  return `/aksi/${d.action.polri}/bukti/${file.id}`;
}

// Outbox fixtures: a national message that failed (so "Kirim ulang" would write) and one of
// Indramayu, each with an attachment; queued once (their dedupe keys), on first use.

function demoMail(): { national: number; indramayu: number } {
  const queue = (dedupeKey: string, regionCode: string | null, subject: string, to: string) =>
    app.db.transaction((tx) =>
      queueMail(tx, { to, subject, text: "Yth. Bapak/Ibu, dengan hormat.", kind: "undangan", dedupeKey, regionCode, attachments: [{ filename: "undangan.ics", contentType: "text/calendar", content: Buffer.from("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n") }] }),
    ).id;
  return {
    national: queue("uji-akses:nasional", null, "Undangan Rakornas (uji akses)", "alamat-salah"),
    indramayu: queue("uji-akses:indramayu", "32.12", "Undangan Rakor GT Indramayu (uji akses)", "dinsos@indramayukab.go.id"),
  };
}

function demoMailAttachment(d: Demo, mailId: number): string {
  return `/admin/surel/${mailId}/lampiran/${d.id("SELECT id FROM mail_attachments WHERE mail_id = ?", mailId)}`;
}

// Rakor fixtures: the form that would schedule a national rakor, and an uploaded material of the
// national rakor (the demo bundle has links only), created on first use.

function rakorBody(): Record<string, string> {
  return {
    title: "Rakor penyusup",
    level: "nasional",
    regionCode: "",
    organizer: "Polri",
    mode: "in_person",
    status: "scheduled",
    timeZone: "Asia/Jakarta",
    startsAt: "2030-01-02T09:00",
    venue: "Ruang penyusup",
  };
}

/** The download URL of a PDF material of the national rakor. */
function demoMaterial(d: Demo): string {
  const c = app.db.$client;
  const found = c.prepare("SELECT id FROM materials WHERE rakor_id = ? AND file_id IS NOT NULL").raw().get(d.rakor.national) as unknown[] | undefined;
  if (found) return `/rakor/${d.rakor.national}/bahan/${found[0]}`;
  const bytes = Buffer.from("%PDF-1.4\n% Paparan Astamaops\n%%EOF\n");
  const check = checkUpload("Paparan Astamaops.pdf", bytes);
  if (!check.ok) throw new Error(check.error);
  const file = recordFile(app.db, stageFile(check, bytes, null));
  const id = d.id("INSERT INTO materials (rakor_id, position, title, kind, file_id) VALUES (?, 99, 'Paparan Astamaops', 'presentation', ?) RETURNING id", d.rakor.national, file.id);
  return `/rakor/${d.rakor.national}/bahan/${id}`;
}

/** A national rakor still scheduled (so a review could be appended to its agenda). */
function demoScheduledRakor(d: Demo): number {
  const found = app.db.$client.prepare("SELECT id FROM rakor WHERE title = 'Rakor Nasional Uji Tinjauan'").raw().get() as unknown[] | undefined;
  if (found) return Number(found[0]);
  return d.id(
    "INSERT INTO rakor (title, level, region_code, organizer_agency_id, mode, status, starts_at, time_zone) VALUES ('Rakor Nasional Uji Tinjauan', 'nasional', NULL, ?, 'hybrid', 'scheduled', ?, 'Asia/Jakarta') RETURNING id",
    d.agency.polri,
    Date.parse("2030-03-03T02:00:00Z"),
  );
}

// Task-force and statistics fixtures: the demo bundle has no case statistics and no signed documents, so the
// records these routes point at are created on first use (before any fingerprint is taken).

/** The id of a case-statistics entry of `regionCode` (null = national), January-June 2025, by Polri. */
function demoStatistic(d: Demo, regionCode: string | null): number {
  const found = app.db.$client.prepare("SELECT id FROM case_statistics WHERE region_code IS ?").raw().get(regionCode) as unknown[] | undefined;
  if (found) return Number(found[0]);
  return d.id(
    "INSERT INTO case_statistics (period_start, period_end, region_code, agency_id, cases_reported, victims_total) VALUES ('2025-01-01', '2025-06-30', ?, ?, 3, 2) RETURNING id",
    regionCode,
    d.agency.polri,
  );
}

/** Sumatera Selatan's signed legal basis, stored once; returns its download URL. */
function demoLegalBasisDocument(): string {
  const c = app.db.$client;
  const row = c.prepare("SELECT legal_basis_file_id FROM task_forces WHERE scope_key = '16'").raw().get() as unknown[];
  if (!row[0]) {
    const bytes = Buffer.from("%PDF-1.4\n% SK Gubernur Sumatera Selatan\n%%EOF\n");
    const check = checkUpload("SK-Gubernur-Sumsel.pdf", bytes);
    if (!check.ok) throw new Error(check.error);
    const file = recordFile(app.db, stageFile(check, bytes, null));
    c.prepare(
      "UPDATE task_forces SET legal_basis_kind = 'sk_kepala_daerah', legal_basis_number = '188.4/1234/KPTS/2024', legal_basis_date = '2024-02-01', legal_basis_file_id = ? WHERE scope_key = '16'",
    ).run(file.id);
  }
  return "/gugus-tugas/16/dokumen";
}

/** A task-force form that would record a legal basis with its document. */
function taskForceBody(): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries({ intent: "simpan", formed: "on", legalBasisKind: "perkada", legalBasisNumber: "Penyusup 1/2025", legalBasisDate: "2025-01-02" })) fd.append(k, v);
  fd.append("subsatgas", "pencegahan");
  fd.append("dokumen", new Blob([new Uint8Array(Buffer.from("%PDF-1.4\n%%EOF\n"))], { type: "application/pdf" }), "penyusup.pdf");
  return fd;
}

/** A statistics entry that would be recorded for `regionCode`. */
function statisticBody(regionCode: string): Record<string, string> {
  return {
    intent: "simpan",
    periodStart: "2020-01-01",
    periodEnd: "2020-06-30",
    regionCode,
    agency: "Instansi Penyusup",
    casesReported: "1",
    casesProsecuted: "1",
    suspects: "1",
    victimsTotal: "1",
    victimsWomen: "1",
    victimsChildren: "0",
    victimsRehabilitated: "0",
    victimsRepatriated: "0",
  };
}

/** A statistics CSV of one line for `regionCode`. */
function statisticCsv(regionCode: string): FormData {
  const fd = new FormData();
  const text =
    "periode_mulai;periode_selesai;kode_wilayah;instansi;kasus_dilaporkan;kasus_dituntut;tersangka;korban_total;korban_perempuan;korban_anak;korban_direhabilitasi;korban_dipulangkan\n" +
    `2020-01-01;2020-06-30;${regionCode};Instansi Penyusup;1;1;1;1;1;0;0;0\n`;
  fd.append("berkas", new Blob([text], { type: "text/csv" }), "penyusup.csv");
  return fd;
}

// ---------------------------------------------------------------------------------------------
// The walk
// ---------------------------------------------------------------------------------------------

const build: ServerBuild = await loadBuild();
let app: TestApp;
let demo: Demo;
const clients = new Map<string, TestClient>();

beforeAll(async () => {
  app = await startTestApp();
  const c = app.db.$client;
  const one = (sql: string, ...params: unknown[]): number => {
    const row = c.prepare(sql).raw().get(...params) as unknown[] | undefined;
    if (!row) throw new Error(`demo data: no row for ${sql} ${JSON.stringify(params)}`);
    return Number(row[0]);
  };
  const rakor = (ref: string) => one("SELECT id FROM rakor WHERE ref = ?", ref);
  const action = (ref: string) => one("SELECT id FROM action_items WHERE ref = ?", ref);
  const adminId = one("SELECT id FROM users WHERE email = ?", "admin@demo.sigap.id");
  await createUser(app.db, { email: REGIONAL_ADMIN, name: "Admin Jawa Barat", password: DEMO_PASSWORD, role: "admin", agencyId: null, regionCode: "32" }, adminId);
  demo = {
    rakor: {
      national: rakor("polri-rakornas-2025-06-04"),
      webinar: rakor("kemendagri-webinar-2023-05-23"),
      indramayu: rakor("indramayu-rakor-gt-2025-08-12"),
    },
    action: {
      polri: action("rakornas-2025-06-04-a1"),
      kemenpppa: action("rakornas-2025-06-04-a4"),
      indramayu: action("indramayu-2025-08-12-a1"),
    },
    user: Object.fromEntries((c.prepare("SELECT email, id FROM users").all() as Array<{ email: string; id: number }>).map((u) => [u.email, u.id])),
    agency: {
      polri: one("SELECT agency_id FROM agency_aliases WHERE alias_key = 'polri'"),
      kemenpppa: one("SELECT agency_id FROM agency_aliases WHERE alias_key = 'kemenpppa'"),
    },
    taskForce: {
      national: one("SELECT id FROM task_forces WHERE scope_key = 'nasional'"),
      indramayu: one("SELECT id FROM task_forces WHERE scope_key = '32.12'"),
      sumsel: one("SELECT id FROM task_forces WHERE scope_key = '16'"),
    },
    id: one,
  };
});
afterAll(() => app.close());

async function as(email: string): Promise<TestClient> {
  let client = clients.get(email);
  if (!client) {
    client = await app.loginAs(email);
    clients.set(email, client);
  }
  return client;
}

const resolve = (url: Url) => (typeof url === "function" ? url(demo) : url);

function formBody(access: RouteAccess): Record<string, string | string[]> | FormData {
  if (!access.body) return {};
  return typeof access.body === "function" ? access.body(demo) : access.body;
}

function countFiles(dir: string | undefined): number {
  if (!dir || !existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true }).length;
}

/** Everything a write could touch: every table (but sessions, login attempts and rate-limit hits) and the upload folder. */
function fingerprint() {
  const c = app.db.$client;
  const tables = (
    c.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('sessions', 'login_attempts', 'rate_limit_hits') ORDER BY name").all() as Array<{
      name: string;
    }>
  ).map((t) => t.name);
  const hash = createHash("sha256");
  for (const t of tables) {
    hash.update(`\u0000${t}\u0000`);
    for (const row of c.prepare(`SELECT * FROM "${t}"`).raw().iterate()) hash.update(JSON.stringify(row));
  }
  return {
    audit: (c.prepare("SELECT count(*) AS n FROM audit_log").get() as { n: number }).n,
    data: hash.digest("hex"),
    files: countFiles(process.env.UPLOAD_DIR),
  };
}

/** POSTs and proves nothing was written; returns the response. */
async function postWritesNothing(client: TestClient, url: string, access: RouteAccess, label: string) {
  const before = fingerprint();
  const res = await client.post(url, formBody(access));
  const after = fingerprint();
  expect(after.audit, `${label}: audit_log rows`).toBe(before.audit);
  expect(after.files, `${label}: uploaded files`).toBe(before.files);
  expect(after.data, `${label}: database content`).toBe(before.data);
  return res;
}

/** The route tree of the build, for matching sample URLs to route ids. */
function routeTree(): AgnosticRouteObject[] {
  const byParent = new Map<string | undefined, ServerBuild["routes"][string][]>();
  for (const r of Object.values(build.routes)) {
    const list = byParent.get(r.parentId) ?? [];
    list.push(r);
    byParent.set(r.parentId, list);
  }
  const nest = (parentId: string | undefined): AgnosticRouteObject[] =>
    (byParent.get(parentId) ?? []).map((r) =>
      r.index
        ? { id: r.id, index: true, path: r.path, caseSensitive: r.caseSensitive }
        : { id: r.id, path: r.path, caseSensitive: r.caseSensitive, children: nest(r.id) },
    );
  return nest(undefined);
}

function describeRoles(permission: Permission) {
  const roles = allowedRoles(permission);
  return `${permission}: ${roles.length ? roles.join(", ") : "nobody"}`;
}

describe("the access table", () => {
  it("declares every route of the build", () => {
    const missing = Object.keys(build.routes)
      .filter((id) => !(id in ACCESS))
      .sort();
    expect(
      missing,
      `routes missing from the access table of tests/integration/route-guard.test.ts; declare each one (instructions at the top of that file):\n  ${missing.join("\n  ")}\n`,
    ).toEqual([]);
  });

  it("declares no route the build does not have", () => {
    const stale = Object.keys(ACCESS).filter((id) => !(id in build.routes));
    expect(stale, `access table entries without a route (renamed or removed?): ${stale.join(", ")}`).toEqual([]);
  });

  it("matches each route's loader and action", () => {
    const problems: string[] = [];
    for (const [id, access] of Object.entries(ACCESS)) {
      const module = build.routes[id]?.module;
      if (!module || access.public) continue;
      if (access.anonymousStatus && module.default) problems.push(`${id} is a page: without a session it must redirect to /login, not answer ${access.anonymousStatus}`);
      if (access.layoutOnly) {
        if (module.loader || module.action) problems.push(`${id} is declared layoutOnly but has a loader or an action: declare get/post instead`);
        continue;
      }
      if (module.loader && !access.get) problems.push(`${id} has a loader: declare get: "<policy action>"`);
      if (!module.loader && access.get) problems.push(`${id} declares get but has no loader`);
      if (!module.loader && module.default) problems.push(`${id} renders a page without a loader, so nothing guards it: add a loader that calls the guard, or declare it public`);
      if (module.action && !access.post) problems.push(`${id} has an action: declare post: "<policy action>"`);
      if (!module.action && access.post) problems.push(`${id} declares post but has no action`);
      const deniedProbe = (access.scope ?? []).some((p) => [p.get, p.post].some((st) => typeof st === "number" && st >= 400));
      if (!deniedProbe && !access.unscoped) problems.push(`${id}: add a scope probe that is denied, or say why there is none with unscoped: "..."`);
      for (const probe of access.scope ?? []) {
        const denied = [probe.get, probe.post].some((s) => typeof s === "number" && s >= 400 && s !== 403);
        if (denied && !probe.why) problems.push(`${id}: scope probe as ${probe.as} expects a denial other than 403; say why`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe.each(Object.entries(ACCESS).filter(([id]) => id in build.routes))("%s", (id, access) => {
  const module = build.routes[id].module;
  const isPage = Boolean(module.default);

  it("is reached by its sample URL", () => {
    const url = new URL(resolve(access.url), "http://x");
    const matches = matchRoutes(routeTree(), url.pathname) ?? [];
    expect(
      matches.map((m) => m.route.id),
      `${url.pathname} should reach ${id}`,
    ).toContain(id);
  });

  if (access.layoutOnly) return;

  if (access.public) {
    const pub = access.public;
    it(`is public: an anonymous GET gets ${pub.get}${pub.post ? `, a POST ${pub.post}` : ""}`, async () => {
      const url = resolve(access.url);
      const get = await app.client().get(url);
      expect(get.status).toBe(pub.get);
      if (pub.get === 302) expect(get.headers.get("Location")).not.toMatch(/^\/login\?redirectTo=/);
      if (pub.post) {
        const res = await postWritesNothing(app.client(), url, access, "anonymous POST");
        expect(res.status).toBe(pub.post);
      }
    });
    return;
  }

  const anonymous = [access.get ? "GET redirects to /login with the way back" : "", access.post ? "POST redirects to /login and writes nothing" : ""];
  it(`without a session: ${anonymous.filter(Boolean).join("; ")}`, async () => {
    const url = resolve(access.url);
    if (access.get) {
      const res = await app.client().get(url);
      if (access.anonymousStatus) {
        expect(res.status, `GET ${url}`).toBe(access.anonymousStatus);
      } else {
        expect(res.status, `GET ${url}`).toBe(302);
        expect(res.headers.get("Location")).toBe(`/login?redirectTo=${encodeURIComponent(url)}`);
      }
    }
    if (access.post) {
      const res = await postWritesNothing(app.client(), url, access, `anonymous POST ${url}`);
      if (access.anonymousStatus) {
        expect(res.status, `POST ${url}`).toBe(access.anonymousStatus);
      } else {
        expect(res.status, `POST ${url}`).toBe(302);
        expect(res.headers.get("Location")).toMatch(/^\/login(\?|$)/);
      }
    }
  });

  if (access.get) {
    const permission = access.get;
    const allowed = allowedRoles(permission);
    it(`GET: allowed for ${describeRoles(permission)}; 403 for the other roles`, async () => {
      const url = resolve(access.url);
      for (const role of ALL) {
        const res = await (await as(ROLE_USER[role])).get(url);
        if (allowed.includes(role)) {
          expect(res.status, `GET ${url} as ${role}`).toBe(access.getStatus ?? 200);
        } else {
          expect(res.status, `GET ${url} as ${role}`).toBe(403);
          if (isPage) expect(htmlToText(await res.text())).toContain("Akses ditolak");
        }
      }
    });
  }

  if (access.post) {
    const permission = access.post;
    const allowed = allowedRoles(permission);
    it(`POST: 403 and nothing written for roles other than ${describeRoles(permission)}`, async () => {
      const url = resolve(access.url);
      for (const role of ALL) {
        const client = await as(ROLE_USER[role]);
        if (allowed.includes(role)) {
          if (access.emptyPostWrites) continue;
          const res = await client.post(url, {});
          expect(res.status, `empty POST ${url} as ${role} (allowed role)`).not.toBe(403);
          expect(res.headers.get("Location") ?? "", `empty POST ${url} as ${role}`).not.toMatch(/^\/login/);
        } else {
          const res = await postWritesNothing(client, url, access, `POST ${url} as ${role}`);
          expect(res.status, `POST ${url} as ${role}`).toBe(403);
        }
      }
    });
  }

  for (const probe of access.scope ?? []) {
    const getStatus = probe.get ?? 403;
    const postStatus = probe.post ?? (access.post ? 403 : "skip");
    const label = [getStatus !== "skip" ? `GET ${getStatus}` : "", postStatus !== "skip" ? `POST ${postStatus}` : ""].filter(Boolean).join(", ");
    it(`scope: ${probe.as} gets ${label}${probe.why ? ` (${probe.why})` : ""}`, async () => {
      const url = resolve(probe.url);
      const client = await as(probe.as);
      if (getStatus !== "skip") {
        const res = await client.get(url);
        expect(res.status, `GET ${url} as ${probe.as}`).toBe(getStatus);
        const text = htmlToText(await res.text());
        if (getStatus === 403 && isPage) expect(text).toContain("Akses ditolak");
        for (const shown of probe.shows ?? []) expect(text, `GET ${url} as ${probe.as} shows`).toContain(shown);
        for (const hidden of probe.hides ?? []) expect(text, `GET ${url} as ${probe.as} must not show`).not.toContain(hidden);
      }
      if (postStatus !== "skip") {
        const res = await postWritesNothing(client, url, access, `POST ${url} as ${probe.as}`);
        expect(res.status, `POST ${url} as ${probe.as}`).toBe(postStatus);
      }
    });
  }
});
