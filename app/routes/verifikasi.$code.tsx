// Public verification of an approved notulen (the QR code printed on it opens this page): the
// document's title, the rakor's date, the version, who approved it and when, and its SHA-256; an
// uploaded file is compared with it by hash. Nothing about attendees. Lookups are rate-limited per
// client address (shared by every process through the database); an unknown code is 404.
import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import { getDb } from "~/db.server";
import { VERIFICATION_RATE_LIMIT, findVerifiedMinutes, matchesDocument, normalizeVerificationCode } from "~/rakor/minutes.server";
import { clientIp, notFound } from "~/utils/http.server";
import { hitRateLimit } from "~/utils/rate-limit.server";
import { fileField, readUploadForm } from "~/utils/upload.server";

export const meta: MetaFunction = () => [{ title: "Verifikasi notulen · SIGAP TPPO" }, { name: "robots", content: "noindex" }];

// The 429's Retry-After reaches the browser only through here.
export const headers: HeadersFunction = ({ errorHeaders }) => {
  const headers = new Headers();
  const retryAfter = errorHeaders?.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};

/** The approved minutes of the code in the URL, after counting the lookup against the client's limit. */
function lookUp(code: string | undefined, context: unknown) {
  const db = getDb();
  const limit = hitRateLimit(db, VERIFICATION_RATE_LIMIT, clientIp(context));
  if (!limit.ok) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    throw json({ message: `Terlalu banyak pemeriksaan kode verifikasi dari alamat Anda. Coba lagi dalam ${minutes} menit.` }, { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } });
  }
  const normalized = normalizeVerificationCode(code ?? "");
  // (A code imported from another system may be written in another form: it is looked up as typed too.)
  return (
    (normalized && findVerifiedMinutes(db, normalized)) ||
    (code?.trim() && findVerifiedMinutes(db, code.trim())) ||
    notFound("Kode verifikasi tidak dikenal. Periksa kembali kode yang tercetak pada notulen.")
  );
}

export async function loader({ params, context }: LoaderFunctionArgs) {
  return json(lookUp(params.code, context));
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const minutes = lookUp(params.code, context);
  if (minutes.sha256 === null) return json({ error: IMPORTED_NO_DOCUMENT, matches: null, sha256: null }, { status: 400 });
  const upload = await readUploadForm(request);
  if (!upload.ok) return json({ error: upload.error, matches: null, sha256: null }, { status: upload.status });
  const file = fileField(upload.formData, "berkas");
  if (!file) return json({ error: "Pilih berkas notulen yang akan diperiksa.", matches: null, sha256: null }, { status: 400 });
  const result = matchesDocument(minutes.sha256, new Uint8Array(await file.arrayBuffer()));
  return json({ error: null, ...result });
}

/** Minutes approved by another task force's system and received with a bundle: only their record is here. */
const IMPORTED_NO_DOCUMENT =
  "Notulen ini disahkan di sistem asalnya dan diterima melalui impor bundel; dokumennya tidak tersimpan di sini, sehingga berkas tidak dapat dibandingkan. Periksa berkas pada sistem yang mengesahkannya.";

export default function VerifyPage() {
  const m = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <section className="panel">
      <h1>Verifikasi notulen</h1>
      <p className="alert alert-ok" role="status">
        {m.sha256 === null
          ? `Kode ${m.code} terdaftar: notulen ini disahkan oleh sumbernya.`
          : `Kode ${m.code} terdaftar: notulen ini disahkan melalui SIGAP TPPO.`}
      </p>
      {m.newerVersion !== null ? (
        <p className="alert alert-info">
          {`Notulen ini dibuka kembali${m.reopenedAt ? ` pada ${m.reopenedAt}` : ""}; sudah ada versi yang lebih baru (versi ${m.newerVersion}).`}
        </p>
      ) : null}
      <dl className="facts">
        <dt>Dokumen</dt>
        <dd>{m.title}</dd>
        <dt>Tanggal rakor</dt>
        <dd>{m.date}</dd>
        <dt>Versi</dt>
        <dd>{m.version}</dd>
        <dt>Disahkan</dt>
        <dd>
          {`${m.approvedAt} oleh ${m.onBehalf ? `sekretariat atas nama ${m.approvedByName}` : m.approvedByName}`}
        </dd>
        {m.sha256 === null ? null : (
          <>
            <dt>SHA-256</dt>
            <dd>
              <code className="break-all">{m.sha256}</code>
            </dd>
          </>
        )}
      </dl>
      {m.sha256 === null ? (
        <p className="alert alert-info">{IMPORTED_NO_DOCUMENT}</p>
      ) : (
        <>
          <h2>Periksa berkas</h2>
          <p>Unggah berkas notulen (.docx) yang Anda terima untuk memastikan isinya sama dengan dokumen yang disahkan.</p>
          {result?.matches === true ? (
            <p className="alert alert-ok" role="status">
              Berkas ini sama dengan dokumen yang disahkan.
            </p>
          ) : result?.matches === false ? (
            <p className="alert alert-error" role="status">
              Berkas ini BUKAN dokumen yang disahkan (SHA-256 berkas: {result.sha256}).
            </p>
          ) : result?.error ? (
            <p className="alert alert-error" role="alert">
              {result.error}
            </p>
          ) : null}
          <Form method="post" encType="multipart/form-data" className="stack">
            <div className="field">
              <label htmlFor="f-berkas">Berkas notulen</label>
              <input id="f-berkas" type="file" name="berkas" />
            </div>
            <div>
              <button type="submit" className="button">
                Periksa berkas
              </button>
            </div>
          </Form>
        </>
      )}
      <p>
        <Link to="/verifikasi">Periksa kode lain</Link>
      </p>
    </section>
  );
}

export const ErrorBoundary = ErrorMessage;
