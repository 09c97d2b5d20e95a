import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import { RakorForm } from "~/components/rakor/RakorForm";
import { RakorHead, rakorBreadcrumbs } from "~/components/rakor/RakorHead";
import { getDb } from "~/db.server";
import { requireRakorWriter } from "~/rakor/rakor-access.server";
import { rakorFormOptions, rakorFormValues, submitRakorForm } from "~/rakor/rakor-form.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { loadSeriesPanel, submitOccurrenceForm } from "~/rakor/series.server";
import { EditScopeFields } from "~/components/rakor/SeriesFields";
import { MinutesLock } from "~/components/rakor/MinutesLock";
import { minutesLockMessage, requireMinutesOpen, withMinutesLock } from "~/rakor/minutes.server";

export const meta: MetaFunction = () => [{ title: "Ubah data rakor · SIGAP TPPO" }];

export const handle = rakorBreadcrumbs("Data rakor");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, rakor } = await requireRakorWriter(request, params.id);
  return json({ rakor, values: rakorFormValues(rakor), options: rakorFormOptions(getDb(), user), series: loadSeriesPanel(getDb(), rakor), lockMessage: minutesLockMessage(getDb(), rakor) });
}

// Approved minutes lock every printed field of the rakor, its status included: they can only be
// approved once it was held, and reopening them unlocks the form.
export async function action(args: ActionFunctionArgs) {
  return withMinutesLock(getDb, args, async ({ request, params }) => {
    const { user, rakor } = await requireRakorWriter(request, params.id);
    requireMinutesOpen(getDb(), rakor);
    const formData = await request.formData();
    if (rakor.seriesId !== null) {
      const result = submitOccurrenceForm(getDb(), formData, user, rakor);
      if (!result.ok) return json({ errors: result.errors as Record<string, string>, values: result.values }, { status: 400 });
      return redirectWithFlash(`/rakor/${rakor.id}`, result.message);
    }
    const result = submitRakorForm(getDb(), formData, user, rakor.id);
    if (!result.ok) return json({ errors: result.errors as Record<string, string>, values: result.values }, { status: 400 });
    return redirectWithFlash(`/rakor/${rakor.id}`, "Perubahan data rakor tersimpan.");
  });
}

export default function EditRakorPage() {
  const { rakor, values, options, series, lockMessage } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <RakorHead rakor={rakor} canWrite page="Data rakor" />
      <section className="panel">
        <MinutesLock message={lockMessage}>
          <RakorForm values={actionData?.values ?? values} errors={actionData?.errors ?? {}} options={options} submitLabel="Simpan perubahan">
            {series ? <EditScopeFields value={actionData?.values?.lingkup} error={actionData?.errors?.lingkup} label={`${series.label}, ${series.pattern}.`} /> : null}
          </RakorForm>
        </MinutesLock>
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
