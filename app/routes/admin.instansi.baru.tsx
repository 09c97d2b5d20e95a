import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { AgencyForm } from "~/components/AgencyForm";
import { ErrorMessage } from "~/components/ErrorMessage";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { getDb } from "~/db.server";
import { agencyFormOptions, submitAgencyForm } from "~/accounts/agency-form.server";
import { requirePermission } from "~/accounts/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";

export const meta: MetaFunction = () => [{ title: "Tambah instansi · SIGAP TPPO" }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: () => [{ label: "Instansi", to: "/admin/instansi" }, { label: "Tambah instansi" }],
};

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "manage-agencies");
  return json({ options: agencyFormOptions(getDb(), admin.regionCode) });
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "manage-agencies");
  const result = submitAgencyForm(getDb(), await request.formData(), null, admin);
  if (!result.ok) return json({ errors: result.errors, values: result.values }, { status: 400 });
  return redirectWithFlash(`/admin/instansi/${result.agency.id}`, "Instansi ditambahkan.");
}

export default function NewAgencyPage() {
  const { options } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section className="panel">
      <h1>Tambah instansi</h1>
      <AgencyForm values={actionData?.values ?? { active: "on" }} errors={actionData?.errors ?? {}} {...options} />
    </section>
  );
}

export const ErrorBoundary = ErrorMessage;
