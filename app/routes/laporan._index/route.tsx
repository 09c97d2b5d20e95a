import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import { FieldError } from "~/components/Field";
import { getDb } from "~/db.server";
import { ReportDraftSchema, saveReportDraft } from "~/report/report.server";
import { reportQuery } from "~/report/links";
import { readReportSelection } from "~/report/selection.server";
import { requirePermission } from "~/accounts/auth.server";
import { periodLabel } from "~/utils/period";
import { parseForm } from "~/utils/forms";
import { reportPageData, reportScopeOptions } from "./data.server";
import { DraftForm } from "./DraftForm";
import { ReportPreview } from "./ReportPreview";
import { redirectWithFlash } from "~/utils/flash.server";

export const meta: MetaFunction = () => [{ title: "Laporan kepada Presiden · SIGAP TPPO" }];

// Leaders and the secretariat (and admins) of a task force prepare its report: the national one,
// or a province's with its regencies. Liaisons may not.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-report");
  const db = getDb();
  const selection = readReportSelection(db, user, request);
  if (!selection.ok) {
    return json({ ok: false as const, errors: selection.errors, values: selection.values, scopes: reportScopeOptions(db, user.regionCode) }, { status: 400 });
  }
  const page = reportPageData(db, user.regionCode, selection.scope, selection.period);
  return json({
    ok: true as const,
    ...page,
    zone: selection.scope.zone,
    values: { dari: selection.period.start, sampai: selection.period.end, wilayah: selection.scope.code ?? "nasional" },
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "write-report");
  const db = getDb();
  const selection = readReportSelection(db, user, request);
  if (!selection.ok) return json({ errors: { _form: Object.values(selection.errors).join(" ") } }, { status: 400 });
  const form = await request.formData();
  if (form.get("intent") !== "simpan") return json({ errors: { _form: "Permintaan tidak dikenal." } }, { status: 400 });
  const parsed = parseForm(ReportDraftSchema, form);
  if (!parsed.ok) return json({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  saveReportDraft(db, selection.scope.code, selection.period, parsed.data, user.id);
  const q = reportQuery({ scope: selection.scope.code, period: selection.period });
  return redirectWithFlash(`/laporan?${q}`, "Draf tersimpan. Pratinjau dan unduhan memakai teks ini.");
}

function Picker({ values, scopes, errors }: { values: { dari: string; sampai: string; wilayah: string }; scopes: { value: string; label: string }[]; errors?: Record<string, string> }) {
  return (
    <Form method="get" className="filters" aria-label="Periode dan wilayah laporan">
      <div className="field">
        <label htmlFor="f-dari">Dari</label>
        <input id="f-dari" type="date" name="dari" defaultValue={values.dari} required aria-invalid={errors?.dari ? true : undefined} aria-describedby={errors?.dari ? "f-dari-error" : undefined} />
        <FieldError id="f-dari-error" error={errors?.dari} />
      </div>
      <div className="field">
        <label htmlFor="f-sampai">Sampai</label>
        <input id="f-sampai" type="date" name="sampai" defaultValue={values.sampai} required aria-invalid={errors?.sampai ? true : undefined} aria-describedby={errors?.sampai ? "f-sampai-error" : undefined} />
        <FieldError id="f-sampai-error" error={errors?.sampai} />
      </div>
      <div className="field">
        <label htmlFor="f-wilayah">Wilayah</label>
        <select id="f-wilayah" name="wilayah" defaultValue={values.wilayah} aria-invalid={errors?.wilayah ? true : undefined} aria-describedby={errors?.wilayah ? "f-wilayah-error" : undefined}>
          {scopes.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
        <FieldError id="f-wilayah-error" error={errors?.wilayah} />
      </div>
      <button type="submit" className="button button-secondary">
        Tampilkan
      </button>
    </Form>
  );
}

export default function ReportPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (!data.ok) {
    return (
      <>
        <div className="page-head">
          <div>
            <h1>Laporan kepada Presiden</h1>
            <p>Pilih periode dan wilayah laporan.</p>
          </div>
        </div>
        <section className="panel">
          <Picker values={data.values} scopes={data.scopes} errors={data.errors} />
        </section>
      </>
    );
  }
  const draft = data.draft;
  const values = actionData && "values" in actionData && actionData.values ? (actionData.values as Record<string, string>) : null;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Laporan kepada Presiden</h1>
          <p>
            {data.scopeName} · periode {periodLabel({ start: data.values.dari, end: data.values.sampai })} · angka terkini dari catatan SIGAP TPPO
          </p>
        </div>
        <div className="actions-row">
          <a className="button button-secondary" href="#narasi">
            Tulis bagian naratif
          </a>
          <a className="button" href={data.docxHref} download>
            Unduh .docx
          </a>
          <a className="button button-secondary" href={data.annexHref} download>
            Unduh Lampiran (.xlsx)
          </a>
        </div>
      </div>
      <section className="panel no-print">
        <Picker values={data.values} scopes={data.scopes} />
        <p className="muted">
          Setiap angka pada pratinjau dapat diklik untuk melihat daftar catatan di baliknya. Dokumen .docx disusun dari angka yang sama, saat diunduh; lampirannya (.xlsx) mendaftar setiap rencana aksi, rakor dan entri statistik kasus di balik angka-angka itu.
        </p>
      </section>
      {data.signerMissing ? (
        <div className="alert alert-info" role="note">
          Nama penandatangan belum diatur di templates/laporan.json (bagian &quot;penandatangan&quot;); dokumen mencetak garis titik-titik untuk diisi tangan.
        </div>
      ) : null}
      <section className="panel" aria-label="Pratinjau">
        <ReportPreview doc={data.doc} />
      </section>
      <section className="panel" aria-labelledby="narasi">
        <h2 id="narasi">Bagian naratif</h2>
        <DraftForm
          key={`${data.query}-${draft?.updatedAt ?? 0}`}
          action={`/laporan?${data.query}`}
          values={{
            pengantar: values?.pengantar ?? draft?.pengantar ?? "",
            kendala: values?.kendala ?? draft?.kendala ?? "",
            rekomendasi: values?.rekomendasi ?? draft?.rekomendasi ?? "",
            penutup: values?.penutup ?? draft?.penutup ?? "",
          }}
          defaults={data.defaults}
          errors={actionData?.errors}
          saved={draft?.updatedAt ? { at: draft.updatedAt, by: draft.updatedByName } : null}
          zone={data.zone}
        />
        <p className="actions-row">
          <a className="button" href={data.docxHref} download>
            Unduh .docx
          </a>
          <a className="button button-secondary" href={data.annexHref} download>
            Unduh Lampiran (.xlsx)
          </a>
          <span className="muted">Dokumen memuat teks draf yang tersimpan.</span>
        </p>
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
