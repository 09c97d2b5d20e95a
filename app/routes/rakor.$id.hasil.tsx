import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { MinutesLock } from "~/components/rakor/MinutesLock";
import { minutesLockMessage, requireMinutesOpen, withMinutesLock } from "~/rakor/minutes.server";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation, useSearchParams } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import { ErrorSummary, FormError, TextareaField } from "~/components/Field";
import { MoveButtons } from "~/components/rakor/MoveButtons";
import { RakorHead, rakorBreadcrumbs } from "~/components/rakor/RakorHead";
import { getDb } from "~/db.server";
import { listActionsForRakor } from "~/action-plan/action.server";
import { requireRakorWriter } from "~/rakor/rakor-access.server";
import { OutcomeSchema, postedDirection, postedId, postedIntent, unknownIntent } from "~/rakor/rakor-form.server";
import { addOutcomes, deleteOutcome, getRakorDetail, listOutcomeActionLinks, moveOutcome, updateOutcome } from "~/rakor/rakor.server";
import { parseForm } from "~/utils/forms";
import { notFound } from "~/utils/http.server";
import { ACTION_STATUS_LABELS } from "~/utils/labels";
import { redirectWithFlash } from "~/utils/flash.server";

export const meta: MetaFunction = () => [{ title: "Hasil rakor · SIGAP TPPO" }];

export const handle = rakorBreadcrumbs("Hasil rapat");

const MESSAGES = { ditambah: "Hasil rapat ditambahkan.", diubah: "Hasil rapat diubah.", dihapus: "Hasil rapat dihapus." } as const;
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { rakor } = await requireRakorWriter(request, params.id);
  const db = getDb();
  const detail = getRakorDetail(db, rakor.id)!;
  const links = listOutcomeActionLinks(db, rakor.id);
  const actions = listActionsForRakor(db, rakor.id);
  return json({
    minutesLock: minutesLockMessage(getDb(), rakor),
    rakor,
    outcomes: detail.outcomes.map((o) => ({
      id: o.id,
      text: o.text,
      actions: actions.filter((a) => links.get(a.id) === o.id).map((a) => ({ id: a.id, title: a.title, leadAgencyName: a.leadAgencyName, status: a.status, progress: a.progress })),
    })),
  });
}

export async function action(args: ActionFunctionArgs) {
  return withMinutesLock(getDb, args, async ({ request, params }) => {
    const { user, rakor } = await requireRakorWriter(request, params.id);
    requireMinutesOpen(getDb(), rakor);
    const db = getDb();
    const formData = await request.formData();
    const intent = postedIntent(formData);
    const back = (message: keyof typeof MESSAGES) => redirectWithFlash(`/rakor/${rakor.id}/hasil`, MESSAGES[message]);
    switch (intent) {
      case "add":
      case "update": {
        const id = intent === "update" ? postedId(formData) : null;
        const form = parseForm(OutcomeSchema, formData);
        if (!form.ok) return json({ intent, id, errors: form.errors, values: form.values }, { status: 400 });
        if (id !== null) {
          if (!updateOutcome(db, rakor.id, id, form.data.text, user.id)) notFound("Hasil rapat tidak ditemukan.");
          return back("diubah");
        }
        addOutcomes(db, rakor.id, form.data.texts, user.id);
        return back("ditambah");
      }
      case "delete": {
        const id = postedId(formData);
        const result = deleteOutcome(db, rakor.id, id, user.id);
        if (!result.ok && result.reason === "not_found") notFound("Hasil rapat tidak ditemukan.");
        if (!result.ok && result.reason === "in_use") {
          return json(
            { intent, id, errors: { _form: `Hasil ini sudah menjadi dasar ${result.count} rencana aksi, sehingga tidak dapat dihapus. Ubah teksnya bila perlu.` } as Record<string, string>, values: {} as Record<string, string> },
            { status: 409 },
          );
        }
        return back("dihapus");
      }
      case "move":
        if (!moveOutcome(db, rakor.id, postedId(formData), postedDirection(formData), user.id)) notFound("Hasil rapat tidak ditemukan.");
        return redirect(`/rakor/${rakor.id}/hasil`);
      default:
        unknownIntent();
    }
  });
}

