import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { ErrorSummary, Field, FieldError, fieldAria, SelectField } from "~/components/Field";
import { getDb } from "~/db.server";
import { listAgencyOptions } from "~/accounts/agency.server";
import { readAgencyAnswers } from "~/accounts/agency-choice.server";
import { AGENCY_QUESTIONS_VALUE, questionsFromValues } from "~/accounts/agency-question";
import { AgencyQuestions } from "~/components/AgencyQuestions";
import { postedValues } from "~/utils/forms";
import { readPostedForm } from "~/utils/upload.server";
import { ACCEPTED_EXTENSIONS, checkUpload, fileField, stageFile, type StagedFile } from "~/utils/upload.server";
import {
  getTaskForce,
  parseTaskForceForm,
  regionOfParam,
  saveTaskForce,
  taskForceName,
  taskForcePath,
} from "~/task-forces/task-force.server";
import { assertCan, requirePermission } from "~/accounts/auth.server";
import { notFound } from "~/utils/http.server";
import { LEGAL_BASIS_LABELS } from "~/utils/labels";
import { todayIn } from "~/utils/period";
import { redirectWithFlash } from "~/utils/flash.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Perbarui ${data?.name ?? "Gugus Tugas"} · SIGAP TPPO` }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: (data) => [
    { label: "Gugus Tugas", to: "/gugus-tugas" },
    ...(data.parent ? [{ label: data.parent.name, to: data.parent.path }] : []),
    { label: data.regionName, to: data.path },
    { label: "Perbarui data" },
  ],
};

/** A secretariat (or admin) keeps its own task force and those below it; anyone else gets 403. */
async function guard(request: Request, param: string | undefined) {
  const user = await requirePermission(request, "write-task-forces");
  const regionCode = regionOfParam(param);
  if (regionCode === undefined) notFound("Gugus Tugas tidak ditemukan.");
  assertCan(user, request, "write-task-forces", { regionCode }, `task force ${regionCode ?? "nasional"}`);
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
    regionName: view.region?.name ?? "Nasional",
    parent: view.parent ? { name: view.parent.name, path: taskForcePath(view.parent.code) } : null,
    values,
    document: view.document ? { name: view.document.originalName } : null,
    subsatgas: view.subsatgas.map(({ slug, name }) => ({ slug, name })),
    agencyNames: listAgencyOptions(getDb()).map((a) => a.name),
    accept: ACCEPTED_EXTENSIONS,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, regionCode, view } = await guard(request, params.kode);
  const upload = await readPostedForm(request);
  if (!upload.ok) return json({ errors: { dokumen: upload.error } as Record<string, string>, values: null }, { status: 400 });
  const formData = upload.formData;
  // The form always posts its intent: a bare POST must not clear a task force's record.
  if (formData.get("intent") !== "simpan") return json({ errors: { _form: "Formulir tidak lengkap; muat ulang halaman lalu coba lagi." } as Record<string, string>, values: null }, { status: 400 });
  const file = fileField(formData, "dokumen");
  const bytes = file ? Buffer.from(await file.arrayBuffer()) : null;
  const check = file && bytes ? checkUpload(file.name, bytes) : null;
  const parsed = parseTaskForceForm(formData, {
    subsatgasSlugs: view.subsatgas.map((s) => s.slug),
    today: todayIn(view.region?.timeZone ?? "Asia/Jakarta"),
    hasNewDocument: Boolean(file),
    documentError: check && !check.ok ? check.error : undefined,
  });
  if (!parsed.ok) {
    // A browser cannot keep a chosen file across the round trip.
    const errors = file && !parsed.errors.dokumen ? { ...parsed.errors, dokumen: "Pilih ulang berkas dokumen setelah kesalahan lain diperbaiki." } : parsed.errors;
    return json({ errors, values: parsed.values }, { status: 400 });
  }
  // A secretariat resembling a registered agency is asked about first; its stored name keeps its link.
  const tf = view.taskForce;
  const answers = readAgencyAnswers(getDb(), formData, { secretariat: parsed.data.secretariat }, tf ? [{ name: tf.secretariatAgencyName, agencyId: tf.secretariatAgencyId }] : []);
  if (!answers.ok) {
    const errors = file ? { ...answers.errors, dokumen: "Pilih ulang berkas dokumen setelah pertanyaan instansi dijawab." } : answers.errors;
    return json({ errors, values: { ...postedValues(formData), [AGENCY_QUESTIONS_VALUE]: JSON.stringify(answers.questions) } as Record<string, string> }, { status: 400 });
  }
  const staged: StagedFile | null = file && bytes && check?.ok ? stageFile(check, bytes, user.id) : null;
  try {
    saveTaskForce(getDb(), regionCode, parsed.data, user.id, staged, answers.choices);
  } catch (error) {
    staged?.discard();
    throw error;
  }
  return redirectWithFlash(taskForcePath(regionCode), "Data Gugus Tugas tersimpan.");
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
      <section className="panel">
        <h1>Perbarui {data.name}</h1>
        <Form method="post" encType="multipart/form-data" className="stack" noValidate>
          <ErrorSummary errors={errors} title="Periksa kembali isian yang ditandai." />
          <input type="hidden" name="intent" value="simpan" />
          <div className="field">
            <label className="checkbox">
              <input type="checkbox" id="f-formed" name="formed" defaultChecked={values.formed === "on"} {...fieldAria("f-formed", errors.formed)} /> Sudah
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

          <fieldset className="fieldset" id="f-subsatgas">
            <legend>Subsatgas yang sudah terbentuk</legend>
            {data.subsatgas.map((s) => (
              <label key={s.slug} className="checkbox">
                <input type="checkbox" name="subsatgas" value={s.slug} defaultChecked={checkedSubsatgas.has(s.slug)} {...fieldAria("f-subsatgas", errors.subsatgas)} /> {s.name}
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
              hint="Perangkat daerah yang menjalankan sekretariat, mis. DP3AKB Kota Balikpapan, tercatat seperti ditulis. Nama yang mirip instansi terdaftar ditanyakan dulu; nama baru dicatat sebagai instansi baru."
            />
            <AgencyQuestions questions={questionsFromValues(values)} />
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
