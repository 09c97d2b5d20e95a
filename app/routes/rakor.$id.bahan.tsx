import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation, useSearchParams } from "@remix-run/react";
import { MATERIAL_KINDS } from "../../db/schema";
import { ErrorMessage } from "~/components/ErrorMessage";
import { ErrorSummary, Field, SelectField } from "~/components/Field";
import { MoveButtons } from "~/components/rakor/MoveButtons";
import { RakorHead, rakorBreadcrumbs } from "~/components/rakor/RakorHead";
import { getDb } from "~/db.server";
import { ACCEPTED_EXTENSIONS, checkUpload, fileField, readUploadForm, stageFile } from "~/utils/upload.server";
import { requireRakorWriter } from "~/rakor/rakor-access.server";
import { MaterialSchema, materialSchema, postedDirection, postedId, postedIntent, unknownIntent } from "~/rakor/rakor-form.server";
import { addMaterial, deleteMaterial, listMaterials, moveMaterial, removeStoredBytes, updateMaterial } from "~/rakor/rakor.server";
import { parseForm, postedValues } from "~/utils/forms";
import { notFound } from "~/utils/http.server";
import { MATERIAL_KIND_LABELS } from "~/utils/labels";
import { formatBytes, safeHref } from "~/rakor/rakor-format";
import { redirectWithFlash } from "~/utils/flash.server";

export const meta: MetaFunction = () => [{ title: "Bahan rakor · SIGAP TPPO" }];

export const handle = rakorBreadcrumbs("Bahan");