function OutcomeForm({ intent, id, values, errors, submitLabel }: { intent: "add" | "update"; id?: number; values: Record<string, string>; errors: Record<string, string>; submitLabel: string }) {
  const navigation = useNavigation();
  const suffix = id ? String(id) : "baru";
  return (
    <Form method="post" className="stack wide" noValidate>
      <input type="hidden" name="intent" value={intent} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <ErrorSummary errors={errors} idSuffix={suffix} />
      <TextareaField
        label={intent === "add" ? "Hasil rapat (kesimpulan atau keputusan)" : "Isi hasil rapat"}
        name="text"
        id={`f-text-${suffix}`}
        rows={intent === "add" ? 4 : 3}
        defaultValue={values.text}
        error={errors.text}
      />
      {intent === "add" ? (
        <label className="checkbox">
          <input type="checkbox" name="perLine" defaultChecked={values.perLine === "on"} /> Satu hasil per baris (untuk menambah beberapa hasil sekaligus)
        </label>
      ) : null}
      <div className="actions-row">
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {submitLabel}
        </button>
        {id ? (
          <Link to="." className="button button-secondary">
            Batal
          </Link>
        ) : null}
      </div>
    </Form>
  );
}

export default function OutcomesPage() {
  const { minutesLock } = useLoaderData<typeof loader>();
  const { rakor, outcomes } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const location = useLocation();
  const editing = Number(params.get("ubah")) || (actionData?.intent === "update" ? actionData.id : null);
  const errorsFor = (intent: string, id: number | null) => (actionData && actionData.intent === intent && (actionData.id ?? null) === id ? actionData : null);
  return (
    <>
      <RakorHead rakor={rakor} canWrite page="Hasil rapat" />
      <MinutesLock message={minutesLock}>
      <section className="panel">
        <p className="muted">Kesimpulan dan keputusan rapat, berurutan. Setiap hasil dapat ditindaklanjuti dengan rencana aksi.</p>
        {outcomes.length === 0 ? (
          <p className="empty">Hasil rapat belum dicatat.</p>
        ) : (
          <ol className="item-list">
            {outcomes.map((o, i) => (
              <li key={o.id}>
                {editing === o.id ? (
                  <div className="item-body">
                    <OutcomeForm intent="update" id={o.id} values={(errorsFor("update", o.id)?.values as Record<string, string>) ?? { text: o.text }} errors={errorsFor("update", o.id)?.errors ?? {}} submitLabel="Simpan" />
                  </div>
                ) : (
                  <>
                    <div className="item-body">
                      <span className="item-no">{`${i + 1}.`}</span>
                      {o.text}
                      {o.actions.length ? (
                        <ul>
                          {o.actions.map((a) => (
                            <li key={a.id}>
                              <Link to={`/aksi/${a.id}`}>{a.title}</Link>{" "}
                              <small className="muted">
                                · {a.leadAgencyName} · {ACTION_STATUS_LABELS[a.status]} ({a.progress}%)
                              </small>
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <div className="muted">Belum ada rencana aksi.</div>
                      )}
                      <div>
                        <Link to={`/aksi/baru?hasil=${o.id}`}>Buat rencana aksi</Link>
                      </div>
                      <FormError error={errorsFor("delete", o.id)?.errors._form} />
                    </div>
                    <span className="actions-row">
                      <Link to={`?ubah=${o.id}`} className="button button-secondary button-small" aria-label={`Ubah hasil ${i + 1}`}>
                        Ubah
                      </Link>
                      <MoveButtons id={o.id} label={`hasil ${i + 1}`} first={i === 0} last={i === outcomes.length - 1} moveIntent="move" deleteIntent="delete" deleteConfirm="Hapus hasil rapat ini?" />
                    </span>
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="panel">
        <h2>Tambah hasil rapat</h2>
        <OutcomeForm key={location.key} intent="add" values={(errorsFor("add", null)?.values as Record<string, string>) ?? {}} errors={errorsFor("add", null)?.errors ?? {}} submitLabel="Tambah hasil" />
      </section>
      </MinutesLock>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
