// The minutes panel of the rakor page: the state and version of the notulen, the corrections sent
// by recipients of the draft, and the forms (circulate, approve, reopen with a reason). The server
// (app/rakor/minutes.server.ts loadMinutesPanel) decides which forms this user is offered.
import { Form } from "@remix-run/react";
import type { SerializeFrom } from "@remix-run/node";
import { TextareaField } from "~/components/Field";
import { MINUTES_STATUS_LABELS } from "~/utils/labels";
import { endSentence } from "~/utils/text";
import type { MinutesPanelData } from "~/rakor/minutes.server";

export function MinutesPanel({ data, errors }: { data: SerializeFrom<MinutesPanelData>; errors?: Record<string, string> }) {
  const approved = data.status === "approved";
  const open = data.corrections.filter((c) => c.resolvedAt === null).length;
  return (
    <section className="panel" aria-labelledby="h-notulen" id="notulen">
      <h2 id="h-notulen">Notulen</h2>
      <p>
        {`Versi ${data.version}: `}
        <strong>{MINUTES_STATUS_LABELS[data.status]}</strong>
        {data.status === "circulated" && data.circulatedAt ? ` pada ${data.circulatedAt} kepada ${data.recipients} penerima.` : null}
        {approved ? endSentence(` pada ${data.approvedAt} oleh ${data.approvedByName}${data.approvedOnBehalf ? " (disetujui sekretariat atas nama pimpinan rapat)" : ""}`) : null}
      </p>
      {approved ? (
        <>
          <p className="alert alert-info" role="status">
            {data.lockMessage}
          </p>
          <p>
            Kode verifikasi: <strong>{data.verificationCode}</strong> ·{" "}
            <a href={`/verifikasi/${data.verificationCode}`} target="_blank" rel="noopener noreferrer">
              Halaman verifikasi
            </a>
          </p>
        </>
      ) : null}
      {errors?.notulen ? (
        <p className="alert alert-error" role="alert">
          {errors.notulen}
        </p>
      ) : null}

      <div className="actions-row no-print">
        {!approved && data.canCirculate ? (
          <Form method="post">
            <input type="hidden" name="intent" value="edarkan-notulen" />
            <button type="submit" className="button button-secondary">
              Edarkan notulen
            </button>
          </Form>
        ) : null}
        {!approved && data.approval ? (
          <Form method="post">
            <input type="hidden" name="intent" value="setujui-notulen" />
            <button type="submit" className="button">
              {data.approval.onBehalf ? `Setujui notulen atas nama ${data.chairName ?? "pimpinan rapat"}` : "Setujui notulen"}
            </button>
          </Form>
        ) : null}
      </div>
      {!approved && data.canCirculate ? (
        <p className="muted">
          Edarkan: setiap peserta yang memiliki alamat surel menerima draf notulen dan tautan untuk mengirim koreksi. Setelah disetujui, hasil, peserta, dan agenda rakor terkunci.
        </p>
      ) : null}

      {approved && data.canReopen ? (
        <Form method="post" className="stack no-print">
          <input type="hidden" name="intent" value="buka-notulen" />
          <TextareaField label="Alasan membuka kembali notulen" name="alasanBuka" rows={2} error={errors?.alasanBuka} hint="Notulen yang sudah disetujui tetap dapat diverifikasi; perubahan dicatat sebagai versi baru." />
          <div>
            <button type="submit" className="button button-secondary">
              Buka kembali notulen
            </button>
          </div>
        </Form>
      ) : null}

      {data.previous.length ? (
        <>
          <h3>Versi sebelumnya</h3>
          <ul>
            {data.previous.map((v) => (
              <li key={v.version}>
                Versi {v.version}
                {v.verificationCode ? (
                  <>
                    {" "}
                    · kode <a href={`/verifikasi/${v.verificationCode}`}>{v.verificationCode}</a>
                  </>
                ) : null}
                {v.reopenedAt ? ` · dibuka kembali ${v.reopenedAt}: ${v.reopenReason}` : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {data.corrections.length ? (
        <>
          <h3>
            Koreksi dari peserta <small>{`(${open} belum ditangani)`}</small>
          </h3>
          <ul>
            {data.corrections.map((c) => (
              <li key={c.id}>
                <strong>{c.name}</strong> <span className="muted">{`(${c.email}, versi ${c.version}, ${c.createdAt})`}</span>
                <p className="prewrap">{c.body}</p>
                {c.resolvedAt === null ? (
                  <Form method="post" className="no-print">
                    <input type="hidden" name="intent" value="tandai-koreksi" />
                    <input type="hidden" name="id" value={c.id} />
                    <button type="submit" className="button button-secondary">
                      Tandai sudah ditangani
                    </button>
                  </Form>
                ) : (
                  <span className="badge badge-done">Sudah ditangani</span>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
