// In-app notifications and the profile: a user lists their own notifications newest first with the
// unread ones marked, the navigation shows the unread count, opening one marks it read and goes to
// its page, "Tandai sudah dibaca" and "Tandai semua" mark them read; nobody reads or marks another
// user's. "Kirim undangan" notifies an attendee who has an account, once per version of the
// invitation. The profile shows the account and turns the reminder e-mails off and on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notify } from "../../app/notifications/notify.server";
import { count } from "../support/aksi";
import { createRakor, rowsForm, submit } from "../support/rakor";
import { startTestApp, type TestApp, type TestClient } from "../support/server";

let app: TestApp;
let liaison: TestClient;
let liaisonId: number;
let otherId: number;

const userId = (email: string) => count(app, "SELECT id FROM users WHERE email = ?", email);
const unreadOf = (id: number) => count(app, "SELECT count(*) FROM notifications WHERE user_id = ? AND read_at IS NULL", id);
const notificationId = (title: string) => count(app, "SELECT id FROM notifications WHERE title = ?", title);

beforeAll(async () => {
  app = await startTestApp();
  liaisonId = userId("kemenpppa@demo.sigap.id");
  otherId = userId("polri@demo.sigap.id");
  const at = (minutes: number) => Date.parse("2025-09-08T01:00:00Z") + minutes * 60_000;
  app.db.transaction((tx) => {
    notify(tx, { userId: liaisonId, kind: "completion-returned", title: "Penyelesaian dikembalikan: Sosialisasi pencegahan TPPO", body: "Bukti dukung belum dilampirkan.", href: "/aksi/1", dedupeKey: "t:1" });
    notify(tx, { userId: liaisonId, kind: "verification-requested", title: "Permintaan verifikasi: Pendataan PMI", href: "/aksi/2", dedupeKey: "t:2" });
    notify(tx, { userId: otherId, kind: "completion-returned", title: "Penyelesaian dikembalikan: milik Polri", href: "/aksi/3", dedupeKey: "t:3" });
  });
  // the first one older than the second
  app.db.$client.prepare("UPDATE notifications SET created_at = ? WHERE dedupe_key = 't:1'").run(at(0));
  app.db.$client.prepare("UPDATE notifications SET created_at = ? WHERE dedupe_key = 't:2'").run(at(30));
  liaison = await app.loginAs("kemenpppa@demo.sigap.id");
});
afterAll(async () => {
  await app?.close();
});

