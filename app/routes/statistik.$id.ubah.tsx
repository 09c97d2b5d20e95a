import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CaseStatisticForm } from "~/components/CaseStatisticForm";
import { ErrorMessage } from "~/components/ErrorMessage";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { PrivacyNotice } from "~/components/PrivacyNotice";
import { getDb } from "~/db.server";
import { StatisticSchema, readStatisticAgencyAnswer, deleteStatistic, getStatistic, saveStatistic, statisticFormOptions } from "~/task-forces/case-statistic.server";
import { assertCan, requirePermission } from "~/accounts/auth.server";
import { FIGURE_KEYS } from "~/task-forces/case-figures";
import { formatCalendarDate } from "~/utils/period";
import { parseForm, postedValues } from "~/utils/forms";
import { AGENCY_QUESTIONS_VALUE } from "~/accounts/agency-question";
import { idParam, notFound } from "~/utils/http.server";
import { redirectWithFlash } from "~/utils/flash.server";

export const meta: MetaFunction = () => [{ title: "Ubah statistik kasus · SIGAP TPPO" }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: (data) => [{ label: "Statistik Kasus", to: "/statistik" }, { label: `Entri #${data.entry.id}` }],
};

/** Secretariats and admins correct entries of regions within their scope. */
async function guard(request: Request, param: string | undefined) {
  const user = await requirePermission(request, "write-statistics");
  const entry = getStatistic(getDb(), idParam(param)) ?? notFound("Entri statistik tidak ditemukan.");
  assertCan(user, request, "write-statistics", entry, `statistics ${entry.id}`);
  return { user, entry };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, entry } = await guard(request, params.id);
  const db = getDb();
  const values: Record<string, string> = {
    periodStart: entry.periodStart,
    periodEnd: entry.periodEnd,
    regionCode: entry.regionCode ?? "nasional",
    agency: entry.agencyName,
    ...Object.fromEntries(FIGURE_KEYS.map((k) => [k, String(entry[k])])),
  };
  return json({
    entry: { id: entry.id, label: `${entry.agencyName}, ${entry.regionName ?? "Nasional"}, ${formatCalendarDate(entry.periodStart)} s.d. ${formatCalendarDate(entry.periodEnd)}` },
    values,
    options: statisticFormOptions(db, user.regionCode),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, entry } = await guard(request, params.id);
  const db = getDb();
  const formData = await request.formData();
  if (formData.get("intent") === "hapus") {
    deleteStatistic(db, entry.id, user.id);
    return redirectWithFlash("/statistik", "Entri statistik dihapus.");
  }
  if (formData.get("intent") !== "simpan") return json({ errors: { _form: "Formulir tidak lengkap; muat ulang halaman lalu coba lagi." } as Record<string, string>, values: null }, { status: 400 });
  const form = parseForm(StatisticSchema, formData);
  if (!form.ok) return json({ errors: form.errors, values: form.values }, { status: 400 });
  assertCan(user, request, "write-statistics", form.data, `statistics ${entry.id}`);
  const answer = readStatisticAgencyAnswer(db, formData, form.data.agency);
  if (!answer.ok) return json({ errors: answer.errors, values: { ...postedValues(formData), [AGENCY_QUESTIONS_VALUE]: JSON.stringify(answer.questions) } }, { status: 400 });
  const result = saveStatistic(db, entry.id, form.data, { id: user.id, scope: user.regionCode }, answer.choices);
  if (!result.ok) return json({ errors: result.errors, values: postedValues(formData) }, { status: 400 });
  const back = new URLSearchParams({ dari: form.data.periodStart, sampai: form.data.periodEnd });
  return redirectWithFlash(`/statistik?${back}`, "Entri statistik tersimpan.");
}

export default function EditStatisticPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <section className="panel">
        <h1>Ubah entri #{data.entry.id}</h1>
        <p className="muted">{data.entry.label}</p>
        <PrivacyNotice />
        <CaseStatisticForm
          values={actionData?.values ?? data.values}
          errors={actionData?.errors ?? {}}
          {...data.options}
          submitLabel="Simpan koreksi"
        />
      </section>
      <section className="panel">
        <h2>Hapus entri</h2>
        <p className="muted">Hapus hanya entri yang tercatat keliru (mis. ganda). Penghapusan tercatat di log audit beserta angkanya.</p>
        <Form method="post">
          <input type="hidden" name="intent" value="hapus" />
          <button type="submit" className="button button-danger">
            Hapus entri #{data.entry.id}
          </button>
        </Form>
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
