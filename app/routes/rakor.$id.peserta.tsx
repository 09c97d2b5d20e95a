import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { MinutesLock } from "~/components/rakor/MinutesLock";
import { minutesLockMessage, requireMinutesOpen, withMinutesLock } from "~/rakor/minutes.server";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import { ErrorSummary, fieldId, TextareaField } from "~/components/Field";
import { AttendeeRowEditor, BatchDefaults, type EditorRow } from "~/components/rakor/AttendeeRowEditor";
import { RakorHead, rakorBreadcrumbs } from "~/components/rakor/RakorHead";
import { AgencySuggestions } from "~/components/rakor/Suggestions";
import { getDb } from "~/db.server";
import type { LineError } from "~/rakor/attendee-import.server";
import { BATCH_QUESTIONS_MESSAGE, readBatchAgencyAnswers, readRows, rowAgencyNames, validatePaste, validateRows } from "~/rakor/attendee-form.server";
import { ImportAgencyConfirm } from "~/components/rakor/ImportAgencyConfirm";
import { readAgencyAnswers, type AgencyQuestion } from "~/accounts/agency-choice.server";
import { addAttendees, listAttendees, saveAttendeeRows } from "~/rakor/attendee.server";
import { requireRakorWriter } from "~/rakor/rakor-access.server";
import { partFormOptions, postedIntent, unknownIntent } from "~/rakor/rakor-form.server";
import { listSites } from "~/rakor/rakor.server";
import { formatNumber } from "~/utils/format";
import { redirectWithFlash } from "~/utils/flash.server";
import { attendeeChangesMessage } from "~/rakor/rakor-format";

export const meta: MetaFunction = () => [{ title: "Peserta rakor · SIGAP TPPO" }];

export const handle = rakorBreadcrumbs("Peserta");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { rakor } = await requireRakorWriter(request, params.id);
  const db = getDb();
  const attendees = listAttendees(db, rakor.id);
  const wanted = Number(new URL(request.url).searchParams.get("baris"));
  const blankRows = Number.isInteger(wanted) && wanted > 0 ? Math.min(wanted, 200) : attendees.length === 0 ? 10 : 3;
  return json({
    minutesLock: minutesLockMessage(getDb(), rakor),
    rakor,
    blankRows,
    sites: listSites(db, rakor.id).map((s) => ({ id: s.id, name: s.name })),
    rows: attendees.map(
      (a): EditorRow => ({
        rowId: String(a.id),
        name: a.name,
        rank: a.rank ?? "",
        jobTitle: a.jobTitle ?? "",
        agency: a.agencyName ?? "",
        email: a.email ?? "",
        site: a.siteId ? String(a.siteId) : "",
        role: a.role,
        attendance: a.attendance,
      }),
    ),
    counts: {
      total: attendees.length,
      inPerson: attendees.filter((a) => a.attendance === "in_person").length,
      online: attendees.filter((a) => a.attendance === "online").length,
      absent: attendees.filter((a) => a.attendance === "absent").length,
    },
    agencies: partFormOptions(db).agencies,
  });
}

type ActionResult = {
  intent: string;
  errors: Record<string, string>;
  rows?: EditorRow[];
  lineErrors?: LineError[];
  values?: Record<string, string>;
  agencyQuestions?: AgencyQuestion[];
};

export async function action(args: ActionFunctionArgs) {
  return withMinutesLock(getDb, args, async ({ request, params }) => {
    const { user, rakor } = await requireRakorWriter(request, params.id);
    requireMinutesOpen(getDb(), rakor);
    const db = getDb();
    const formData = await request.formData();
    const intent = postedIntent(formData);
    const siteIds = new Set(listSites(db, rakor.id).map((s) => s.id));
    switch (intent) {
      case "rows": {
        const stored = listAttendees(db, rakor.id);
      const existing = new Set(stored.map((a) => a.id));
        const result = validateRows(formData, siteIds, existing);
        if (!result.ok) return json<ActionResult>({ intent, errors: result.errors, rows: result.rows }, { status: 400 });
        // Names already on this list keep their links.
      const answers = readAgencyAnswers(db, formData, rowAgencyNames(formData), stored.map((a) => ({ name: a.agencyName, agencyId: a.agencyId })));
        if (!answers.ok) return json<ActionResult>({ intent, errors: answers.errors, rows: readRows(formData), agencyQuestions: answers.questions }, { status: 400 });
        const counts = saveAttendeeRows(db, rakor.id, result.changes, user.id, answers.choices);
        return redirectWithFlash(`/rakor/${rakor.id}/peserta`, attendeeChangesMessage(counts));
      }
      case "paste": {
        const result = validatePaste(formData, siteIds);
        if (!result.ok) return json<ActionResult>({ intent, errors: result.errors, lineErrors: result.lineErrors, values: { list: String(formData.get("list") ?? "") } }, { status: 400 });
        // One question per agency name resembling a registered one; names this list already has keep their links.
        const linked = listAttendees(db, rakor.id).map((a) => ({ name: a.agencyName, agencyId: a.agencyId }));
        const answers = readBatchAgencyAnswers(db, formData, result.inputs.map((i) => i.agency), linked);
        if (!answers.ok) {
          const values = Object.fromEntries(["list", "site", "role", "attendance"].map((k) => [k, String(formData.get(k) ?? "")]));
          return json<ActionResult>({ intent, errors: { _form: BATCH_QUESTIONS_MESSAGE, ...answers.errors }, values, agencyQuestions: answers.questions }, { status: 400 });
        }
        const added = addAttendees(db, rakor.id, result.inputs, user.id, answers.choices);
        return redirectWithFlash(`/rakor/${rakor.id}/peserta`, attendeeChangesMessage({ added }));
      }
      default:
        unknownIntent();
    }
  });
}