const MESSAGES = { diunggah: "Berkas diunggah.", ditambah: "Tautan bahan dicatat.", diubah: "Bahan diubah.", dihapus: "Bahan dihapus." } as const;
const KIND_OPTIONS = MATERIAL_KINDS.map((k) => ({ value: k, label: MATERIAL_KIND_LABELS[k] }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { rakor } = await requireRakorWriter(request, params.id);
  return json({ rakor, materials: listMaterials(getDb(), rakor.id), accept: ACCEPTED_EXTENSIONS });
}

type Result = { intent: string; id: number | null; errors: Record<string, string>; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, rakor } = await requireRakorWriter(request, params.id);
  const db = getDb();
  const back = (message: keyof typeof MESSAGES) => redirectWithFlash(`/rakor/${rakor.id}/bahan`, MESSAGES[message]);
  const fail = (r: Result, status = 400) => json(r, { status });

  if ((request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) {
    // The upload form: the file is checked by its content (file.server.ts), never by its name.
    const upload = await readUploadForm(request);
    if (!upload.ok) return fail({ intent: "upload", id: null, errors: { file: upload.error }, values: {} });
    const formData = upload.formData;
    const form = parseForm(MaterialSchema, formData);
    const values = postedValues(formData);
    const errors: Record<string, string> = form.ok ? {} : { ...form.errors };
    const file = fileField(formData, "file");
    let checked: ReturnType<typeof checkUpload> | null = null;
    let bytes: Buffer | null = null;
    if (!file) errors.file ??= "Pilih berkas yang akan diunggah.";
    else {
      bytes = Buffer.from(await file.arrayBuffer());
      checked = checkUpload(file.name, bytes);
      if (!checked.ok) errors.file ??= checked.error;
    }
    if (!form.ok || Object.keys(errors).length || !checked?.ok || !bytes) return fail({ intent: "upload", id: null, errors, values });
    const title = form.data.title ?? checked.name.replace(/\.[^.]+$/, "");
    const staged = stageFile(checked, bytes, user.id);
    addMaterial(db, rakor.id, { title, kind: form.data.kind, url: null }, staged, user.id);
    return back("diunggah");
  }

  const formData = await request.formData();
  const intent = postedIntent(formData);
  switch (intent) {
    case "link": {
      const form = parseForm(materialSchema(true), formData);
      if (!form.ok) return fail({ intent, id: null, errors: form.errors, values: form.values });
      addMaterial(db, rakor.id, form.data, null, user.id);
      return back("ditambah");
    }
    case "update": {
      const id = postedId(formData);
      const current = listMaterials(db, rakor.id).find((m) => m.id === id) ?? notFound("Bahan tidak ditemukan.");
      const form = parseForm(materialSchema(!current.fileId), formData);
      if (!form.ok) return fail({ intent, id, errors: form.errors, values: form.values });
      updateMaterial(db, rakor.id, id, form.data, user.id);
      return back("diubah");
    }
    case "delete": {
      const removed = deleteMaterial(db, rakor.id, postedId(formData), user.id);
      if (!removed) notFound("Bahan tidak ditemukan.");
      if (removed.storageKey) removeStoredBytes(removed.storageKey);
      return back("dihapus");
    }
    case "move":
      if (!moveMaterial(db, rakor.id, postedId(formData), postedDirection(formData), user.id)) notFound("Bahan tidak ditemukan.");
      return redirect(`/rakor/${rakor.id}/bahan`);
    default:
      unknownIntent();
  }
}

function EditForm({ id, values, errors, hasFile }: { id: number; values: Record<string, string>; errors: Record<string, string>; hasFile: boolean }) {
  return (
    <Form method="post" className="stack wide" noValidate>
      <input type="hidden" name="intent" value="update" />
      <input type="hidden" name="id" value={id} />
      <ErrorSummary errors={errors} idSuffix={String(id)} />
      <div className="form-grid">
        <Field label="Judul bahan" name="title" id={`f-title-${id}`} defaultValue={values.title} error={errors.title} autoComplete="off" />
        <SelectField label="Jenis" name="kind" id={`f-kind-${id}`} defaultValue={values.kind} error={errors.kind} options={KIND_OPTIONS} />
        {hasFile ? null : <Field label="Tautan" name="url" id={`f-url-${id}`} type="url" defaultValue={values.url} error={errors.url} autoComplete="off" />}
      </div>
      <div className="actions-row">
        <button type="submit" className="button">
          Simpan
        </button>
        <Link to="." className="button button-secondary">
          Batal
        </Link>
      </div>
    </Form>
  );
}

export default function MaterialsPage() {
  const { rakor, materials, accept } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as Result | undefined;
  const [params] = useSearchParams();
  const location = useLocation();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const editing = Number(params.get("ubah")) || (actionData?.intent === "update" ? actionData.id : null);
  const errorsFor = (intent: string, id: number | null) => (actionData && actionData.intent === intent && (actionData.id ?? null) === id ? actionData : null);
  const upload = errorsFor("upload", null);
  const link = errorsFor("link", null);
  return (
    <>
      <RakorHead rakor={rakor} canWrite page="Bahan rakor" />
      <section className="panel">
        {materials.length === 0 ? (
          <p className="empty">Belum ada bahan.</p>
        ) : (
          <ol className="item-list">
            {materials.map((m, i) => (
              <li key={m.id}>
                {editing === m.id ? (
                  <div className="item-body">
                    <EditForm id={m.id} hasFile={!!m.fileId} values={errorsFor("update", m.id)?.values ?? { title: m.title, kind: m.kind, url: m.url ?? "" }} errors={errorsFor("update", m.id)?.errors ?? {}} />
                  </div>
                ) : (
                  <>
                    <div className="item-body">
                      <span className="item-no">{`${i + 1}.`}</span>
                      {m.file ? (
                        <a href={`/rakor/${rakor.id}/bahan/${m.id}`} download>
                          {m.title}
                        </a>
                      ) : safeHref(m.url) ? (
                        <a href={safeHref(m.url)!} rel="noopener noreferrer" target="_blank">
                          {m.title}
                        </a>
                      ) : (
                        m.title
                      )}{" "}
                      <span className="badge badge-not_started">{MATERIAL_KIND_LABELS[m.kind]}</span>
                      <div className="muted">{m.file ? `${m.file.originalName} · ${formatBytes(m.file.size)}` : m.url}</div>
                    </div>
                    <span className="actions-row">
                      <Link to={`?ubah=${m.id}`} className="button button-secondary button-small" aria-label={`Ubah ${m.title}`}>
                        Ubah
                      </Link>
                      <MoveButtons id={m.id} label={m.title} first={i === 0} last={i === materials.length - 1} moveIntent="move" deleteIntent="delete" deleteConfirm={`Hapus bahan "${m.title}"?`} />
                    </span>
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="panel">
        <h2>Unggah berkas</h2>
        <p className="muted">PDF, DOCX, PPTX, XLSX, PNG atau JPG, paling besar 25 MB. Isi berkas diperiksa, bukan hanya namanya.</p>
        <Form method="post" encType="multipart/form-data" className="stack wide" noValidate key={`u-${location.key}`}>
          <ErrorSummary errors={upload?.errors} title="Berkas belum diunggah; periksa isian yang ditandai." idSuffix="upload" />
          <div className="form-grid">
            <Field label="Berkas" name="file" id="f-file-upload" type="file" accept={accept} error={upload?.errors.file} />
            <Field label="Judul bahan (boleh kosong: memakai nama berkas)" name="title" id="f-title-upload" defaultValue={upload?.values.title} error={upload?.errors.title} autoComplete="off" />
            <SelectField label="Jenis" name="kind" id="f-kind-upload" defaultValue={upload?.values.kind ?? "presentation"} error={upload?.errors.kind} options={KIND_OPTIONS} />
          </div>
          <div>
            <button type="submit" className="button" disabled={busy}>
              {busy ? "Mengunggah..." : "Unggah"}
            </button>
          </div>
        </Form>
      </section>
      <section className="panel">
        <h2>Catat tautan</h2>
        <p className="muted">Untuk bahan yang tersimpan di tempat lain, misalnya peraturan di JDIH.</p>
        <Form method="post" className="stack wide" noValidate key={`l-${location.key}`}>
          <input type="hidden" name="intent" value="link" />
          <ErrorSummary errors={link?.errors} idSuffix="link" />
          <div className="form-grid">
            <Field label="Judul bahan" name="title" id="f-title-link" defaultValue={link?.values.title} error={link?.errors.title} autoComplete="off" />
            <SelectField label="Jenis" name="kind" id="f-kind-link" defaultValue={link?.values.kind ?? "regulation"} error={link?.errors.kind} options={KIND_OPTIONS} />
            <Field label="Tautan" name="url" id="f-url-link" type="url" defaultValue={link?.values.url} error={link?.errors.url} autoComplete="off" hint="Alamat lengkap, diawali https://" />
          </div>
          <div>
            <button type="submit" className="button button-secondary" disabled={busy}>
              Catat tautan
            </button>
          </div>
        </Form>
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
