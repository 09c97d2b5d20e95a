import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { getDb } from "~/db.server";
import { agencyAnswersFromForm, importBundles, previewBundle, type BundleError } from "~/bundle/import.server";
import { discardStagedBundle, loadStagedBundle } from "~/bundle/staging.server";
import {
  RECORD_KIND_LABELS,
  RECORD_KINDS,
  RECORD_STATUS_BADGES,
  RECORD_STATUS_LABELS,
  importResultMessage,
} from "~/bundle/ui";
import { requirePermission, type SessionUser } from "~/accounts/auth.server";
import { formatNumber } from "~/utils/format";
import { notFound } from "~/utils/http.server";
import { redirectWithFlash } from "~/utils/flash.server";

export const meta: MetaFunction = () => [{ title: "Pratinjau impor bundel · SIGAP TPPO" }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: () => [{ label: "Pertukaran Data", to: "/pertukaran-data" }, { label: "Pratinjau impor" }],
};

const PREVIEW_ROWS = 500;

/** The uploader's own staged bundle, or 404 (another user's token does not exist for this user). */
function stagedOr404(user: SessionUser, token: string | undefined) {
  const staged = token ? loadStagedBundle(token, user.id) : null;
  if (!staged) notFound("Bundel yang diunggah tidak ditemukan atau sudah kedaluwarsa (disimpan paling lama 30 menit). Silakan unggah lagi.");
  return staged;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "exchange-bundles");
  const staged = stagedOr404(user, params.token);
  const preview = previewBundle(getDb(), staged.fileName, { kind: "file", path: staged.path }, { scope: user.regionCode, actorId: user.id, maxRecords: PREVIEW_ROWS });
  return json({ token: staged.token, fileName: staged.fileName, scope: user.regionCode, preview });
}

type ActionData = { errors: BundleError[]; errorsOmitted: number };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "exchange-bundles");
  const staged = stagedOr404(user, params.token);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "batal") {
    discardStagedBundle(staged.token);
    return redirect("/pertukaran-data");
  }
  if (intent !== "impor") return json<ActionData>({ errors: [{ path: "(formulir)", message: "Permintaan tidak dikenal." }], errorsOmitted: 0 }, { status: 400 });
  // Validated again from the stored bytes: the preview the browser saw is not trusted.
  const result = importBundles(getDb(), [{ label: staged.fileName, source: { kind: "file", path: staged.path } }], {
    scope: user.regionCode,
    actorId: user.id,
    agencyAnswers: agencyAnswersFromForm(formData),
  });
  const file = result.files[0];
  if (!result.ok) return json<ActionData>({ errors: file.errors, errorsOmitted: file.errorsOmitted }, { status: 400 });
  discardStagedBundle(staged.token);
  return redirectWithFlash("/pertukaran-data", importResultMessage(staged.fileName, file.summary));
}

