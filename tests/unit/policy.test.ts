import { describe, expect, it } from "vitest";
import type { Role } from "../../db/schema";
import { can, POLICY, rolesFor, type PolicyUser } from "../../app/accounts/policy";
import { navigationFor } from "../../app/accounts/navigation";

const user = (role: Role, regionCode: string | null, agencyId: number | null = null): PolicyUser => ({ role, regionCode, agencyId });
const at = (regionCode: string | null) => ({ regionCode });

describe("the policy table", () => {
  it("gives each action one kind of record and each role at most one grant per action", () => {
    const actions = [...new Set(POLICY.map((g) => g.action))];
    for (const action of actions) {
      const grants = POLICY.filter((g) => g.action === action);
      expect(new Set(grants.map((g) => g.record)).size, action).toBe(1);
      const roles = grants.flatMap((g) => [...g.roles]);
      expect(new Set(roles).size, action).toBe(roles.length);
    }
  });

  it("lists the roles granted an action", () => {
    expect(rolesFor("read-rakor").sort()).toEqual(["admin", "penghubung", "pimpinan", "sekretariat"]);
    expect(rolesFor("write-rakor").sort()).toEqual(["admin", "sekretariat"]);
    expect(rolesFor("update-action-status").sort()).toEqual(["admin", "penghubung", "sekretariat"]);
    expect(rolesFor("read-report").sort()).toEqual(["admin", "pimpinan", "sekretariat"]);
    expect(rolesFor("manage-users")).toEqual(["admin"]);
  });
});

describe("can: the scope of a national, provincial and regency task force", () => {
  it("a national secretariat reaches every region", () => {
    const national = user("sekretariat", null);
    for (const region of [null, "32", "32.12", "74.01"]) expect(can(national, "write-rakor", at(region)), String(region)).toBe(true);
  });

  it("a provincial secretariat reaches its province and its regencies, nothing above or beside", () => {
    const jabar = user("sekretariat", "32");
    expect(can(jabar, "write-rakor", at("32"))).toBe(true);
    expect(can(jabar, "write-rakor", at("32.12"))).toBe(true);
    expect(can(jabar, "write-rakor", at(null))).toBe(false);
    expect(can(jabar, "write-rakor", at("33"))).toBe(false);
    expect(can(jabar, "write-rakor", at("33.01"))).toBe(false);
  });

  it("a regency secretariat reaches only its own regency", () => {
    const indramayu = user("sekretariat", "32.12");
    expect(can(indramayu, "write-rakor", at("32.12"))).toBe(true);
    expect(can(indramayu, "write-rakor", at("32"))).toBe(false);
    expect(can(indramayu, "write-rakor", at("32.13"))).toBe(false);
    expect(can(indramayu, "write-rakor", at(null))).toBe(false);
  });

  it("a role the action is not granted to is refused whatever the scope", () => {
    expect(can(user("pimpinan", null), "write-rakor", at("32.12"))).toBe(false);
    expect(can(user("pimpinan", null), "read-rakor", at("32.12"))).toBe(true);
    expect(can(user("penghubung", null, 1), "read-report", at(null))).toBe(false);
    expect(can(user("sekretariat", null), "manage-users", at(null))).toBe(false);
    expect(can(user("admin", "32"), "manage-users", at("32.12"))).toBe(true);
    expect(can(user("admin", "32"), "manage-agencies", at(null))).toBe(false);
  });

  it("without a record, the role alone decides (the record is checked once it is read)", () => {
    expect(can(user("sekretariat", "32.12"), "write-rakor")).toBe(true);
    expect(can(user("pimpinan", "32.12"), "write-rakor")).toBe(false);
    expect(can(user("pimpinan", null), "read-dashboard")).toBe(true);
    expect(can(user("penghubung", null, 7), "read-dashboard")).toBe(false);
  });
});

