import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Field } from "~/components/Field";
import { ActionTable } from "~/components/ActionTable";
import { ErrorMessage } from "~/components/ErrorMessage";
import { RakorHead, rakorBreadcrumbs } from "~/components/rakor/RakorHead";
import { SeriesPanel } from "~/components/rakor/SeriesPanel";
import { getDb } from "~/db.server";
import { requireRakorReader } from "~/rakor/rakor-access.server";
import { invitationMessage, invitationRefusal, sendRakorInvitations } from "~/rakor/invitation.server";
import { NOMOR_MAX, cleanNomor } from "~/documents/surat-undangan.server";
import { postedIntent, unknownIntent } from "~/rakor/rakor-form.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { can } from "~/accounts/policy";
import { formatNumber } from "~/utils/format";
import { ATTENDANCE_LABELS, ATTENDEE_ROLE_LABELS, LEVEL_LABELS, MATERIAL_KIND_LABELS, MODE_LABELS } from "~/utils/labels";
import { formatBytes, safeHref } from "~/rakor/rakor-format";
import { loadOverview } from "~/rakor/overview.server";
import { assertCan } from "~/accounts/auth.server";
import { loadMinutesPanel } from "~/rakor/minutes.server";
import { MinutesPanel } from "~/components/rakor/MinutesPanel";
import { MINUTES_INTENTS, minutesIntent } from "./minutes-intents.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.rakor.title ?? "Rakor"} · SIGAP TPPO` }];