export default function BundlePreviewPage() {
  const { fileName, scope, preview } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const errors = actionData?.errors ?? preview.errors;
  const errorsOmitted = actionData?.errors ? actionData.errorsOmitted : preview.errorsOmitted;
  const totalErrors = errors.length + errorsOmitted;
  const refused = totalErrors > 0;
  const questions = preview.agencyQuestions;
  const newAgencies = preview.newAgencies.filter((name) => !questions.some((q) => q.name === name));
  return (
    <>
      <section className="panel">
        <h1>Pratinjau impor: {fileName}</h1>
        {refused ? (
          <div className="alert alert-error" role="alert">
            <strong>
              Bundel ditolak: {formatNumber(totalErrors)} kesalahan. Tidak ada data yang akan disimpan.
            </strong>{" "}
            Perbaiki berkas lalu unggah lagi seluruhnya. Setiap kesalahan ditunjukkan dengan letaknya di berkas (jalur JSON).
            <ol className="line-errors" aria-label="Daftar kesalahan">
              {errors.map((e, i) => (
                <li key={i}>
                  <code>{e.path}</code>: {e.message}
                </li>
              ))}
            </ol>
            {errorsOmitted ? <p>... dan {formatNumber(errorsOmitted)} kesalahan lainnya.</p> : null}
          </div>
        ) : (
          <div className="alert alert-info" role="status">
            Bundel valid untuk cakupan {scope ?? "nasional"}. Periksa ringkasan di bawah; data baru disimpan setelah Anda memilih <strong>Impor sekarang</strong>.
          </div>
        )}

        <div className="table-wrap">
          <table>
            <caption className="muted">Ringkasan: apa yang akan terjadi pada setiap data</caption>
            <thead>
              <tr>
                <th scope="col">Jenis data</th>
                <th scope="col">Baru</th>
                <th scope="col">Diperbarui</th>
                <th scope="col">Tidak berubah</th>
                <th scope="col">Ditolak</th>
              </tr>
            </thead>
            <tbody>
              {RECORD_KINDS.map((kind) => (
                <tr key={kind}>
                  <th scope="row">{RECORD_KIND_LABELS[kind]}</th>
                  <td>{formatNumber(preview.summary[kind].created)}</td>
                  <td>{formatNumber(preview.summary[kind].updated)}</td>
                  <td>{formatNumber(preview.summary[kind].unchanged)}</td>
                  <td>{formatNumber(preview.summary[kind].refused)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        {newAgencies.length ? (
          <>
            <h2>Instansi baru</h2>
            <p>
              Nama berikut tidak cocok dengan nama, singkatan atau nama lain instansi mana pun, sehingga akan dicatat sebagai instansi baru. Bila salah satunya sebenarnya
              instansi yang sudah ada, tambahkan nama itu sebagai nama lain instansi tersebut (Admin › Instansi) atau perbaiki berkasnya.
            </p>
            <ul>
              {newAgencies.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </>
        ) : null}

        {refused ? (
          <Form method="post" className="actions-row">
            <button type="submit" name="intent" value="batal" className="button button-secondary">
              Batalkan dan unggah berkas lain
            </button>
          </Form>
        ) : (
          <Form method="post" className="stack">
            {questions.length ? (
              <fieldset className="group">
                <legend>Instansi yang mirip dengan instansi terdaftar</legend>
                <p>
                  Nama berikut tidak terdaftar persis, tetapi mirip dengan instansi yang sudah ada. Pilih instansinya: data tetap mencatat nama seperti tertulis di bundel dan
                  ditautkan ke instansi yang dipilih. Pilih “Buat instansi baru” bila memang instansi lain.
                </p>
                {questions.map((q, i) => (
                  <div className="field" key={q.name}>
                    <input type="hidden" name={`instansiNama-${i}`} value={q.name} />
                    <label htmlFor={`f-instansi-${i}`}>
                      {`“${q.name}” `}
                      <code>{q.path}</code>
                    </label>
                    <select id={`f-instansi-${i}`} name={`instansi-${i}`} defaultValue={q.answer === "new" ? "baru" : String(q.answer ?? q.proposals[0]?.id ?? "baru")}>
                      {q.proposals.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name}
                        </option>
                      ))}
                      <option value="baru">{`Buat instansi baru “${q.name}”`}</option>
                    </select>
                  </div>
                ))}
              </fieldset>
            ) : null}
            <div className="actions-row">
              <button type="submit" name="intent" value="impor" className="button" disabled={busy}>
                {busy ? "Mengimpor..." : "Impor sekarang"}
              </button>
              <button type="submit" name="intent" value="batal" className="button button-secondary" disabled={busy}>
                Batalkan
              </button>
            </div>
          </Form>
        )}
      </section>

      <section className="panel">
        <h2>Rincian data</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Jenis</th>
                <th scope="col">Ref / kunci</th>
                <th scope="col">Judul</th>
                <th scope="col">Letak di berkas</th>
                <th scope="col">Hasil</th>
              </tr>
            </thead>
            <tbody>
              {preview.records.map((r) => (
                <tr key={`${r.kind}:${r.path}`}>
                  <td>{RECORD_KIND_LABELS[r.kind]}</td>
                  <td>
                    <code>{r.key || "–"}</code>
                  </td>
                  <td>{r.title || "–"}</td>
                  <td>
                    <code>{r.path}</code>
                  </td>
                  <td>
                    <span className={RECORD_STATUS_BADGES[r.status]}>{RECORD_STATUS_LABELS[r.status]}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {preview.recordsOmitted ? <p className="muted">... dan {formatNumber(preview.recordsOmitted)} data lainnya (tercakup dalam ringkasan di atas).</p> : null}
        {preview.records.length === 0 ? <p className="empty">Bundel ini tidak memuat data.</p> : null}
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
