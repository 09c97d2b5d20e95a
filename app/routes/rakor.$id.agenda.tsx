import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { MinutesLock } from "~/components/rakor/MinutesLock";
import { minutesLockMessage, requireMinutesOpen, withMinutesLock } from "~/rakor/minutes.server";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation, useSearchParams } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import { ErrorSummary, Field, SelectField, TextareaField } from "~/components/Field";
import { MoveButtons } from "~/components/rakor/MoveButtons";
import { PersonFields } from "~/components/rakor/PersonFields";
import { RakorHead, rakorBreadcrumbs } from "~/components/rakor/RakorHead";
import { AgencySuggestions } from "~/components/rakor/Suggestions";
import { getDb } from "~/db.server";
import { requireRakorWriter } from "~/rakor/rakor-access.server";
import { agendaFormValues, agendaSchema, partFormOptions, postedDirection, postedId, postedIntent, unknownIntent } from "~/rakor/rakor-form.server";
import { addAgendaItem, deleteAgendaItem, getRakorDetail, moveAgendaItem, updateAgendaItem } from "~/rakor/rakor.server";
import { calendarDateIn, formatDayDate } from "~/utils/period";
import { parseForm } from "~/utils/forms";
import { notFound } from "~/utils/http.server";
import { TIME_ZONE_ABBR } from "~/utils/labels";
import { agendaItemView } from "~/rakor/rakor-format";
import { redirectWithFlash } from "~/utils/flash.server";

export const meta: MetaFunction = () => [{ title: "Agenda rakor · SIGAP TPPO" }];

export const handle = rakorBreadcrumbs("Agenda");

const MESSAGES = { ditambah: "Agenda ditambahkan.", diubah: "Agenda diubah.", dihapus: "Agenda dihapus." } as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { rakor } = await requireRakorWriter(request, params.id);
  const db = getDb();
  const detail = getRakorDetail(db, rakor.id)!;
  const zone = rakor.timeZone;
  // The days a time may fall on: from the first to the last day of the rakor.
  const days: { value: string; label: string }[] = [];
  const last = calendarDateIn(rakor.endsAt ?? rakor.startsAt, zone);
  for (let at = rakor.startsAt, i = 0; i < 31; i++, at += 86_400_000) {
    const value = calendarDateIn(at, zone);
    if (value > last) break;
    days.push({ value, label: formatDayDate(at, zone) });
  }
  return json({
    minutesLock: minutesLockMessage(getDb(), rakor),
    rakor,
    zoneAbbr: TIME_ZONE_ABBR[zone],
    days,
    items: detail.agenda.map((a) => ({ ...agendaItemView(a, zone), values: agendaFormValues(a, zone) })),
    agencies: partFormOptions(db).agencies,
  });
}

export async function action(args: ActionFunctionArgs) {
  return withMinutesLock(getDb, args, async ({ request, params }) => {
    const { user, rakor } = await requireRakorWriter(request, params.id);
    requireMinutesOpen(getDb(), rakor);
    const db = getDb();
    const formData = await request.formData();
    const intent = postedIntent(formData);
    const back = (message: keyof typeof MESSAGES) => redirectWithFlash(`/rakor/${rakor.id}/agenda`, MESSAGES[message]);
    switch (intent) {
      case "add":
      case "update": {
        const id = intent === "update" ? postedId(formData) : null;
        const form = parseForm(agendaSchema(rakor), formData);
        if (!form.ok) return json({ intent, id, errors: form.errors, values: form.values }, { status: 400 });
        if (id === null) addAgendaItem(db, rakor.id, form.data, user.id);
        else if (!updateAgendaItem(db, rakor.id, id, form.data, user.id)) notFound("Agenda tidak ditemukan.");
        return back(id === null ? "ditambah" : "diubah");
      }
      case "delete":
        if (!deleteAgendaItem(db, rakor.id, postedId(formData), user.id)) notFound("Agenda tidak ditemukan.");
        return back("dihapus");
      case "move":
        if (!moveAgendaItem(db, rakor.id, postedId(formData), postedDirection(formData), user.id)) notFound("Agenda tidak ditemukan.");
        return redirect(`/rakor/${rakor.id}/agenda`);
      default:
        unknownIntent();
    }
  });
}

