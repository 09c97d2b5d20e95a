import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { CaseStatisticForm } from "~/components/CaseStatisticForm";
import { ErrorMessage } from "~/components/ErrorMessage";
import { PrivacyNotice } from "~/components/PrivacyNotice";
import { getDb } from "~/db.server";
import { listAgencyOptions } from "~/accounts/agency.server";
import { STATISTIC_WRITERS, StatisticSchema, saveStatistic } from "~/task-forces/case-statistic.server";
import { listRegionsInScope } from "~/task-forces/region.server";
import { assertScope, requireRole } from "~/accounts/auth.server";
import { parseForm } from "~/utils/forms";

export const meta: MetaFunction = () => [{ title: "Catat statistik kasus · SIGAP TPPO" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, STATISTIC_WRITERS);
  const db = getDb();
  return json({
    regions: listRegionsInScope(db, user.regionCode).map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parentCode })),
    allowNational: user.regionCode === null,
    agencyNames: listAgencyOptions(db).map((a) => a.name),
    values: { regionCode: user.regionCode ?? "nasional" } as Record<string, string>,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, STATISTIC_WRITERS);
  const formData = await request.formData();
  const form = parseForm(StatisticSchema, formData);
  if (!form.ok) return json({ errors: form.errors, values: form.values }, { status: 400 });
  // A region outside the user's scope is refused outright (the form never offers one).
  assertScope(user, request, form.data.regionCode);
  const result = saveStatistic(getDb(), null, form.data, { id: user.id, scope: user.regionCode });
  if (!result.ok) return json({ errors: result.errors, values: Object.fromEntries([...formData].filter((e): e is [string, string] => typeof e[1] === "string")) }, { status: 400 });
  const back = new URLSearchParams({ dari: form.data.periodStart, sampai: form.data.periodEnd, tersimpan: "1" });
  return redirect(`/statistik?${back}`);
}

export default function NewStatisticPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <nav className="breadcrumb" aria-label="Lokasi">
        <Link to="/statistik">Statistik Kasus</Link> › <span aria-current="page">Catat angka</span>
      </nav>
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
          regions={data.regions}
          allowNational={data.allowNational}
          agencyNames={data.agencyNames}
          submitLabel="Simpan"
        />
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
