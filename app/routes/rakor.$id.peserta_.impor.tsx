import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { MinutesLock } from "~/components/rakor/MinutesLock";
import { minutesLockMessage, requireMinutesOpen, withMinutesLock } from "~/rakor/minutes.server";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import { ErrorSummary, Field, fieldId } from "~/components/Field";
import { BatchDefaults } from "~/components/rakor/AttendeeRowEditor";
import { RakorHead } from "~/components/rakor/RakorHead";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { getDb } from "~/db.server";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, parseAttendeeCsv, type ImportFormat, type LineError } from "~/rakor/attendee-import.server";
import { BATCH_QUESTIONS_MESSAGE, readBatchAgencyAnswers, readDefaults } from "~/rakor/attendee-form.server";
import type { AgencyQuestion } from "~/accounts/agency-question";
import { ImportAgencyConfirm } from "~/components/rakor/ImportAgencyConfirm";
import { decodeCsv } from "~/documents/csv.server";
import { importAttendees, listAttendees, resolveImportSites } from "~/rakor/attendee.server";
import { fileField, readUploadForm } from "~/utils/upload.server";
import { requireRakorWriter } from "~/rakor/rakor-access.server";
import { listSites } from "~/rakor/rakor.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { attendeeChangesMessage } from "~/rakor/rakor-format";

export const meta: MetaFunction = () => [{ title: "Impor peserta · SIGAP TPPO" }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: ({ rakor }) => [
    { label: "Rakor", to: "/rakor" },
    { label: rakor.title, to: `/rakor/${rakor.id}` },
    { label: "Peserta", to: `/rakor/${rakor.id}/peserta` },
    { label: "Impor CSV" },
  ],
};

const FORMAT_NAMES: Record<ImportFormat, string> = { zoom: "laporan peserta Zoom", csv: "CSV daftar hadir", daftar: "daftar" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { rakor } = await requireRakorWriter(request, params.id);
  return json({ minutesLock: minutesLockMessage(getDb(), rakor), rakor, sites: listSites(getDb(), rakor.id).map((s) => ({ id: s.id, name: s.name })), limits: { rows: MAX_IMPORT_ROWS, megabytes: MAX_IMPORT_BYTES / (1024 * 1024) } });
}

type Result = {
  errors: Record<string, string>;
  lineErrors: LineError[];
  format: ImportFormat | null;
  /** Agency names resembling registered ones, asked before anything is written; `batch` is the file's text and the defaults, posted again with the answers. */
  agencyQuestions?: AgencyQuestion[];
  batch?: Record<string, string>;
};

