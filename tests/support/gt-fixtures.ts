// Fixtures for the task-force and case-statistics tests: a small real PDF, extra regional users,
// and counts taken straight from SQL to check the app's numbers against.
import type { Db } from "../../db/client";
import { DEMO_PASSWORD } from "../../db/demo/seed";
import { createUser } from "../../app/accounts/user.server";

/** A valid one-page PDF (correct xref offsets) that says `text`. */
export function makePdf(text: string): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    (() => {
      const stream = `BT /F1 14 Tf 72 770 Td (${text.replace(/[()\\]/g, "")}) Tj ET`;
      return `<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`;
    })(),
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

export const JABAR_SECRETARIAT = "sekretariat-jabar@uji.sigap.id";
export const JATENG_SECRETARIAT = "sekretariat-jateng@uji.sigap.id";

/** A Jawa Barat (32) and a Jawa Tengah (33) province secretariat. */
export async function createProvinceSecretariats(db: Db) {
  await createUser(db, { email: JABAR_SECRETARIAT, name: "Sekretariat GT Jawa Barat", password: DEMO_PASSWORD, role: "sekretariat", agencyId: null, regionCode: "32" }, null);
  await createUser(db, { email: JATENG_SECRETARIAT, name: "Sekretariat GT Jawa Tengah", password: DEMO_PASSWORD, role: "sekretariat", agencyId: null, regionCode: "33" }, null);
}

/** Counts straight from SQL, independent of the app's queries. */
export function sqlCoverage(db: Db, where = "1 = 1") {
  const c = db.$client;
  const active = (c.prepare("SELECT count(*) AS n FROM subsatgas WHERE active = 1").get() as { n: number }).n;
  const count = (level: string, extra: string) =>
    (
      c
        .prepare(
          `SELECT count(*) AS n FROM regions r LEFT JOIN task_forces tf ON tf.scope_key = r.code
           WHERE r.level = ? AND (${where}) AND (${extra})`,
        )
        .get(level) as { n: number }
    ).n;
  const level = (name: string) => ({
    total: count(name, "1 = 1"),
    formed: count(name, "tf.formed = 1"),
    withLegalBasis: count(name, "tf.formed = 1 AND tf.legal_basis_kind IS NOT NULL AND tf.legal_basis_number IS NOT NULL AND tf.legal_basis_date IS NOT NULL"),
    complete: count(
      name,
      `tf.formed = 1 AND (SELECT count(*) FROM task_force_subsatgas x JOIN subsatgas s ON s.slug = x.subsatgas_slug AND s.active = 1 WHERE x.task_force_id = tf.id) = ${active}`,
    ),
  });
  return { provinces: level("provinsi"), regencies: level("kabupaten_kota") };
}

/** Row counts of the tables a statistics or task-force write touches, to prove nothing was written. */
export function writeCounts(db: Db) {
  const c = db.$client;
  const n = (table: string) => (c.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    caseStatistics: n("case_statistics"),
    taskForces: n("task_forces"),
    taskForceSubsatgas: n("task_force_subsatgas"),
    files: n("files"),
    agencies: n("agencies"),
    audit: n("audit_log"),
  };
}
