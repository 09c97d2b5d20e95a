import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import { Field, FieldError, FormError, SelectField } from "~/components/Field";
import { getDb } from "~/db.server";
import { listAgencyOptions } from "~/accounts/agency.server";
import { readPostedForm } from "~/utils/upload.server";
import { ACCEPTED_EXTENSIONS, checkUpload, fileField, stageFile, type StagedFile } from "~/utils/upload.server";
import {
  TASK_FORCE_WRITERS,
  getTaskForce,
  parseTaskForceForm,
  regionOfParam,
  saveTaskForce,
  taskForceName,
  taskForcePath,
} from "~/task-forces/task-force.server";
import { assertScope, requireRole } from "~/accounts/auth.server";
import { notFound } from "~/utils/http.server";
import { LEGAL_BASIS_LABELS } from "~/utils/labels";
import { todayIn } from "~/utils/time";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Perbarui ${data?.name ?? "Gugus Tugas"} · SIGAP TPPO` }];

/** A secretariat (or admin) keeps its own task force and those below it; anyone else gets 403. */
async function guard(request: Request, param: string | undefined) {
  const user = await requireRole(request, TASK_FORCE_WRITERS);
  const regionCode = regionOfParam(param);
  if (regionCode === undefined) notFound("Gugus Tugas tidak ditemukan.");
  assertScope(user, request, regionCode);
  const view = getTaskForce(getDb(), regionCode) ?? notFound("Wilayah tidak ditemukan.");
  return { user, regionCode, view };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { regionCode, view } = await guard(request, params.kode);
  const tf = view.taskForce;
  const values: Record<string, string> = {
    formed: tf?.formed ? "on" : "",
    legalBasisKind: tf?.legalBasisKind ?? "",
    legalBasisNumber: tf?.legalBasisNumber ?? "",
    legalBasisDate: tf?.legalBasisDate ?? "",
    legalBasisTitle: tf?.legalBasisTitle ?? "",
    subsatgas: view.subsatgas
      .filter((s) => s.formed)
      .map((s) => s.slug)
      .join(", "),
    secretariat: view.secretariatName ?? "",
    contactName: tf?.contactName ?? "",
    contactPhone: tf?.contactPhone ?? "",
    contactEmail: tf?.contactEmail ?? "",
  };
  return json({
    name: taskForceName(view.region),
    path: taskForcePath(regionCode),
    values,
    document: view.document ? { name: view.document.originalName } : null,
    subsatgas: view.subsatgas.map(({ slug, name }) => ({ slug, name })),
    agencyNames: listAgencyOptions(getDb()).map((a) => a.name),
    accept: ACCEPTED_EXTENSIONS,
  });
}

function stringValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of new Set(formData.keys())) {
    values[key] = formData
      .getAll(key)
      .filter((v): v is string => typeof v === "string")
      .join(", ");
  }
  return values;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, regionCode, view } = await guard(request, params.kode);
  const upload = await readPostedForm(request);
  if (!upload.ok) return json({ errors: { dokumen: upload.error } as Record<string, string>, values: null }, { status: 400 });
  const formData = upload.formData;
  // The form always posts its intent: a bare POST must not clear a task force's record.
  if (formData.get("intent") !== "simpan") return json({ errors: { _form: "Formulir tidak lengkap; muat ulang halaman lalu coba lagi." } as Record<string, string>, values: null }, { status: 400 });
  const file = fileField(formData, "dokumen");
  const parsed = parseTaskForceForm(formData, {
    subsatgasSlugs: view.subsatgas.map((s) => s.slug),
    today: todayIn(view.region?.timeZone ?? "Asia/Jakarta"),
    hasNewDocument: Boolean(file),
  });
  const errors: Record<string, string> = parsed.ok ? {} : { ...parsed.errors };
  let bytes: Buffer | null = null;
  let check: ReturnType<typeof checkUpload> | null = null;
  if (file && !errors.dokumen) {
    bytes = Buffer.from(await file.arrayBuffer());
    check = checkUpload(file.name, bytes);
    if (!check.ok) errors.dokumen = check.error;
  }
  if (!parsed.ok || Object.keys(errors).length > 0) {
    if (file && !errors.dokumen) errors.dokumen = "Pilih ulang berkas dokumen setelah kesalahan lain diperbaiki.";
    return json({ errors, values: stringValues(formData) }, { status: 400 });
  }
  let staged: StagedFile | null = null;
  if (file && bytes && check?.ok) staged = stageFile(check, bytes, user.id);
  try {
    saveTaskForce(getDb(), regionCode, parsed.data, user.id, staged);
  } catch (error) {
    staged?.discard();
    throw error;
  }
  return redirect(`${taskForcePath(regionCode)}?tersimpan=1`);
}

export default function EditTaskForcePage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values = actionData?.values ?? data.values;
  const checkedSubsatgas = new Set((values.subsatgas ?? "").split(", ").filter(Boolean));
  const busy = navigation.state === "submitting";
  return (
    <>
      <nav className="breadcrumb" aria-label="Lokasi">
        <Link to="/gugus-tugas">Gugus Tugas Daerah</Link>
        {" › "}
        <Link to={data.path}>{data.name}</Link>
        {" › "}
        <span aria-current="page">Perbarui data</span>
      </nav>
      <section className="panel">
        <h1>Perbarui {data.name}</h1>
        <FormError error={errors._form ?? (Object.keys(errors).length ? "Periksa kembali isian yang ditandai." : undefined)} />
        <Form method="post" encType="multipart/form-data" className="stack" noValidate>
          <input type="hidden" name="intent" value="simpan" />
          <div className="field">
            <label className="checkbox">
              <input type="checkbox" name="formed" defaultChecked={values.formed === "on"} aria-describedby={errors.formed ? "f-formed-error" : undefined} /> Sudah
              terbentuk
            </label>
            <FieldError id="f-formed-error" error={errors.formed} />
          </div>

          <fieldset className="fieldset">
            <legend>Dasar hukum pembentukan</legend>
            <p className="muted">Isi jenis, nomor dan tanggal; kosongkan ketiganya bila dasar hukum belum ada.</p>
            <SelectField
              label="Jenis"
              name="legalBasisKind"
              emptyLabel="— belum ada —"
              options={Object.entries(LEGAL_BASIS_LABELS).map(([value, label]) => ({ value, label }))}
              defaultValue={values.legalBasisKind}
              error={errors.legalBasisKind}
            />
            <div className="form-row">
              <Field type="text" label="Nomor" name="legalBasisNumber" defaultValue={values.legalBasisNumber} error={errors.legalBasisNumber} placeholder="mis. 100.3.3.2/Kep.123-DP3A/2024" />
              <Field label="Tanggal penetapan" name="legalBasisDate" type="date" defaultValue={values.legalBasisDate} error={errors.legalBasisDate} />
            </div>
            <Field type="text" label="Tentang (judul)" name="legalBasisTitle" defaultValue={values.legalBasisTitle} error={errors.legalBasisTitle} placeholder="Pembentukan Gugus Tugas Pencegahan dan Penanganan TPPO" />
            <Field
              label="Dokumen yang ditandatangani"
              name="dokumen"
              type="file"
              accept={data.accept}
              error={errors.dokumen}
              hint={
                data.document
                  ? `Tersimpan: ${data.document.name}. Pilih berkas baru untuk menggantinya. PDF, DOCX, PNG atau JPG, paling besar 25 MB.`
                  : "PDF, DOCX, PNG atau JPG hasil pindaian, paling besar 25 MB."
              }
            />
            {data.document ? (
              <label className="checkbox">
                <input type="checkbox" name="removeDocument" defaultChecked={values.removeDocument === "on"} /> Hapus dokumen tersimpan
              </label>
            ) : null}
          </fieldset>

          <fieldset className="fieldset" aria-describedby={errors.subsatgas ? "f-subsatgas-error" : undefined}>
            <legend>Subsatgas yang sudah terbentuk</legend>
            {data.subsatgas.map((s) => (
              <label key={s.slug} className="checkbox">
                <input type="checkbox" name="subsatgas" value={s.slug} defaultChecked={checkedSubsatgas.has(s.slug)} /> {s.name}
              </label>
            ))}
            <FieldError id="f-subsatgas-error" error={errors.subsatgas} />
          </fieldset>

          <fieldset className="fieldset">
            <legend>Sekretariat dan narahubung</legend>
            <Field
              type="text"
              label="Instansi sekretariat"
              name="secretariat"
              list="agency-names"
              autoComplete="off"
              defaultValue={values.secretariat}
              error={errors.secretariat}
              hint="Perangkat daerah yang menjalankan sekretariat, mis. DP3AKB Kota Balikpapan. Nama baru dicatat sebagai instansi baru."
            />
            <datalist id="agency-names">
              {data.agencyNames.map((n) => (
                <option key={n} value={n} />
              ))}
            </datalist>
            <Field type="text" label="Nama narahubung" name="contactName" defaultValue={values.contactName} error={errors.contactName} autoComplete="off" />
            <div className="form-row">
              <Field label="Telepon" name="contactPhone" type="tel" defaultValue={values.contactPhone} error={errors.contactPhone} />
              <Field label="Email" name="contactEmail" type="email" defaultValue={values.contactEmail} error={errors.contactEmail} />
            </div>
          </fieldset>

          <div className="actions-row">
            <button type="submit" className="button" disabled={busy}>
              {busy ? "Menyimpan..." : "Simpan"}
            </button>
            <Link to={data.path}>Batal</Link>
          </div>
        </Form>
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