interface FormProps {
  intent: "add" | "update";
  id?: number;
  values: Record<string, string>;
  errors: Record<string, string>;
  days: { value: string; label: string }[];
  zoneAbbr: string;
  submitLabel: string;
}

function AgendaForm({ intent, id, values, errors, days, zoneAbbr, submitLabel }: FormProps) {
  const navigation = useNavigation();
  const suffix = id ? String(id) : "baru";
  return (
    <Form method="post" className="stack wide" noValidate>
      <input type="hidden" name="intent" value={intent} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <ErrorSummary errors={errors} idSuffix={suffix} />
      <Field label="Judul agenda" name="title" id={`f-title-${suffix}`} defaultValue={values.title} error={errors.title} required autoComplete="off" />
      <PersonFields prefix="presenter" legend="Pemapar (boleh kosong)" values={values} errors={errors} idSuffix={suffix} />
      <div className="form-grid">
        {days.length > 1 ? (
          <SelectField label="Hari" name="date" id={`f-date-${suffix}`} defaultValue={values.date ?? ""} error={errors.date} options={days} />
        ) : (
          <input type="hidden" name="date" value={days[0]?.value ?? ""} />
        )}
        <Field label={`Jam (${zoneAbbr}, boleh kosong)`} name="time" id={`f-time-${suffix}`} type="time" defaultValue={values.time} error={errors.time ?? (days.length > 1 ? undefined : errors.date)} />
      </div>
      <TextareaField label="Catatan" name="notes" id={`f-notes-${suffix}`} rows={2} defaultValue={values.notes} error={errors.notes} />
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

export default function AgendaPage() {
  const { minutesLock } = useLoaderData<typeof loader>();
  const { rakor, items, days, zoneAbbr, agencies } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const location = useLocation();
  const editing = Number(params.get("ubah")) || (actionData?.intent === "update" ? actionData.id : null);
  const errorsFor = (intent: string, id: number | null) => (actionData && actionData.intent === intent && (actionData.id ?? null) === id ? actionData : null);
  return (
    <>
      <RakorHead rakor={rakor} canWrite page="Agenda" />
      <MinutesLock message={minutesLock}>
      <AgencySuggestions names={agencies} />
      <section className="panel">
        {rakor.status === "scheduled" ? (
          <p className="muted">
            Sebelum rakor: <Link to={`/rakor/${rakor.id}/tinjauan`}>tambahkan tinjauan rencana aksi yang masih terbuka ke agenda</Link>.
          </p>
        ) : null}
        {items.length === 0 ? (
          <p className="empty">Agenda belum dicatat.</p>
        ) : (
          <ol className="item-list">
            {items.map((a, i) => (
              <li key={a.id}>
                {editing === a.id ? (
                  <div className="item-body">
                    <AgendaForm
                      intent="update"
                      id={a.id}
                      values={(errorsFor("update", a.id)?.values as Record<string, string>) ?? a.values}
                      errors={errorsFor("update", a.id)?.errors ?? {}}
                      days={days}
                      zoneAbbr={zoneAbbr}
                      submitLabel="Simpan agenda"
                    />
                  </div>
                ) : (
                  <>
                    <div className="item-body">
                      <span className="item-no">{`${i + 1}.`}</span>
                      <strong>{a.title}</strong>
                      {a.time ? <span className="muted"> · pukul {a.time}</span> : null}
                      {a.presenter ? <div>Pemapar: {a.presenter}</div> : null}
                      {a.notes ? <div className="muted">{a.notes}</div> : null}
                    </div>
                    <span className="actions-row">
                      <Link to={`?ubah=${a.id}`} className="button button-secondary button-small" aria-label={`Ubah agenda ${a.title}`}>
                        Ubah
                      </Link>
                      <MoveButtons id={a.id} label={`agenda ${a.title}`} first={i === 0} last={i === items.length - 1} moveIntent="move" deleteIntent="delete" deleteConfirm={`Hapus agenda "${a.title}"?`} />
                    </span>
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="panel">
        <h2>Tambah agenda</h2>
        <AgendaForm
          key={location.key}
          intent="add"
          values={(errorsFor("add", null)?.values as Record<string, string>) ?? {}}
          errors={errorsFor("add", null)?.errors ?? {}}
          days={days}
          zoneAbbr={zoneAbbr}
          submitLabel="Tambah agenda"
        />
      </section>
      </MinutesLock>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
