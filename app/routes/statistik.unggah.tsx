import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { ErrorSummary, Field } from "~/components/Field";
import { PrivacyNotice } from "~/components/PrivacyNotice";
import { getDb } from "~/db.server";
import { importStatisticsCsv } from "~/task-forces/case-statistic.server";
import { decodeCsv } from "~/documents/csv.server";
import { readPostedForm } from "~/utils/upload.server";
import { fileField } from "~/utils/upload.server";
import { requirePermission } from "~/accounts/auth.server";
import { FIGURES, MAX_CSV_BYTES, MAX_CSV_ROWS } from "~/task-forces/case-figures";
import { formatNumber } from "~/utils/format";
import { redirectWithFlash } from "~/utils/flash.server";

export const meta: MetaFunction = () => [{ title: "Unggah CSV statistik kasus · SIGAP TPPO" }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: () => [{ label: "Statistik Kasus", to: "/statistik" }, { label: "Unggah CSV" }],
};

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "write-statistics");
  return json({});
}

type ActionData = { fileError?: string; errors?: string[] };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "write-statistics");
  const upload = await readPostedForm(request);
  if (!upload.ok) return json<ActionData>({ fileError: upload.error }, { status: 400 });
  const file = fileField(upload.formData, "berkas");
  if (!file) return json<ActionData>({ fileError: "Pilih berkas CSV yang akan diunggah." }, { status: 400 });
  if (!/\.(csv|txt)$/i.test(file.name)) return json<ActionData>({ fileError: "Berkas harus berupa CSV (nama berakhiran .csv). Dari Excel: Simpan Sebagai › CSV UTF-8." }, { status: 400 });
  if (file.size > MAX_CSV_BYTES) return json<ActionData>({ fileError: "Berkas CSV melebihi batas 2 MB." }, { status: 400 });
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.includes(0)) return json<ActionData>({ fileError: "Berkas ini bukan teks CSV (mungkin berkas Excel .xlsx); simpan dulu sebagai CSV." }, { status: 400 });
  const result = importStatisticsCsv(getDb(), decodeCsv(bytes), { id: user.id, scope: user.regionCode });
  if (!result.ok) return json<ActionData>({ errors: result.errors }, { status: 400 });
  const newAgencies = result.newAgencies.length
    ? ` ${formatNumber(result.newAgencies.length)} nama instansi di berkas belum dikenal dan dicatat sebagai instansi baru; periksa ejaannya.`
    : "";
  return redirectWithFlash("/statistik", `${formatNumber(result.created)} entri dari berkas CSV tersimpan.${newAgencies}`);
}

const COLUMN_DOCS: { column: string; text: string }[] = [
  { column: "periode_mulai", text: "Awal periode, TTTT-BB-HH (2025-01-01) atau HH/BB/TTTT (01/01/2025). Wajib." },
  { column: "periode_selesai", text: "Akhir periode, format yang sama, tidak sebelum awal periode. Wajib." },
  { column: "kode_wilayah", text: "Kode Kemendagri: 32 untuk provinsi, 32.12 untuk kabupaten/kota; kosong atau \"nasional\" untuk angka nasional. Harus dalam cakupan Anda." },
  { column: "nama_wilayah", text: "Boleh ada, boleh tidak; hanya untuk dibaca, tidak diperiksa." },
  { column: "instansi", text: "Instansi pelapor: nama resmi atau singkatan yang dikenal (Polri, Kejaksaan RI). Nama yang belum dikenal dicatat sebagai instansi baru." },
  ...FIGURES.map((f) => ({
    column: f.csv,
    text: `${f.label}: bilangan bulat 0 atau lebih (pemisah ribuan titik boleh: 1.234). Wajib; tulis 0 bila tidak ada.${f.withinTotal ? " Tidak boleh melebihi korban_total." : ""}`,
  })),
];

export default function UploadStatisticsPage() {
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  return (
    <>
      <section className="panel">
        <h1>Unggah CSV statistik kasus</h1>
        <PrivacyNotice />
        {actionData?.errors ? (
          <div className="alert alert-error" role="alert">
            <strong>Tidak ada yang disimpan: berkas memuat {formatNumber(actionData.errors.length)} kesalahan.</strong> Perbaiki lalu unggah lagi seluruh berkas.
            <ul className="line-errors">
              {actionData.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <p>
          Satu baris = angka satu instansi untuk satu wilayah dan satu periode. Berkas disimpan seluruhnya atau tidak sama sekali: bila satu baris saja salah, tidak ada
          yang tersimpan dan setiap kesalahan ditunjukkan dengan nomor barisnya (judul kolom = baris 1). Pemisah kolom koma, titik koma (Excel berbahasa Indonesia) atau
          tab; paling banyak {formatNumber(MAX_CSV_ROWS)} baris dan 2 MB.
        </p>
        <p className="actions-row">
          <a className="button button-secondary" href="/statistik/templat.csv">
            Unduh templat CSV
          </a>
          <a className="button button-secondary" href="/statistik/kode-wilayah.csv">
            Unduh daftar kode wilayah
          </a>
        </p>
        <Form method="post" encType="multipart/form-data" className="stack">
          <ErrorSummary errors={actionData?.fileError ? { berkas: actionData.fileError } : undefined} title="Tidak ada yang disimpan; pilih berkas yang benar." />
          <Field label="Berkas CSV" name="berkas" type="file" accept=".csv,text/csv" error={actionData?.fileError} />
          <div>
            <button type="submit" className="button" disabled={busy}>
              {busy ? "Memeriksa..." : "Periksa dan simpan"}
            </button>
          </div>
        </Form>
      </section>
      <section className="panel">
        <h2>Kolom</h2>
        <p className="muted">Urutan kolom bebas; nama kolom harus persis seperti di bawah. Kolom lain ditolak: berkas ini tidak boleh memuat data tentang orang.</p>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Kolom</th>
                <th scope="col">Isi</th>
              </tr>
            </thead>
            <tbody>
              {COLUMN_DOCS.map((c) => (
                <tr key={c.column}>
                  <th scope="row">
                    <code>{c.column}</code>
                  </th>
                  <td>{c.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h3>Contoh</h3>
        <pre className="example">
          {"periode_mulai;periode_selesai;kode_wilayah;nama_wilayah;instansi;kasus_dilaporkan;kasus_dituntut;tersangka;korban_total;korban_perempuan;korban_anak;korban_direhabilitasi;korban_dipulangkan\n" +
            "2025-01-01;2025-06-30;32.12;Kabupaten Indramayu;Polres Indramayu;12;7;15;21;14;5;9;3\n" +
            "2025-01-01;2025-06-30;32.12;Kabupaten Indramayu;Dinas Sosial Kabupaten Indramayu;0;0;0;18;12;4;18;6"}
        </pre>
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
