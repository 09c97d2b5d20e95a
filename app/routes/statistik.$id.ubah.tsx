import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CaseStatisticForm } from "~/components/CaseStatisticForm";
import { ErrorMessage } from "~/components/ErrorMessage";
import { PrivacyNotice } from "~/components/PrivacyNotice";
import { getDb } from "~/db.server";
import { listAgencyOptions } from "~/accounts/agency.server";
import { STATISTIC_WRITERS, StatisticSchema, deleteStatistic, getStatistic, saveStatistic } from "~/task-forces/case-statistic.server";
import { listRegionsInScope } from "~/task-forces/region.server";
import { assertScope, requireRole } from "~/accounts/auth.server";
import { FIGURE_KEYS } from "~/task-forces/case-figures";
import { formatCalendarDate } from "~/utils/format";
import { parseForm } from "~/utils/forms";
import { idParam, notFound } from "~/utils/http.server";

export const meta: MetaFunction = () => [{ title: "Ubah statistik kasus · SIGAP TPPO" }];

/** Secretariats and admins correct entries of regions within their scope. */
async function guard(request: Request, param: string | undefined) {
  const user = await requireRole(request, STATISTIC_WRITERS);
  const entry = getStatistic(getDb(), idParam(param)) ?? notFound("Entri statistik tidak ditemukan.");
  assertScope(user, request, entry.regionCode);
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
    regions: listRegionsInScope(db, user.regionCode).map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parentCode })),
    allowNational: user.regionCode === null,
    agencyNames: listAgencyOptions(db).map((a) => a.name),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, entry } = await guard(request, params.id);
  const db = getDb();
  const formData = await request.formData();
  if (formData.get("intent") === "hapus") {
    deleteStatistic(db, entry.id, user.id);
    return redirect("/statistik?dihapus=1");
  }
  if (formData.get("intent") !== "simpan") return json({ errors: { _form: "Formulir tidak lengkap; muat ulang halaman lalu coba lagi." } as Record<string, string>, values: null }, { status: 400 });
  const form = parseForm(StatisticSchema, formData);
  if (!form.ok) return json({ errors: form.errors, values: form.values }, { status: 400 });
  assertScope(user, request, form.data.regionCode);
  const result = saveStatistic(db, entry.id, form.data, { id: user.id, scope: user.regionCode });
  if (!result.ok) return json({ errors: result.errors, values: Object.fromEntries([...formData].filter((e): e is [string, string] => typeof e[1] === "string")) }, { status: 400 });
  const back = new URLSearchParams({ dari: form.data.periodStart, sampai: form.data.periodEnd, tersimpan: "1" });
  return redirect(`/statistik?${back}`);
}

export default function EditStatisticPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <nav className="breadcrumb" aria-label="Lokasi">
        <Link to="/statistik">Statistik Kasus</Link> › <span aria-current="page">Entri #{data.entry.id}</span>
      </nav>
      <section className="panel">
        <h1>Ubah entri #{data.entry.id}</h1>
        <p className="muted">{data.entry.label}</p>
        <PrivacyNotice />
        <CaseStatisticForm
          values={actionData?.values ?? data.values}
          errors={actionData?.errors ?? {}}
          regions={data.regions}
          allowNational={data.allowNational}
          agencyNames={data.agencyNames}
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
