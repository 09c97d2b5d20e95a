import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { AgencyForm } from "~/components/AgencyForm";
import { ErrorMessage } from "~/components/ErrorMessage";
import { getDb } from "~/db.server";
import { agencyFormOptions, submitAgencyForm } from "~/accounts/agency-form.server";
import { requireRole } from "~/accounts/auth.server";

export const meta: MetaFunction = () => [{ title: "Tambah instansi · SIGAP TPPO" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireRole(request, ["admin"]);
  return json({ options: agencyFormOptions(getDb(), admin.regionCode) });
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, ["admin"]);
  const result = submitAgencyForm(getDb(), await request.formData(), null, admin);
  if (!result.ok) return json({ errors: result.errors as Record<string, string>, values: result.values }, { status: 400 });
  return redirect(`/admin/instansi/${result.agency.id}?tersimpan=1`);
}

export default function NewAgencyPage() {
  const { options } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section className="panel">
      <h1>Tambah instansi</h1>
      <AgencyForm values={(actionData?.values ?? {}) as Record<string, string>} errors={actionData?.errors ?? {}} {...options} />
    </section>
  );
}

export const ErrorBoundary = ErrorMessage;