export const handle = rakorBreadcrumbs();

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, rakor } = await requireRakorReader(request, params.id);
  return json({ ...loadOverview(getDb(), rakor.id), canWrite: can(user, "write-rakor", rakor), canPlanActions: can(user, "manage-actions", rakor), minutes: loadMinutesPanel(getDb(), rakor, user), invitationRefusal: invitationRefusal(rakor) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  // Readers reach the action so the chair (a 'pimpinan') can approve the minutes; every other intent needs write-rakor.
  const { user, rakor } = await requireRakorReader(request, params.id);
  const formData = await request.formData();
  const intent = postedIntent(formData);
  if (MINUTES_INTENTS.includes(intent)) return minutesIntent(request, user, rakor, intent, formData);
  assertCan(user, request, "write-rakor", rakor, `rakor ${rakor.id}`);
  if (intent !== "kirim-undangan") unknownIntent();
  const nomor = String(formData.get("nomor") ?? "");
  if (nomor.trim().length > NOMOR_MAX) return json({ errors: { nomor: `Nomor surat paling panjang ${NOMOR_MAX} karakter.` } as Record<string, string> }, { status: 400 });
  const origin = new URL(request.url);
  const sent = await sendRakorInvitations(getDb(), rakor.id, { url: `${origin.origin}/rakor/${rakor.id}`, host: origin.hostname, nomor: cleanNomor(nomor), actorId: user.id });
  if (!sent.ok) return json({ errors: { undangan: sent.error } as Record<string, string> }, { status: 409 });
  return redirectWithFlash(`/rakor/${rakor.id}`, invitationMessage(sent.run));
}

function Empty({ text, to, action, canWrite }: { text: string; to: string; action: string; canWrite: boolean }) {
  return (
    <p className="empty">
      {text}
      {canWrite ? (
        <>
          {" "}
          <Link to={to}>{action}</Link>
        </>
      ) : null}
    </p>
  );
}

export default function RakorDetailPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const r = data.rakor;
  const base = `/rakor/${r.id}`;
  const present = data.byAgency.reduce((s, a) => s + a.inPerson + a.online, 0);
  const sumOf = (k: "inPerson" | "online" | "absent") => data.byAgency.reduce((s, a) => s + a[k], 0);
  const places = [{ id: null as number | null, name: r.venue ? `Tempat utama: ${r.venue}` : "Tempat utama" }, ...data.sites.map((s) => ({ id: s.id as number | null, name: s.name }))];
  return (
    <>
      <RakorHead rakor={r} canWrite={data.canWrite} />
      <SeriesPanel series={data.series} />
      <section className="panel">
        <div className="actions-row no-print">
          <a className="button button-secondary" href={`${base}/undangan.ics`} download>
            Unduh undangan kalender (.ics)
          </a>
          <a className="button button-secondary" href={`${base}/notulen.docx`} download>
            Unduh notulen (.docx)
          </a>
          <Link className="button button-secondary" to={`${base}/daftar-hadir`}>
            Cetak daftar hadir
          </Link>
          {data.canWrite ? (
            <Link className="button" to={`${base}/ubah`}>
              Ubah data rakor
            </Link>
          ) : null}
        </div>
        <h2>Keterangan</h2>
        <dl className="facts">
          <dt>Waktu</dt>
          <dd>
            {r.when}
            {r.otherZones ? <div className="muted">Sama dengan {r.otherZones}</div> : null}
          </dd>
          <dt>Tingkat</dt>
          <dd>
            {LEVEL_LABELS[r.level]}
            {r.regionName ? ` · ${r.regionName}` : ""}
          </dd>
          <dt>Penyelenggara</dt>
          <dd title={r.organizerCanonicalName !== r.organizerName ? `Tertaut ke ${r.organizerCanonicalName}` : undefined}>{r.organizerName}</dd>
          <dt>Pimpinan rapat</dt>
          <dd>{r.chair || "-"}</dd>
          <dt>Bentuk</dt>
          <dd>{MODE_LABELS[r.mode]}</dd>
          <dt>Tempat</dt>
          <dd>{r.venue ?? "-"}</dd>
          {r.mode !== "in_person" || r.onlinePlatform || r.onlineUrl ? (
            <>
              <dt>Daring</dt>
              <dd>
                {r.onlinePlatform ?? "-"}
                {r.onlineUrl ? " · " : null}
                {safeHref(r.onlineUrl) ? (
                  <a href={safeHref(r.onlineUrl)!} rel="noopener noreferrer" target="_blank">
                    {r.onlineUrl}
                  </a>
                ) : (
                  r.onlineUrl
                )}
              </dd>
            </>
          ) : null}
          {r.notes ? (
            <>
              <dt>Catatan</dt>
              <dd>{r.notes}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section className="panel" aria-labelledby="h-undangan">
        <h2 id="h-undangan">Undangan</h2>
        <div className="actions-row no-print">
          <a className="button button-secondary" href={`${base}/surat-undangan.docx`} download>
            Unduh surat undangan (.docx)
          </a>
        </div>
        {data.canWrite && data.invitationRefusal ? <p className="muted no-print">{data.invitationRefusal}</p> : null}
        {data.canWrite && !data.invitationRefusal ? (
          <Form method="post" className="no-print">
            {actionData?.errors.undangan ? (
              <p className="alert alert-error" role="alert">
                {actionData.errors.undangan}
              </p>
            ) : null}
            <input type="hidden" name="intent" value="kirim-undangan" />
            <Field
              label="Nomor surat (boleh dikosongkan)"
              name="nomor"
              error={actionData?.errors.nomor}
              hint="Surat undangan dan undangan kalender dikirim ke setiap peserta yang memiliki alamat surel. Setelah rakor diubah atau dibatalkan, kirim lagi untuk memberitahukan perubahannya."
            />
            <button type="submit" className="button">
              {r.status === "cancelled" ? "Kirim pembatalan undangan" : "Kirim undangan"}
            </button>
          </Form>
        ) : null}
      </section>

      <MinutesPanel data={data.minutes} errors={actionData?.errors} />

      <section className="panel" aria-labelledby="h-lokasi">
        <h2 id="h-lokasi">Lokasi yang terhubung</h2>
        {data.sites.length === 0 ? (
          <Empty text="Tidak ada lokasi lain selain tempat utama." to={`${base}/lokasi`} action="Tambah lokasi" canWrite={data.canWrite} />
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Lokasi</th>
                  <th scope="col">Instansi</th>
                  <th scope="col">Wilayah</th>
                  <th scope="col">Pimpinan setempat</th>
                  <th scope="col" className="num">Peserta</th>
                </tr>
              </thead>
              <tbody>
                {data.sites.map((s) => (
                  <tr key={s.id}>
                    <td>{s.name}</td>
                    <td title={s.agencyCanonicalName && s.agencyCanonicalName !== s.agencyName ? `Tertaut ke ${s.agencyCanonicalName}` : undefined}>{s.agencyName ?? "-"}</td>
                    <td>{s.regionName ?? "-"}</td>
                    <td>{s.chair || "-"}</td>
                    <td className="num">{formatNumber(s.people)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="panel" aria-labelledby="h-peserta">
        <h2 id="h-peserta">Peserta</h2>
        {data.attendees.length === 0 ? (
          <Empty text="Daftar hadir belum dicatat." to={`${base}/peserta`} action="Tambah peserta" canWrite={data.canWrite} />
        ) : (
          <>
            <div className="grid">
              <div className="stat">
                <strong>{formatNumber(present)}</strong>
                <span>hadir dari {formatNumber(data.attendees.length)} tercatat</span>
              </div>
              <div className="stat">
                <strong>{formatNumber(sumOf("inPerson"))}</strong>
                <span>hadir luring</span>
              </div>
              <div className="stat">
                <strong>{formatNumber(sumOf("online"))}</strong>
                <span>hadir daring</span>
              </div>
              <div className="stat">
                <strong>{formatNumber(sumOf("absent"))}</strong>
                <span>tidak hadir</span>
              </div>
            </div>
            {data.presence ? <p>Menurut tempat: {data.presence}.</p> : null}
            <h3>Menurut instansi</h3>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Instansi</th>
                    <th scope="col" className="num">Hadir luring</th>
                    <th scope="col" className="num">Hadir daring</th>
                    <th scope="col" className="num">Tidak hadir</th>
                    <th scope="col" className="num">Jumlah</th>
                  </tr>
                </thead>
                <tbody>
                  {data.byAgency.map((a) => (
                    <tr key={a.agencyName ?? "-"}>
                      <td>{a.agencyName ?? "(instansi tidak dicatat)"}</td>
                      <td className="num">{formatNumber(a.inPerson)}</td>
                      <td className="num">{formatNumber(a.online)}</td>
                      <td className="num">{formatNumber(a.absent)}</td>
                      <td className="num">{formatNumber(a.total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {places.map((place) => {
              const people = data.attendees.filter((a) => a.siteId === place.id);
              if (people.length === 0) return null;
              return (
                <div key={place.id ?? "utama"}>
                  <h3>
                    {place.name} <small>({formatNumber(people.length)} orang)</small>
                  </h3>
                  <div className="table-wrap">
                    <table>
                      <thead>
                        <tr>
                          <th scope="col">Nama</th>
                          <th scope="col">Pangkat / Jabatan</th>
                          <th scope="col">Instansi</th>
                          <th scope="col">Peran</th>
                          <th scope="col">Kehadiran</th>
                        </tr>
                      </thead>
                      <tbody>
                        {people.map((a) => (
                          <tr key={a.id}>
                            <td>{a.name}</td>
                            <td>{[a.rank, a.jobTitle].filter(Boolean).join(" / ") || "-"}</td>
                            <td title={a.agencyCanonicalName && a.agencyCanonicalName !== a.agencyName ? `Tertaut ke ${a.agencyCanonicalName}` : undefined}>{a.agencyName ?? "-"}</td>
                            <td>{ATTENDEE_ROLE_LABELS[a.role]}</td>
                            <td>
                              {ATTENDANCE_LABELS[a.attendance]}
                              {a.durationMinutes !== null ? <small className="muted"> · {formatNumber(a.durationMinutes)} menit</small> : null}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </div>
              );
            })}
          </>
        )}
      </section>

      <section className="panel" aria-labelledby="h-agenda">
        <h2 id="h-agenda">Agenda</h2>
        {r.status === "scheduled" ? (
          <p className="no-print">
            <Link to={`${base}/tinjauan`}>Tinjauan rencana aksi sejak rakor sebelumnya</Link>
          </p>
        ) : null}
        {data.agenda.length === 0 ? (
          <Empty text="Agenda belum dicatat." to={`${base}/agenda`} action="Tambah agenda" canWrite={data.canWrite} />
        ) : (
          <ol>
            {data.agenda.map((a) => (
              <li key={a.id}>
                <strong>{a.title}</strong>
                {a.time ? <span className="muted"> · pukul {a.time}</span> : null}
                {a.presenter ? <div>Pemapar: {a.presenter}</div> : null}
                {a.notes ? <div className="muted">{a.notes}</div> : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="panel" aria-labelledby="h-bahan">
        <h2 id="h-bahan">Bahan</h2>
        {data.materials.length === 0 ? (
          <Empty text="Belum ada bahan." to={`${base}/bahan`} action="Unggah bahan" canWrite={data.canWrite} />
        ) : (
          <ul>
            {data.materials.map((m) => (
              <li key={m.id}>
                {m.file ? (
                  <a href={`${base}/bahan/${m.id}`} download>
                    {m.title}
                  </a>
                ) : safeHref(m.url) ? (
                  <a href={safeHref(m.url)!} rel="noopener noreferrer" target="_blank">
                    {m.title}
                  </a>
                ) : (
                  m.title
                )}{" "}
                <span className="badge badge-not_started">{MATERIAL_KIND_LABELS[m.kind]}</span>
                {m.file ? <small className="muted"> · {m.file.originalName}, {formatBytes(m.file.size)}</small> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="h-hasil">
        <h2 id="h-hasil">Hasil rapat</h2>
        {data.outcomes.length === 0 ? (
          <Empty text="Hasil rapat belum dicatat." to={`${base}/hasil`} action="Tambah hasil" canWrite={data.canWrite} />
        ) : (
          <ol>
            {data.outcomes.map((o) => (
              <li key={o.id}>
                <p>{o.text}</p>
                {o.actions.length ? (
                  <ActionTable rows={o.actions} empty="" />
                ) : (
                  <p className="muted">Belum ada rencana aksi dari hasil ini.</p>
                )}
                {data.canPlanActions ? (
                  <p>
                    <Link to={`/aksi/baru?hasil=${o.id}`}>Buat rencana aksi</Link>
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
