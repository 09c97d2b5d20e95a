import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ActionRowFields, type RowDraft } from "~/components/ActionRowsFields";
import { ErrorMessage } from "~/components/ErrorMessage";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { ErrorSummary } from "~/components/Field";
import { getDb } from "~/db.server";
import { actionFormOptions, parseActionRows, rowValues } from "~/action-plan/action-form.server";
import { getAction, updateActionItem, type ActionSnapshot } from "~/action-plan/action.server";
import { assertCan, requirePermission } from "~/accounts/auth.server";
import { formatCalendarDate } from "~/utils/period";
import { idParam, notFound } from "~/utils/http.server";
import { ACTION_STATUS_LABELS } from "~/utils/labels";
import { redirectWithFlash } from "~/utils/flash.server";

export const meta: MetaFunction = () => [{ title: "Ubah Rencana Aksi · SIGAP TPPO" }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: (data) => [{ label: "Rencana Aksi", to: "/aksi" }, { label: data.item.title, to: `/aksi/${data.item.id}` }, { label: "Ubah" }],
};

async function load(request: Request, rawId: string | undefined) {
  const user = await requirePermission(request, "manage-actions");
  const id = idParam(rawId);
  const db = getDb();
  const item = getAction(db, id) ?? notFound("Rencana aksi tidak ditemukan.");
  assertCan(user, request, "manage-actions", item, `action ${id}`);
  return { user, db, item };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, db, item } = await load(request, params.id);
  const values: RowDraft = {
    title: item.title,
    description: item.description ?? "",
    subsatgas: item.subsatgasSlug,
    leadAgency: String(item.leadAgencyId),
    supporting: item.supporting.map((s) => String(s.id)),
    region: item.regionCode ?? "nasional",
    dueDate: item.dueDate,
  };
  return json({ item: { id: item.id, title: item.title, version: item.version }, values, options: actionFormOptions(db, user.regionCode) });
}

type ActionData = { errors: Record<string, string>; values: RowDraft; conflict?: ActionSnapshot };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, db, item } = await load(request, params.id);
  const formData = await request.formData();
  const values = rowValues(formData, 0) as RowDraft;
  const version = Number(formData.get("version"));
  if (!Number.isInteger(version) || version <= 0) return json<ActionData>({ errors: { _form: "Formulir tidak lengkap: muat ulang halaman." }, values }, { status: 400 });
  const parsed = parseActionRows(db, formData, 1, user.regionCode);
  if (!parsed.ok) return json<ActionData>({ errors: parsed.errors, values }, { status: 400 });
  const result = updateActionItem(db, item.id, version, parsed.inputs[0], user.id);
  if (!result.ok) {
    if (result.reason === "not_found") notFound("Rencana aksi tidak ditemukan.");
    return json<ActionData>({ errors: {}, values, conflict: result.current }, { status: 409 });
  }
  return redirectWithFlash(`/aksi/${item.id}`, "Perubahan rencana aksi tersimpan.");
}

export default function EditAction() {
  const { item, values, options } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const conflict = actionData?.conflict;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Ubah rencana aksi</h1>
          <p>Status dan progres diubah lewat pembaruan status, bukan di sini.</p>
        </div>
      </div>
      {conflict ? (
        <div className="alert alert-error" role="alert">
          <strong>Perubahan Anda belum disimpan.</strong> Rencana aksi ini sudah diubah orang lain setelah Anda membuka formulir ini. Keadaan terbaru: “{conflict.title}”, tenggat{" "}
          {formatCalendarDate(conflict.dueDate)}, status {ACTION_STATUS_LABELS[conflict.status]} {conflict.progress}%. Formulir di bawah kini memuat versi terbaru bersama isian Anda; periksa lalu simpan lagi.
        </div>
      ) : null}
      <Form method="post" className="stack" key={`${item.version}-${actionData ? "retry" : "fresh"}`} noValidate>
        <input type="hidden" name="version" value={item.version} />
        <ErrorSummary errors={actionData?.errors} title="Periksa kembali isian yang ditandai." />
        <ActionRowFields index={0} options={options} values={actionData?.values ?? values} errors={actionData?.errors ?? {}} />
        <div className="actions-row">
          <button type="submit" className="button">
            Simpan perubahan
          </button>
          <Link to={`/aksi/${item.id}`}>Batal</Link>
        </div>
      </Form>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