describe("can: liaisons and the agencies of an action item", () => {
  const item = { regionCode: "32.12", leadAgencyId: 10, supporting: [{ id: 20 }, { id: 21 }] };

  it("the lead agency's and the supporting agencies' liaisons update it; another agency's only reads it", () => {
    expect(can(user("penghubung", null, 10), "update-action-status", item)).toBe(true);
    expect(can(user("penghubung", null, 21), "update-action-status", item)).toBe(true);
    expect(can(user("penghubung", null, 30), "update-action-status", item)).toBe(false);
    expect(can(user("penghubung", null, 30), "read-actions", item)).toBe(true);
  });

  it("a liaison of the right agency outside the item's region neither reads nor updates it", () => {
    expect(can(user("penghubung", "32.13", 10), "update-action-status", item)).toBe(false);
    expect(can(user("penghubung", "32.13", 10), "read-actions", item)).toBe(false);
    expect(can(user("penghubung", "32", 10), "update-action-status", item)).toBe(true);
  });

  it("a liaison without an agency updates nothing and has no agency tasks", () => {
    expect(can(user("penghubung", null, null), "update-action-status", item)).toBe(false);
    expect(can(user("penghubung", null, null), "read-agency-tasks")).toBe(false);
    expect(can(user("penghubung", null, 10), "read-agency-tasks")).toBe(true);
  });

  it("an item without agencies (a bare region) is updated by no liaison", () => {
    expect(can(user("penghubung", null, 10), "update-action-status", at("32.12"))).toBe(false);
  });

  it("secretariats update, edit and cancel the items of their scope; liaisons never cancel or edit", () => {
    expect(can(user("sekretariat", "32", null), "update-action-status", item)).toBe(true);
    expect(can(user("sekretariat", "32", null), "cancel-action", item)).toBe(true);
    expect(can(user("sekretariat", "32.13", null), "cancel-action", item)).toBe(false);
    expect(can(user("penghubung", null, 10), "cancel-action", item)).toBe(false);
    expect(can(user("penghubung", null, 10), "manage-actions", item)).toBe(false);
    expect(can(user("pimpinan", null, null), "update-action-status", item)).toBe(false);
  });

  it("the secretariat of the item's scope verifies completions; never a liaison, a leader, another region, or a member of the lead agency", () => {
    expect(can(user("sekretariat", "32", null), "verify-actions", item)).toBe(true);
    expect(can(user("sekretariat", null, null), "verify-actions", item)).toBe(true);
    expect(can(user("admin", "32", null), "verify-actions", item)).toBe(true);
    expect(can(user("sekretariat", "32.13", null), "verify-actions", item)).toBe(false);
    expect(can(user("sekretariat", "32", item.leadAgencyId), "verify-actions", item)).toBe(false);
    expect(can(user("sekretariat", "32", 99), "verify-actions", item)).toBe(true);
    expect(can(user("penghubung", null, item.leadAgencyId), "verify-actions", item)).toBe(false);
    expect(can(user("penghubung", null, 99), "verify-actions", item)).toBe(false);
    expect(can(user("pimpinan", null, null), "verify-actions", item)).toBe(false);
  });
});

describe("the navigation reads the policy", () => {
  const labels = (u: PolicyUser) => navigationFor(u).map((l) => l.label);

  it("shows each role the pages the policy grants it, home first", () => {
    expect(labels(user("admin", null))).toEqual([
      "Beranda",
      "Dasbor",
      "Rakor",
      "Rencana Aksi",
      "Verifikasi",
      "Gugus Tugas",
      "Statistik Kasus",
      "Laporan",
      "Pertukaran Data",
      "Pengguna",
      "Instansi",
      "Audit",
      "Surel",
    ]);
    expect(labels(user("sekretariat", "32.12"))).toEqual(["Beranda", "Dasbor", "Rakor", "Rencana Aksi", "Verifikasi", "Gugus Tugas", "Statistik Kasus", "Laporan", "Pertukaran Data"]);
    expect(labels(user("penghubung", null, 1))).toEqual(["Tugas Instansi Saya", "Rakor", "Rencana Aksi", "Gugus Tugas", "Statistik Kasus"]);
  });

  it("a leader's home is the dashboard, listed once", () => {
    const nav = navigationFor(user("pimpinan", null));
    expect(nav.map((l) => l.label)).toEqual(["Dasbor", "Rakor", "Rencana Aksi", "Gugus Tugas", "Statistik Kasus", "Laporan"]);
    expect(nav[0].to).toBe("/");
  });
});
