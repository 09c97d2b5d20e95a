// The correction link of a circulated draft notulen (public, no account): the recipient reads which
// rakor it is and sends a correction, which the secretariat reads on the rakor page. An unknown or
// expired token is 404; the link of a version since approved or replaced says so and takes nothing.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { TextareaField } from "~/components/Field";
import { ErrorMessage } from "~/components/ErrorMessage";
import { getDb } from "~/db.server";
import { CORRECTION_MAX, findCorrectionLink, recordCorrection } from "~/rakor/minutes.server";
import { notFound } from "~/utils/http.server";

export const meta: MetaFunction = () => [{ title: "Koreksi notulen · SIGAP TPPO" }, { name: "robots", content: "noindex" }];

function readLink(token: string | undefined) {
  return findCorrectionLink(getDb(), token ?? "") ?? notFound("Tautan koreksi tidak dikenal atau sudah kedaluwarsa.");
}

export async function loader({ params }: LoaderFunctionArgs) {
  const link = readLink(params.token);
  const { title, date, version, state } = link;
  return json({ title, date, version, state, correctionMax: CORRECTION_MAX, reason: link.state === "closed" ? link.reason : null, name: link.state === "open" ? link.name : null }, { status: link.state === "open" ? 200 : 410 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const link = readLink(params.token);
  if (link.state !== "open") return json({ sent: false, error: link.reason }, { status: 410 });
  const formData = await request.formData();
  const result = recordCorrection(getDb(), link, String(formData.get("koreksi") ?? ""));
  if (!result.ok) return json({ sent: false, error: result.error }, { status: 400 });
  return json({ sent: true, error: null });
}

export default function CorrectionPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <section className="panel">
      <h1>Koreksi draf notulen</h1>
      <p>
        <strong>{data.title}</strong>
        <br />
        {data.date} · versi {data.version}
      </p>
      {data.state !== "open" ? (
        <p className="alert alert-info" role="status">
          {data.reason}
        </p>
      ) : result?.sent ? (
        <p className="alert alert-ok" role="status">
          Terima kasih, koreksi Anda sudah diterima sekretariat. Anda dapat mengirim koreksi lain melalui tautan yang sama.
        </p>
      ) : (
        <Form method="post" className="stack">
          <p>Yth. {data.name}, tuliskan bagian notulen yang perlu diperbaiki dan perbaikannya.</p>
          <TextareaField label="Koreksi" name="koreksi" rows={6} maxLength={data.correctionMax} error={result?.error ?? undefined} />
          <div>
            <button type="submit" className="button">
              Kirim koreksi
            </button>
          </div>
        </Form>
      )}
    </section>
  );
}

export const ErrorBoundary = ErrorMessage;
