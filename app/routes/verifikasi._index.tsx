// Public: type the verification code printed on an approved notulen to open its verification page.
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { Field } from "~/components/Field";
import { ErrorMessage } from "~/components/ErrorMessage";
import { normalizeVerificationCode } from "~/rakor/minutes.server";

export const meta: MetaFunction = () => [{ title: "Verifikasi notulen · SIGAP TPPO" }];

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const code = normalizeVerificationCode(String(formData.get("kode") ?? ""));
  if (!code) return json({ errors: { kode: "Kode verifikasi terdiri atas 12 huruf dan angka, misalnya K7QF-2M9X-PL4D." } }, { status: 400 });
  return redirect(`/verifikasi/${code}`);
}

export default function VerifyIndexPage() {
  const result = useActionData<typeof action>();
  return (
    <section className="panel">
      <h1>Verifikasi notulen rakor</h1>
      <p>Masukkan kode verifikasi yang tercetak di bawah kode QR pada notulen yang sudah disahkan.</p>
      <Form method="post" className="stack">
        <Field label="Kode verifikasi" name="kode" autoComplete="off" error={result?.errors.kode} />
        <div>
          <button type="submit" className="button">
            Periksa
          </button>
        </div>
      </Form>
    </section>
  );
}

export const ErrorBoundary = ErrorMessage;
