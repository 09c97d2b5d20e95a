import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { withMinutesLock } from "~/rakor/minutes.server";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation, useSearchParams } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import { ErrorSummary, Field, FormError } from "~/components/Field";
import { MoveButtons } from "~/components/rakor/MoveButtons";
import { PersonFields } from "~/components/rakor/PersonFields";
import { RakorHead, rakorBreadcrumbs } from "~/components/rakor/RakorHead";
import { AGENCY_LIST_ID, AgencySuggestions, REGION_LIST_ID, RegionSuggestions } from "~/components/rakor/Suggestions";
import { getDb } from "~/db.server";
import { requireRakorWriter } from "~/rakor/rakor-access.server";
import { partFormOptions, postedDirection, postedId, postedIntent, regionLabel, siteSchema, unknownIntent } from "~/rakor/rakor-form.server";
import { addSite, deleteSite, getRakorDetail, listSites, moveSite, updateSite } from "~/rakor/rakor.server";
import { parseForm, postedValues } from "~/utils/forms";
import { readAgencyAnswers } from "~/accounts/agency-choice.server";
import { AGENCY_QUESTIONS_VALUE, questionsFromValues } from "~/accounts/agency-question";
import { AgencyQuestions } from "~/components/AgencyQuestions";
import { notFound } from "~/utils/http.server";
import { personLine } from "~/rakor/rakor-format";
import { redirectWithFlash } from "~/utils/flash.server";

export const meta: MetaFunction = () => [{ title: "Lokasi rakor · SIGAP TPPO" }];

export const handle = rakorBreadcrumbs("Lokasi");

const MESSAGES = {
  ditambah: "Lokasi ditambahkan.",
  diubah: "Lokasi diubah.",
  dihapus: "Lokasi dihapus.",
} as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { rakor } = await requireRakorWriter(request, params.id);
  const db = getDb();
  const detail = getRakorDetail(db, rakor.id)!;
  const counts = new Map<number, number>();
  for (const a of detail.attendees) if (a.siteId) counts.set(a.siteId, (counts.get(a.siteId) ?? 0) + 1);
  return json({
    rakor,
    sites: detail.sites.map((s) => ({
      ...s,
      people: counts.get(s.id) ?? 0,
      chair: personLine({ name: s.chairName, rank: s.chairRank, position: s.chairPosition, agency: s.chairAgency }),
      values: {
        name: s.name,
        agency: s.agencyName ?? "",
        regionCode: s.regionCode ? regionLabel(s.regionCode, s.regionName) : "",
        chairName: s.chairName ?? "",
        chairRank: s.chairRank ?? "",
        chairPosition: s.chairPosition ?? "",
        chairAgency: s.chairAgency ?? "",
      } as Record<string, string>,
    })),
    options: partFormOptions(db),
  });
}

// Sites are not part of the lock, but a change that would move attendees of approved minutes is refused (409).
export async function action(args: ActionFunctionArgs) {
  return withMinutesLock(getDb, args, async ({ request, params }) => {
    const { user, rakor } = await requireRakorWriter(request, params.id);
    const db = getDb();
    const formData = await request.formData();
    const intent = postedIntent(formData);
    const back = (message: keyof typeof MESSAGES) => redirectWithFlash(`/rakor/${rakor.id}/lokasi`, MESSAGES[message]);
    switch (intent) {
      case "add":
      case "update": {
        const id = intent === "update" ? postedId(formData) : null;
        const form = parseForm(siteSchema(db), formData);
        if (!form.ok) return json({ intent, id, errors: form.errors, values: form.values }, { status: 400 });
        const stored = id === null ? undefined : listSites(db, rakor.id).find((s) => s.id === id);
      const linked = stored ? [{ name: stored.agencyName, agencyId: stored.agencyId }, { name: stored.chairAgency, agencyId: stored.chairAgencyId }] : [];
      const answers = readAgencyAnswers(db, formData, { agency: form.data.agency, chairAgency: form.data.chair.agency }, linked);
        if (!answers.ok) return json({ intent, id, errors: answers.errors, values: { ...postedValues(formData), [AGENCY_QUESTIONS_VALUE]: JSON.stringify(answers.questions) } }, { status: 400 });
        const input = { ...form.data, agencyChoices: answers.choices };
        if (id === null) addSite(db, rakor.id, input, user.id);
        else if (!updateSite(db, rakor.id, id, input, user.id)) notFound("Lokasi tidak ditemukan.");
        return back(id === null ? "ditambah" : "diubah");
      }
      case "delete": {
        const id = postedId(formData);
        const result = deleteSite(db, rakor.id, id, user.id);
        if (!result.ok && result.reason === "not_found") notFound("Lokasi tidak ditemukan.");
        if (!result.ok && result.reason === "in_use") {
          return json(
            { intent, id, errors: { _form: `Lokasi ini masih memiliki ${result.count} peserta. Pindahkan atau hapus dulu pesertanya di halaman Peserta.` } as Record<string, string>, values: {} as Record<string, string> },
            { status: 409 },
          );
        }
        return back("dihapus");
      }
      case "move": {
        if (!moveSite(db, rakor.id, postedId(formData), postedDirection(formData), user.id)) notFound("Lokasi tidak ditemukan.");
        return redirect(`/rakor/${rakor.id}/lokasi`);
      }
      default:
        unknownIntent();
    }
  });
}

