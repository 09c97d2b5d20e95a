import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { AgencyForm } from "~/components/AgencyForm";
import { ErrorMessage } from "~/components/ErrorMessage";
import { getDb } from "~/db.server";
import { agencyFormOptions, submitAgencyForm } from "~/accounts/agency-form.server";
import { getAgency } from "~/accounts/agency.server";
import { assertScope, requireRole } from "~/accounts/auth.server";
import { idParam, notFound } from "~/utils/http.server";

export const meta: MetaFunction = () => [{ title: "Ubah instansi · SIGAP TPPO" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const admin = await requireRole(request, ["admin"]);
  const db = getDb();
  const agency = getAgency(db, idParam(params.agencyId)) ?? notFound("Instansi tidak ditemukan.");
  return json({ agency, options: agencyFormOptions(db, admin.regionCode) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireRole(request, ["admin"]);
  const db = getDb();
  const agency = getAgency(db, idParam(params.agencyId)) ?? notFound("Instansi tidak ditemukan.");
  assertScope(admin, request, agency.regionCode);
  const result = submitAgencyForm(db, await request.formData(), agency.id, admin);
  if (!result.ok) return json({ errors: result.errors as Record<string, string>, values: result.values }, { status: 400 });
  return redirect(`/admin/instansi/${agency.id}?tersimpan=1`);
}

export default function EditAgencyPage() {
  const { agency, options } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const values = actionData?.values ?? { ...agency, aliases: agency.aliases.join("\n") };
  return (
    <section className="panel">
      <h1>Ubah instansi</h1>
      {params.get("tersimpan") && !actionData ? (
        <div className="alert alert-ok" role="status">
          Perubahan tersimpan.
        </div>
      ) : null}
      <AgencyForm values={values as Record<string, string | boolean>} errors={actionData?.errors ?? {}} {...options} />
    </section>
  );
}

export const ErrorBoundary = ErrorMessage;
