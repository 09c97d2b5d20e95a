import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { AgencyForm } from "~/components/AgencyForm";
import { ErrorMessage } from "~/components/ErrorMessage";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { getDb } from "~/db.server";
import { agencyFormOptions, agencyFormValues, submitAgencyForm } from "~/accounts/agency-form.server";
import { getAgency } from "~/accounts/agency.server";
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
  return json({ agency, values: agencyFormValues(agency), options: agencyFormOptions(db, admin.regionCode) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "manage-agencies");
  const db = getDb();
  const agency = getAgency(db, idParam(params.agencyId)) ?? notFound("Instansi tidak ditemukan.");
  assertCan(admin, request, "manage-agencies", agency, `agency ${agency.id}`);
  const result = submitAgencyForm(db, await request.formData(), agency.id, admin);
  if (!result.ok) return json({ errors: result.errors, values: result.values }, { status: 400 });
  return redirectWithFlash(`/admin/instansi/${agency.id}`, "Perubahan instansi tersimpan.");
}

export default function EditAgencyPage() {
  const { values: stored, options } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const values = actionData?.values ?? stored;
  return (
    <section className="panel">
      <h1>Ubah instansi</h1>
      <AgencyForm values={values} errors={actionData?.errors ?? {}} {...options} />
    </section>
  );
}

export const ErrorBoundary = ErrorMessage;