function SiteForm({ intent, id, values, errors, submitLabel }: { intent: "add" | "update"; id?: number; values: Record<string, string>; errors: Record<string, string>; submitLabel: string }) {
  const navigation = useNavigation();
  const suffix = id ? String(id) : "baru";
  return (
    <Form method="post" className="stack wide" noValidate>
      <input type="hidden" name="intent" value={intent} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <ErrorSummary errors={errors} idSuffix={suffix} />
      <div className="form-grid">
        <Field label="Nama lokasi" name="name" id={`f-name-${suffix}`} defaultValue={values.name} error={errors.name} required autoComplete="off" hint="Misalnya: Aula Kemitraan Polres Kolaka" />
        <Field label="Instansi" name="agency" id={`f-agency-${suffix}`} list={AGENCY_LIST_ID} defaultValue={values.agency} error={errors.agency} autoComplete="off" />
        <Field label="Wilayah" name="regionCode" id={`f-regionCode-${suffix}`} list={REGION_LIST_ID} defaultValue={values.regionCode} error={errors.regionCode} autoComplete="off" hint="Ketik nama kabupaten/kota, lalu pilih." />
      </div>
      <PersonFields prefix="chair" legend="Pimpinan di lokasi ini" values={values} errors={errors} idSuffix={suffix} />
      <AgencyQuestions questions={questionsFromValues(values)} idSuffix={suffix} />
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

export default function SitesPage() {
  const { rakor, sites, options } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const location = useLocation();
  const editing = Number(params.get("ubah")) || (actionData?.intent === "update" ? actionData.id : null);
  const errorsFor = (intent: string, id: number | null) => (actionData && actionData.intent === intent && (actionData.id ?? null) === id ? actionData.errors : null);
  return (
    <>
      <RakorHead rakor={rakor} canWrite page="Lokasi yang terhubung" />
      <AgencySuggestions names={options.agencies} />
      <RegionSuggestions regions={options.regions} />
      <section className="panel">
        <p className="muted">
          Tempat utama rakor: <strong>{rakor.venue ?? "(belum diisi)"}</strong>. Tambahkan di sini tempat lain yang mengikuti rakor bersamaan, masing-masing dengan
          instansi, wilayah dan pimpinan setempatnya.
        </p>
        {sites.length === 0 ? (
          <p className="empty">Belum ada lokasi lain.</p>
        ) : (
          <ol className="item-list">
            {sites.map((s, i) => (
              <li key={s.id}>
                {editing === s.id ? (
                  <div className="item-body">
                    <SiteForm intent="update" id={s.id} values={errorsFor("update", s.id) ? (actionData!.values as Record<string, string>) : s.values} errors={errorsFor("update", s.id) ?? {}} submitLabel="Simpan lokasi" />
                  </div>
                ) : (
                  <>
                    <div className="item-body">
                      <span className="item-no">{`${i + 1}.`}</span>
                      <strong>{s.name}</strong>
                      <div className="muted" title={s.agencyCanonicalName && s.agencyCanonicalName !== s.agencyName ? `Tertaut ke ${s.agencyCanonicalName}` : undefined}>
                        {[s.agencyName, s.regionName].filter(Boolean).join(" · ") || "Instansi dan wilayah belum diisi"}
                        {" · "}
                        {s.people} peserta
                      </div>
                      {s.chair ? <div>Pimpinan setempat: {s.chair}</div> : null}
                      <FormError error={errorsFor("delete", s.id)?._form} />
                    </div>
                    <span className="actions-row">
                      <Link to={`?ubah=${s.id}`} className="button button-secondary button-small" aria-label={`Ubah ${s.name}`}>
                        Ubah
                      </Link>
                      <MoveButtons id={s.id} label={s.name} first={i === 0} last={i === sites.length - 1} moveIntent="move" deleteIntent="delete" deleteConfirm={`Hapus lokasi "${s.name}"?`} />
                    </span>
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="panel">
        <h2>Tambah lokasi</h2>
        <SiteForm intent="add" values={errorsFor("add", null) ? (actionData!.values as Record<string, string>) : {}} errors={errorsFor("add", null) ?? {}} submitLabel="Tambah lokasi" key={location.key} />
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
