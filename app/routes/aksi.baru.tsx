import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ActionRowFields, type RowDraft } from "~/components/ActionRowsFields";
import { ActionTable } from "~/components/ActionTable";
import { ErrorMessage } from "~/components/ErrorMessage";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { ErrorSummary } from "~/components/Field";
import { getDb } from "~/db.server";
import { actionFormOptions, MAX_ROWS, parseActionRows, rowValues } from "~/action-plan/action-form.server";
import { createActionItems, getOutcomeForActions, listActionsForOutcome } from "~/action-plan/action.server";
import { assertCan, requirePermission, type SessionUser } from "~/accounts/auth.server";
import { formatNumber } from "~/utils/format";
import { notFound } from "~/utils/http.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { rakorWhen } from "~/rakor/rakor-format";

export const meta: MetaFunction = () => [{ title: "Tambah Rencana Aksi · SIGAP TPPO" }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: (data) =>
    data.outcome
      ? [{ label: "Rakor", to: "/rakor" }, { label: data.outcome.rakorTitle, to: `/rakor/${data.outcome.rakorId}` }, { label: "Buat rencana aksi" }]
      : [{ label: "Rencana Aksi", to: "/aksi" }, { label: "Tambah rencana aksi" }],
};

/** The outcome of ?hasil=, checked against the user's scope; null for a standalone item. */
function outcomeOf(request: Request, user: SessionUser) {
  const raw = new URL(request.url).searchParams.get("hasil");
  if (!raw) return null;
  const id = Number(raw);
  const outcome = Number.isInteger(id) && id > 0 ? getOutcomeForActions(getDb(), id) : undefined;
  if (!outcome) notFound("Hasil rakor tidak ditemukan.");
  assertCan(user, request, "manage-actions", { regionCode: outcome.rakorRegionCode }, `outcome ${outcome.id}`);
  return outcome;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "manage-actions");
  const db = getDb();
  const outcome = outcomeOf(request, user);
  const defaultRegion = (outcome ? outcome.rakorRegionCode : user.regionCode) ?? "nasional";
  return json({
    outcome,
    existing: outcome ? listActionsForOutcome(db, outcome.id) : [],
    options: actionFormOptions(db, user.regionCode),
    rowCount: outcome ? 2 : 1,
    maxRows: MAX_ROWS,
    defaults: { region: defaultRegion } satisfies RowDraft,
  });
}

type ActionData = { rowCount: number; rows: RowDraft[]; errors: Record<string, string> };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "manage-actions");
  const db = getDb();
  const outcome = outcomeOf(request, user);
  const formData = await request.formData();
  const rowCount = Math.min(Math.max(Number(formData.get("rowCount")) || 1, 1), MAX_ROWS);
  if (formData.get("intent") === "add-row") {
    const rows = Array.from({ length: rowCount }, (_, i) => rowValues(formData, i) as RowDraft);
    return json<ActionData>({ rowCount: Math.min(rowCount + 1, MAX_ROWS), rows, errors: {} });
  }
  const parsed = parseActionRows(db, formData, rowCount, user.regionCode);
  if (!parsed.ok) return json<ActionData>({ rowCount, rows: parsed.rows as RowDraft[], errors: parsed.errors }, { status: 400 });
  const ids = createActionItems(db, parsed.inputs, outcome?.id ?? null, user.id);
  const created = `${formatNumber(ids.length)} rencana aksi dibuat.`;
  if (outcome) return redirectWithFlash(`/aksi?rakor=${outcome.rakorId}`, created);
  return redirectWithFlash(ids.length === 1 ? `/aksi/${ids[0]}` : "/aksi?urut=diperbarui", created);
}

export default function NewActions() {
  const { outcome, existing, options, rowCount: initialRows, maxRows, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const rowCount = actionData?.rowCount ?? initialRows;
  const rows = actionData?.rows ?? [];
  const errors = actionData?.errors ?? {};
  const formAction = outcome ? `/aksi/baru?hasil=${outcome.id}` : "/aksi/baru";
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{outcome ? "Rencana aksi dari hasil rakor" : "Tambah rencana aksi"}</h1>
          <p>{outcome ? "Satu hasil rakor dapat menjadi beberapa rencana aksi, masing-masing dengan satu instansi pelaksana utama." : "Rencana kerja yang tidak berasal dari hasil rakor."}</p>
        </div>
      </div>
      {outcome ? (
        <section className="panel">
          <h2>Hasil rakor</h2>
          <blockquote className="outcome">{outcome.text}</blockquote>
          <p className="muted">
            <Link to={`/rakor/${outcome.rakorId}`}>{outcome.rakorTitle}</Link> · {rakorWhen(outcome.rakorStartsAt, null, outcome.rakorTimeZone)}
          </p>
          {existing.length ? (
            <>
              <h3>Sudah menjadi rencana aksi</h3>
              <ActionTable rows={existing} empty="" />
            </>
          ) : null}
        </section>
      ) : null}
      <Form method="post" action={formAction} className="stack wide" key={JSON.stringify(actionData ?? null)} noValidate>
        <input type="hidden" name="rowCount" value={rowCount} />
        <ErrorSummary errors={errors} title="Periksa kembali isian yang ditandai." />
        {Array.from({ length: rowCount }, (_, i) => (
          <ActionRowFields key={i} index={i} options={options} values={{ ...defaults, ...rows[i] }} errors={errors} legend={`Rencana aksi ${i + 1}`} />
        ))}
        <p className="hint">Baris yang dibiarkan kosong tidak disimpan.</p>
        <div className="actions-row">
          <button type="submit" name="intent" value="save" className="button">
            Simpan rencana aksi
          </button>
          {rowCount < maxRows ? (
            <button type="submit" name="intent" value="add-row" className="button button-secondary" formNoValidate>
              Tambah baris
            </button>
          ) : null}
          <Link to={outcome ? `/rakor/${outcome.rakorId}` : "/aksi"}>Batal</Link>
        </div>
      </Form>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