describe("notifications", () => {
  it("lists the user's own notifications newest first, unread marked, with the unread count in the navigation", async () => {
    const { status, text } = await liaison.text("/notifikasi");
    expect(status).toBe(200);
    expect(text).toContain("Notifikasi 2 belum dibaca");
    const newer = text.indexOf("Permintaan verifikasi: Pendataan PMI");
    const older = text.indexOf("Penyelesaian dikembalikan: Sosialisasi pencegahan TPPO");
    expect(newer).toBeGreaterThan(-1);
    expect(older).toBeGreaterThan(newer);
    expect(text).toContain("Bukti dukung belum dilampirkan.");
    expect(text).toContain("Baru Permintaan verifikasi");
    expect(text).toContain("Tandai sudah dibaca");
    expect(text).toContain("Tandai semua");
    expect(text).not.toContain("milik Polri");
    // every page's navigation carries the count
    expect((await liaison.text("/aksi/saya")).text).toContain("Notifikasi 2 belum dibaca");
  });

  it("draws the mark-read buttons in the secondary style (the ghost style is for the dark header) and marks only its own link", async () => {
    const html = await (await liaison.get("/notifikasi")).text();
    const buttons = [...html.matchAll(/<button[^>]*value="(baca|semua)"[^>]*>/g)].map((m) => m[0]);
    expect(buttons).toHaveLength(3);
    for (const button of buttons) {
      expect(button).toMatch(/class="button button-secondary/);
      expect(button).not.toContain("button-ghost");
    }
    expect([...html.matchAll(/<a[^>]*aria-current="page"[^>]*>([^<]*)/g)].map((m) => m[1])).toEqual(["Notifikasi"]);
  });

  it("opening one marks it read and goes to its page", async () => {
    const id = notificationId("Permintaan verifikasi: Pendataan PMI");
    const res = await liaison.post("/notifikasi", { intent: "buka", id: String(id) });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/aksi/2");
    expect(unreadOf(liaisonId)).toBe(1);
    const { text } = await liaison.text("/notifikasi");
    expect(text).toContain("Notifikasi 1 belum dibaca");
    expect(text).not.toContain("Baru Permintaan verifikasi");
    // opening it again keeps the time it was first read
    const readAt = count(app, "SELECT read_at FROM notifications WHERE id = ?", id);
    await liaison.post("/notifikasi", { intent: "buka", id: String(id) });
    expect(count(app, "SELECT read_at FROM notifications WHERE id = ?", id)).toBe(readAt);
  });

  it("nobody opens or marks another user's notification", async () => {
    const foreign = notificationId("Penyelesaian dikembalikan: milik Polri");
    for (const intent of ["buka", "baca"]) {
      const res = await liaison.post("/notifikasi", { intent, id: String(foreign) });
      expect(res.status).toBe(404);
    }
    expect(unreadOf(otherId)).toBe(1);
    // "Tandai semua" marks only the user's own
    expect((await liaison.post("/notifikasi", { intent: "semua" })).status).toBe(302);
    expect(unreadOf(liaisonId)).toBe(0);
    expect(unreadOf(otherId)).toBe(1);
    const { text } = await liaison.text("/notifikasi");
    expect(text).toContain("Semua sudah dibaca.");
    expect(text).not.toContain("belum dibaca Penyelesaian");
  });

  it("'Tandai sudah dibaca' marks one read and stays on the list", async () => {
    const polri = await app.loginAs("polri@demo.sigap.id");
    expect((await polri.text("/")).text).toContain("Notifikasi 1 belum dibaca");
    const res = await polri.post("/notifikasi", { intent: "baca", id: String(notificationId("Penyelesaian dikembalikan: milik Polri")) });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/notifikasi");
    expect(unreadOf(otherId)).toBe(0);
    const home = (await polri.text("/")).text;
    expect(home).toContain("Notifikasi");
    expect(home).not.toContain("belum dibaca");
  });

  it("the unread count is one probe of notifications_user_idx", () => {
    const plan = app.db.$client.prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM notifications WHERE user_id = ? AND read_at IS NULL").all(1) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(" ")).toMatch(/USING COVERING INDEX notifications_user_idx \(user_id=\? AND read_at=\?\)/);
  });
});

describe("invitations notify attendees who have an account", () => {
  it("notifies the user whose address an attendee has, once per version of the invitation", async () => {
    const secretariat = await app.loginAs("sekretariat@demo.sigap.id");
    // (Invitations go out only before the rakor starts.)
    const rakorId = await createRakor(secretariat, { status: "scheduled", organizer: "KemenPPPA", startsAt: "2031-06-04T10:00" });
    const rows = rowsForm([
      { name: "Penghubung KemenPPPA", agency: "KemenPPPA", email: "KemenPPPA@demo.sigap.id" },
      { name: "Tamu Tanpa Akun", agency: "Polri", email: "tamu@polri.go.id" },
    ]);
    expect((await submit(secretariat, `/rakor/${rakorId}/peserta`, rows)).status).toBe(302);
    const invitations = () => count(app, "SELECT count(*) FROM notifications WHERE kind = 'invitation' AND href = ?", `/rakor/${rakorId}`);
    expect((await submit(secretariat, `/rakor/${rakorId}`, { intent: "kirim-undangan", nomor: "" })).status).toBe(302);
    expect(count(app, "SELECT count(*) FROM mail_outbox WHERE dedupe_key LIKE ?", `undangan:rakor-${rakorId}:%`)).toBe(2);
    expect(invitations()).toBe(1);
    expect(count(app, "SELECT user_id FROM notifications WHERE kind = 'invitation' AND href = ?", `/rakor/${rakorId}`)).toBe(liaisonId);
    // pressed again without a change: nothing new
    await submit(secretariat, `/rakor/${rakorId}`, { intent: "kirim-undangan", nomor: "" });
    expect(invitations()).toBe(1);

    const { text } = await liaison.text("/notifikasi");
    expect(text).toContain("Notifikasi 1 belum dibaca");
    expect(text).toMatch(/Baru Undangan: Rapat Koordinasi/);
    const id = count(app, "SELECT id FROM notifications WHERE kind = 'invitation' AND href = ?", `/rakor/${rakorId}`);
    const res = await liaison.post("/notifikasi", { intent: "buka", id: String(id) });
    expect(res.headers.get("Location")).toBe(`/rakor/${rakorId}`);
  });
});

describe("profile", () => {
  it("shows the account and turns the reminder e-mails off and on", async () => {
    const page = await liaison.text("/profil");
    expect(page.status).toBe(200);
    for (const shown of ["Penghubung KemenPPPA", "kemenpppa@demo.sigap.id", "Penghubung", "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak", "Nasional", "Ringkasan harian", "Status saat ini: aktif."]) {
      expect(page.text).toContain(shown);
    }
    expect((await liaison.text("/")).text).toContain("Profil");
    const digest = () => count(app, "SELECT digest_enabled FROM users WHERE id = ?", liaisonId);

    // unchecked: the browser posts no "digest"
    let res = await liaison.post("/profil", { intent: "surel" });
    expect(res.status).toBe(302);
    expect(digest()).toBe(0);
    expect((await liaison.text("/profil")).text).toContain("Surel pengingat dinonaktifkan");
    expect((await liaison.text("/profil")).text).toContain("Status saat ini: nonaktif.");
    res = await liaison.post("/profil", { intent: "surel", digest: "on" });
    expect(res.status).toBe(302);
    expect(digest()).toBe(1);
    expect(count(app, "SELECT count(*) FROM audit_log WHERE entity = 'user' AND entity_id = ? AND user_id = ?", String(liaisonId), liaisonId)).toBe(2);
    // an unknown intent writes nothing
    expect((await liaison.post("/profil", { intent: "lain" })).status).toBe(400);
    expect(digest()).toBe(1);
  });

  it("is open to every role, and a leader reads about the weekly summary", async () => {
    for (const email of ["admin@demo.sigap.id", "sekretariat@demo.sigap.id", "pimpinan@demo.sigap.id"]) {
      const c = await app.loginAs(email);
      expect((await c.get("/profil")).status).toBe(200);
      expect((await c.get("/notifikasi")).status).toBe(200);
    }
    const leader = await app.loginAs("pimpinan@demo.sigap.id");
    expect((await leader.text("/profil")).text).toContain("Ringkasan mingguan setiap Senin pagi");
  });

  it("sends an anonymous visitor to the login", async () => {
    const anon = app.client();
    for (const path of ["/profil", "/notifikasi"]) {
      const res = await anon.get(path);
      expect(res.status).toBe(302);
      expect(res.headers.get("Location")).toMatch(/^\/login/);
    }
  });
});
