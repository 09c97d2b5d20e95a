import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { RakorForm } from "~/components/rakor/RakorForm";
import { getDb } from "~/db.server";
import { rakorFormOptions } from "~/rakor/rakor-form.server";
import { submitNewRakor } from "~/rakor/series.server";
import { RepeatFields } from "~/components/rakor/SeriesFields";
import { requirePermission } from "~/accounts/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";

export const meta: MetaFunction = () => [{ title: "Jadwalkan rakor · SIGAP TPPO" }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: () => [{ label: "Rakor", to: "/rakor" }, { label: "Jadwalkan rakor" }],
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "write-rakor");
  const options = rakorFormOptions(getDb(), user);
  const defaults: Record<string, string> = {
    level: options.defaultLevel,
    regionCode: options.defaultRegion,
    mode: "hybrid",
    status: "scheduled",
    timeZone: options.defaultTimeZone,
    organizer: user.agencyName ?? "",
  };
  return json({ options, defaults });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "write-rakor");
  const result = submitNewRakor(getDb(), await request.formData(), user);
  if (!result.ok) {
    const previewOnly = result.preview && Object.keys(result.errors).length === 0;
    return json({ errors: result.errors as Record<string, string>, values: result.values, preview: result.preview ?? null }, { status: previewOnly ? 200 : 400 });
  }
  return redirectWithFlash(`/rakor/${result.id}`, result.message);
}

export default function NewRakorPage() {
  const { options, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section className="panel">
      <h1>Jadwalkan rakor</h1>
      <p className="muted">Setelah disimpan, tambahkan lokasi, peserta, agenda, bahan dan hasil rapat dari halaman rakor.</p>
      <RakorForm values={actionData?.values ?? defaults} errors={actionData?.errors ?? {}} options={options} submitLabel="Simpan rakor">
        <RepeatFields values={actionData?.values ?? defaults} errors={actionData?.errors ?? {}} preview={actionData?.preview} />
      </RakorForm>
    </section>
  );
}

export const ErrorBoundary = ErrorMessage;