export default function AttendeesPage() {
  const { minutesLock } = useLoaderData<typeof loader>();
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionResult | undefined;
  const location = useLocation();
  const navigation = useNavigation();
  const rowsFailed = actionData?.intent === "rows";
  const pasteFailed = actionData?.intent === "paste";
  const pasteQuestions = pasteFailed && actionData?.agencyQuestions?.length ? actionData.agencyQuestions : undefined;
  return (
    <>
      <RakorHead rakor={data.rakor} canWrite page="Peserta" />
      <MinutesLock message={minutesLock}>
      <AgencySuggestions names={data.agencies} />
      <section className="panel">
        <p>
          {formatNumber(data.counts.total)} peserta tercatat: {formatNumber(data.counts.inPerson)} hadir luring, {formatNumber(data.counts.online)} hadir daring,{" "}
          {formatNumber(data.counts.absent)} tidak hadir.
        </p>
        <div className="actions-row">
          <Link to={`/rakor/${data.rakor.id}/peserta/impor`} className="button button-secondary">
            Impor CSV (termasuk laporan peserta Zoom)
          </Link>
          <Link to={`/rakor/${data.rakor.id}/daftar-hadir`} className="button button-secondary">
            Cetak daftar hadir
          </Link>
          <Link to={`/rakor/${data.rakor.id}/lokasi`}>Atur lokasi yang terhubung</Link>
        </div>
      </section>
      <section className="panel">
        <h2>Daftar peserta</h2>
        <p className="muted">Ubah langsung di tabel, isi baris kosong untuk peserta baru, lalu simpan sekali untuk semuanya.</p>
        <AttendeeRowEditor
          key={rowsFailed ? "gagal" : location.key}
          rows={rowsFailed && actionData?.rows ? actionData.rows : data.rows}
          blankRows={rowsFailed ? 0 : data.blankRows}
          errors={rowsFailed ? actionData!.errors : {}}
          sites={data.sites}
          defaults={{ site: "", attendance: "in_person" }}
          agencyQuestions={rowsFailed ? actionData?.agencyQuestions : undefined}
        />
      </section>
      <section className="panel">
        <h2>Tempel daftar nama</h2>
        <p className="muted">
          Satu orang per baris: <code>Nama; Pangkat; Jabatan; Instansi</code>. Bagian yang tidak diketahui boleh dikosongkan, misalnya <code>Dadang R; Iptu; Ps. Kasat Binmas; Polresta Balikpapan</code> atau{" "}
          <code>Perwakilan Dinas Sosial;;;Dinas Sosial Kota Balikpapan</code>. Sel yang disalin dari Excel (dipisah tab) juga diterima.
        </p>
        {pasteQuestions ? (
          <>
            <ErrorSummary errors={actionData!.errors} idSuffix="paste" />
            <ImportAgencyConfirm questions={pasteQuestions} fields={{ intent: "paste", ...actionData?.values }} idSuffix="paste" />
          </>
        ) : null}
        <Form method="post" className="stack wide" noValidate key={`p-${location.key}`}>
          <input type="hidden" name="intent" value="paste" />
          {pasteQuestions ? null : <ErrorSummary errors={pasteFailed ? actionData!.errors : undefined} title="Periksa pilihan yang ditandai." idSuffix="paste" />}
          {pasteFailed && actionData?.lineErrors?.length ? (
            <ul className="error-list alert alert-error" aria-label="Baris yang bermasalah">
              {actionData.lineErrors.map((e) => (
                <li key={`${e.line}-${e.message}`}>
                  {`Baris ${e.line}: ${e.message}`}
                </li>
              ))}
            </ul>
          ) : null}
          <TextareaField label="Daftar nama" name="list" id={fieldId("list", "paste")} rows={8} defaultValue={pasteFailed ? actionData?.values?.list : ""} error={pasteFailed ? actionData!.errors.list : undefined} />
          <BatchDefaults sites={data.sites} errors={pasteFailed ? actionData!.errors : {}} idPrefix="paste" />
          <div>
            <button type="submit" className="button" disabled={navigation.state === "submitting"}>
              Tambahkan semua
            </button>
          </div>
        </Form>
      </section>
      </MinutesLock>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
