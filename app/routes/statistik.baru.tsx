import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { CaseStatisticForm } from "~/components/CaseStatisticForm";
import { ErrorMessage } from "~/components/ErrorMessage";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { PrivacyNotice } from "~/components/PrivacyNotice";
import { getDb } from "~/db.server";
import { StatisticSchema, readStatisticAgencyAnswer, saveStatistic, statisticFormOptions } from "~/task-forces/case-statistic.server";
import { assertCan, requirePermission } from "~/accounts/auth.server";
import { parseForm, postedValues } from "~/utils/forms";
import { AGENCY_QUESTIONS_VALUE } from "~/accounts/agency-question";
import { redirectWithFlash } from "~/utils/flash.server";

export const meta: MetaFunction = () => [{ title: "Catat statistik kasus · SIGAP TPPO" }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: () => [{ label: "Statistik Kasus", to: "/statistik" }, { label: "Catat angka" }],
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "write-statistics");
  const db = getDb();
  return json({
    options: statisticFormOptions(db, user.regionCode),
    values: { regionCode: user.regionCode ?? "nasional" } as Record<string, string>,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "write-statistics");
  const formData = await request.formData();
  const form = parseForm(StatisticSchema, formData);
  if (!form.ok) return json({ errors: form.errors, values: form.values }, { status: 400 });
  // A region outside the user's scope is refused outright (the form never offers one).
  assertCan(user, request, "write-statistics", form.data, "new statistics");
  const answer = readStatisticAgencyAnswer(getDb(), formData, form.data.agency);
  if (!answer.ok) return json({ errors: answer.errors, values: { ...postedValues(formData), [AGENCY_QUESTIONS_VALUE]: JSON.stringify(answer.questions) } }, { status: 400 });
  const result = saveStatistic(getDb(), null, form.data, { id: user.id, scope: user.regionCode }, answer.choices);
  if (!result.ok) return json({ errors: result.errors, values: postedValues(formData) }, { status: 400 });
  const back = new URLSearchParams({ dari: form.data.periodStart, sampai: form.data.periodEnd });
  return redirectWithFlash(`/statistik?${back}`, "Entri statistik tersimpan.");
}

export default function NewStatisticPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <section className="panel">
        <h1>Catat angka statistik kasus</h1>
        <PrivacyNotice />
        <p className="muted">
          Satu entri = angka satu instansi untuk satu wilayah dan satu periode (mis. Semester I: 1 Januari s.d. 30 Juni). Periode entri satu instansi di satu wilayah
          tidak boleh tumpang tindih. Banyak entri sekaligus? <Link to="/statistik/unggah">Unggah CSV</Link>.
        </p>
        <CaseStatisticForm
          values={actionData?.values ?? data.values}
          errors={actionData?.errors ?? {}}
          {...data.options}
          submitLabel="Simpan"
        />
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