export async function action(args: ActionFunctionArgs) {
  return withMinutesLock(getDb, args, async ({ request, params }) => {
    const { user, rakor } = await requireRakorWriter(request, params.id);
    requireMinutesOpen(getDb(), rakor);
    const db = getDb();
    const fail = (r: Partial<Result>, status = 400) => json<Result>({ errors: r.errors ?? {}, lineErrors: r.lineErrors ?? [], format: r.format ?? null }, { status });
    if (!(request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) return fail({ errors: { file: "Pilih berkas CSV." } });
    const upload = await readUploadForm(request, MAX_IMPORT_BYTES);
    if (!upload.ok) return fail({ errors: { file: upload.error } }, upload.status);
    const formData = upload.formData;
    const sites = listSites(db, rakor.id);
    const defaults = readDefaults(formData, new Set(sites.map((s) => s.id)));
    if (!defaults.ok) return fail({ errors: defaults.errors });
    // The answers to the agency questions come with the file's text (`isi`) instead of the file.
    const file = fileField(formData, "file");
    const posted = formData.get("isi");
    if (!file && typeof posted !== "string") return fail({ errors: { file: "Pilih berkas CSV." } });
    const text = file ? decodeCsv(new Uint8Array(await file.arrayBuffer())) : String(posted);
    const parsed = parseAttendeeCsv(text);
    // Every problem at once: the rows' own errors and site names the rakor does not have.
    const places = resolveImportSites(db, rakor.id, parsed.people ?? []);
    if (!parsed.ok || places.errors.length) {
      const lineErrors = [...(parsed.ok ? [] : parsed.errors), ...places.errors].sort((a, b) => a.line - b.line);
      return fail({ errors: { file: "Tidak ada yang diimpor: perbaiki baris berikut lalu unggah lagi." }, lineErrors, format: parsed.format });
    }
    // One question per agency name resembling a registered one; names this list already has keep their links.
    const linked = listAttendees(db, rakor.id).map((a) => ({ name: a.agencyName, agencyId: a.agencyId }));
    const answers = readBatchAgencyAnswers(db, formData, parsed.people.map((p) => p.agency), linked);
    if (!answers.ok) {
      const batch = { isi: text, ...Object.fromEntries(["site", "role", "attendance"].map((k) => [k, String(formData.get(k) ?? "")])) };
      return json<Result>({ errors: { _form: BATCH_QUESTIONS_MESSAGE, ...answers.errors }, lineErrors: [], format: parsed.format, agencyQuestions: answers.questions, batch }, { status: 400 });
    }
    // Zoom participants joined online from wherever they were: they belong to no site.
    const counts = importAttendees(db, rakor.id, parsed.people, places.siteIds, parsed.format === "zoom" ? { ...defaults, siteId: null } : defaults, user.id, answers.choices);
    return redirectWithFlash(`/rakor/${rakor.id}/peserta`, attendeeChangesMessage(counts));
  });
}

export default function ImportAttendeesPage() {
  const { minutesLock } = useLoaderData<typeof loader>();
  const { rakor, sites, limits } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  return (
    <>
      <RakorHead rakor={rakor} canWrite page="Impor peserta dari CSV" />
      <MinutesLock message={minutesLock}>
      <section className="panel">
        <p>
          <Link to={`/rakor/${rakor.id}/peserta`}>‹ Kembali ke daftar peserta</Link>
        </p>
        <h2>Format yang diterima</h2>
        <ol>
          <li>
            <strong>Laporan peserta Zoom</strong> (Reports → Usage → Participants → Export), dengan kolom <code>Name (Original Name)</code>, <code>User Email</code>, <code>Join Time</code>,{" "}
            <code>Leave Time</code>, <code>Duration (Minutes)</code> dan <code>Guest</code>. Orang yang keluar-masuk rapat (muncul beberapa kali dengan email atau nama yang sama) dicatat sekali,
            dengan durasi dijumlahkan. Nama ditulis utuh seperti di Zoom, misalnya <em>Polresta Balikpapan (Anton Firmanto)</em>. Semua dicatat hadir daring tanpa lokasi; orang yang sudah tercatat di suatu lokasi tetap di sana.
          </li>
          <li>
            <strong>CSV daftar hadir</strong> dengan baris judul kolom <code>Nama, Pangkat, Jabatan, Instansi, Lokasi, Peran, Kehadiran, Email</code> (hanya Nama yang wajib; pemisah koma atau titik
            koma). Peran: pimpinan, narasumber, peserta, notulis. Kehadiran: hadir luring, hadir daring, tidak hadir. Lokasi: nama lokasi yang sudah dicatat, atau kosong untuk tempat utama.{" "}
            <a href="/rakor/templat-peserta.csv" download>
              Unduh contoh CSV
            </a>
            .
          </li>
        </ol>
        <p className="muted">
          Bila satu baris saja bermasalah, tidak ada yang disimpan dan setiap baris yang bermasalah disebutkan nomornya. Orang yang sudah ada di daftar (email atau nama yang sama persis) diperbarui, bukan
          digandakan; mengimpor berkas yang sama lagi tidak mengubah apa pun. Paling banyak {limits.rows} baris, {limits.megabytes} MB.
        </p>
      </section>
      <section className="panel">
        <h2>Unggah berkas</h2>
        {actionData?.agencyQuestions?.length ? (
          <>
            <ErrorSummary errors={actionData.errors} idSuffix="impor" />
            <ImportAgencyConfirm questions={actionData.agencyQuestions} fields={actionData.batch ?? {}} multipart idSuffix="impor" />
            <p className="muted">Atau unggah berkas yang sudah diperbaiki:</p>
          </>
        ) : null}
        <Form method="post" encType="multipart/form-data" className="stack wide" noValidate>
          {actionData?.agencyQuestions?.length ? null : <ErrorSummary errors={actionData?.errors} title="Periksa pilihan yang ditandai." idSuffix="impor" />}
          {actionData?.lineErrors.length ? (
            <div className="alert alert-error">
              {actionData.format ? <p>Berkas dibaca sebagai {FORMAT_NAMES[actionData.format]}.</p> : null}
              <ul className="error-list" aria-label="Baris yang bermasalah">
                {actionData.lineErrors.map((e) => (
                  <li key={`${e.line}-${e.message}`}>
                    {`Baris ${e.line}: ${e.message}`}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <Field label="Berkas CSV" name="file" id={fieldId("file", "impor")} type="file" accept=".csv,.txt,text/csv" error={actionData?.errors.file} />
          <p className="muted">Untuk orang yang tidak menyebutkan sendiri lokasi, peran atau kehadirannya:</p>
          <BatchDefaults sites={sites} errors={actionData?.errors ?? {}} idPrefix="impor" attendance="online" />
          <div>
            <button type="submit" className="button" disabled={busy}>
              {busy ? "Mengimpor..." : "Impor peserta"}
            </button>
          </div>
        </Form>
      </section>
      </MinutesLock>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
