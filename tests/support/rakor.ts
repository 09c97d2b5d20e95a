// Shared by the rakor tests: the form a secretariat fills in for the 4 June 2025 rakor, and
// small helpers to post it the way the pages do.
import { rowField } from "../../app/utils/forms";
import { htmlToText, type TestClient } from "./server";

/**
 * The form as posted. The demo data already holds this rakor, and the tests record it again on
 * purpose, so the form confirms "Tetap simpan" (tests/integration/rakor-duplicate.test.ts tests
 * the question itself; pass konfirmasiDuplikat: "" to be asked).
 */
export function rakorForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    konfirmasiDuplikat: "1",
    title: "Rapat Koordinasi Nasional Gugus Tugas Pencegahan dan Penanganan TPPO",
    level: "nasional",
    regionCode: "",
    organizer: "Polri",
    chairName: "Dr. Endi Sutendi",
    chairRank: "Irjen Pol",
    chairPosition: "Wakil Asisten Operasi Kapolri",
    chairAgency: "Polri",
    mode: "hybrid",
    status: "held",
    timeZone: "Asia/Makassar",
    startsAt: "2025-06-04T10:00",
    endsAt: "",
    venue: "Mabes Polri, Jakarta",
    onlinePlatform: "Zoom Meeting",
    onlineUrl: "https://zoom.us/j/81234567890",
    notes: "",
    ...overrides,
  };
}

/** Posts a form; the status, redirect target and the page's text. */
export async function submit(client: TestClient, path: string, form: Record<string, string | string[]> | FormData) {
  const res = await client.post(path, form);
  return { status: res.status, location: res.headers.get("Location"), text: htmlToText(await res.text()) };
}

/** Schedules a rakor through /rakor/baru and returns its id. */
export async function createRakor(client: TestClient, overrides: Record<string, string> = {}): Promise<number> {
  const res = await submit(client, "/rakor/baru", rakorForm(overrides));
  if (res.status !== 302) throw new Error(`creating the rakor failed (${res.status}): ${res.text.slice(0, 500)}`);
  return Number(/\/rakor\/(\d+)/.exec(res.location!)![1]);
}

export function siteForm(name: string, extra: Record<string, string> = {}): Record<string, string> {
  return { intent: "add", name, agency: "", regionCode: "", chairName: "", chairRank: "", chairPosition: "", chairAgency: "", ...extra };
}

/** The row editor's fields for a list of rows, named rows[<index>].<field> (every row posts every field, as the browser does). */
export function rowsForm(rows: { rowId?: string; name?: string; rank?: string; jobTitle?: string; agency?: string; email?: string; site?: string; role?: string; attendance?: string; remove?: boolean }[]) {
  const form: Record<string, string> = { intent: "rows" };
  rows.forEach((r, i) => {
    const fields = { rowId: "", name: "", rank: "", jobTitle: "", agency: "", site: "", role: "participant", attendance: "in_person", ...r };
    for (const [field, value] of Object.entries(fields)) {
      if (field === "remove") {
        if (value) form[rowField(i, field)] = "on";
      } else form[rowField(i, field)] = String(value);
    }
  });
  return form;
}

/** A multipart body with one file field, as a browser sends an upload. */
export function uploadForm(fields: Record<string, string>, file: { name: string; bytes: Uint8Array<ArrayBuffer> | string; type?: string }, fieldName = "file"): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append(fieldName, new File([file.bytes], file.name, { type: file.type ?? "application/octet-stream" }));
  return form;
}
