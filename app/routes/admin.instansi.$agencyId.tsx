import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { AgencyForm } from "~/components/AgencyForm";
import { ErrorMessage } from "~/components/ErrorMessage";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { getDb } from "~/db.server";
import { agencyFormOptions, agencyFormValues, submitAgencyForm } from "~/accounts/agency-form.server";
import { getAgency, listAgencyOptions } from "~/accounts/agency.server";
import { mergeAgencies } from "~/accounts/agency-merge.server";
import { SelectField } from "~/components/Field";
import { assertCan, requirePermission } from "~/accounts/auth.server";
import { idParam, notFound } from "~/utils/http.server";
import { redirectWithFlash } from "~/utils/flash.server";

export const meta: MetaFunction = () => [{ title: "Ubah instansi · SIGAP TPPO" }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: (data) => [{ label: "Instansi", to: "/admin/instansi" }, { label: data.agency.name }],
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "manage-agencies");
  const db = getDb();
  const agency = getAgency(db, idParam(params.agencyId)) ?? notFound("Instansi tidak ditemukan.");
  const mergeTargets = listAgencyOptions(db).filter((a) => a.id !== agency.id);
  return json({ agency, values: agencyFormValues(agency), options: agencyFormOptions(db, admin.regionCode), mergeTargets });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "manage-agencies");
  const db = getDb();
  const agency = getAgency(db, idParam(params.agencyId)) ?? notFound("Instansi tidak ditemukan.");
  assertCan(admin, request, "manage-agencies", agency, `agency ${agency.id}`);
  const formData = await request.formData();
  if (formData.get("intent") === "gabung") {
    const targetId = Number(formData.get("target"));
    const target = Number.isInteger(targetId) ? getAgency(db, targetId) : undefined;
    if (!target) return json({ merge: true, errors: { target: "Pilih instansi tujuan dari daftar." } as Record<string, string>, values: null }, { status: 400 });
    assertCan(admin, request, "manage-agencies", target, `agency ${target.id}`);
    const merged = mergeAgencies(db, agency.id, target.id, admin.id);
    if (!merged.ok) return json({ merge: true, errors: { target: merged.message } as Record<string, string>, values: null }, { status: 400 });
    return redirectWithFlash(`/admin/instansi/${target.id}`, `“${agency.name}” digabungkan ke instansi ini; namanya kini nama lain instansi ini. Nama yang tertulis pada data tetap.`);
  }
  const result = submitAgencyForm(db, formData, agency.id, admin);
  if (!result.ok) return json({ merge: false, errors: result.errors as Record<string, string>, values: result.values as Record<string, string> | null }, { status: 400 });
  return redirectWithFlash(`/admin/instansi/${agency.id}`, "Perubahan instansi tersimpan.");
}

export default function EditAgencyPage() {
  const { agency, values: stored, options, mergeTargets } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const merging = actionData?.merge === true;
  const values = actionData?.values ?? stored;
  const mergeError = merging ? actionData.errors.target : undefined;
  return (
    <>
      <section className="panel">
        <h1>Ubah instansi</h1>
        <AgencyForm values={values} errors={merging ? {} : (actionData?.errors ?? {})} {...options} />
      </section>
      <section className="panel">
        <h2>Gabungkan ke instansi lain</h2>
        <p className="muted">
          Bila “{agency.name}” sebenarnya instansi yang sama dengan instansi lain, gabungkan: peserta, rakor, lokasi, rencana aksi, pengguna, statistik kasus dan gugus tugas
          dipindahkan ke instansi tujuan, nama yang tertulis pada data tetap seperti semula, dan “{agency.name}” menjadi nama lain instansi tujuan. Instansi ini lalu dihapus.
        </p>
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="gabung" />
          <SelectField
            label="Gabungkan ke"
            name="target"
            emptyLabel="(pilih instansi tujuan)"
            error={mergeError}
            options={mergeTargets.map((a) => ({ value: String(a.id), label: a.name }))}
          />
          <div className="actions-row">
            <button type="submit" className="button button-danger">
              Gabungkan instansi
            </button>
          </div>
        </Form>
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
