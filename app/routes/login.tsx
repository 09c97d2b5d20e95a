import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, Field } from "~/components/Field";
import { getDb } from "~/db.server";
import { loginLockout, recordLoginAttempt } from "~/accounts/session.server";
import { findUserForLogin, normalizeEmail, verifyPassword } from "~/accounts/user.server";
import { getUser, safeRedirect, startSession } from "~/accounts/auth.server";
import { parseForm } from "~/utils/forms";
import { clientIp } from "~/utils/http.server";
import { logEvent } from "~/utils/log.server";

export const meta: MetaFunction = () => [{ title: "Masuk · SIGAP TPPO" }];

// Remix keeps only Set-Cookie from an action's headers on a document response; the 429's
// Retry-After has to be passed on here or it never reaches the browser.
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const headers = new Headers();
  const retryAfter = actionHeaders.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};

// Public: the one page (with /healthz) reachable without a session.
export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/");
  return json({});
}

const LoginSchema = z.object({
  email: z.string({ error: "Email wajib diisi." }).trim().min(1, "Email wajib diisi."),
  password: z.string({ error: "Kata sandi wajib diisi." }).min(1, "Kata sandi wajib diisi."),
  redirectTo: z.string().optional(),
});

export async function action({ request, context }: ActionFunctionArgs) {
  const form = parseForm(LoginSchema, await request.formData());
  if (!form.ok) return json({ errors: form.errors, values: { email: form.values.email ?? "" } }, { status: 400 });

  const db = getDb();
  const ip = clientIp(context);
  const email = normalizeEmail(form.data.email);
  const wait = loginLockout(db, email, ip);
  if (wait !== null) {
    const minutes = Math.ceil(wait / 60000);
    logEvent("login_locked", { email, ip });
    return json(
      {
        errors: { _form: `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${minutes} menit.` } as Record<string, string>,
        values: { email },
      },
      { status: 429, headers: { "Retry-After": String(Math.ceil(wait / 1000)) } },
    );
  }

  const user = await findUserForLogin(db, email);
  const valid = await verifyPassword(user?.passwordHash, form.data.password);
  if (!user || !valid || !user.active) {
    recordLoginAttempt(db, email, ip, false);
    logEvent("login_failed", { email, ip });
    return json({ errors: { _form: "Email atau kata sandi salah." } as Record<string, string>, values: { email } }, { status: 400 });
  }
  recordLoginAttempt(db, email, ip, true);
  logEvent("login", { userId: user.id, ip });
  return startSession(request, user.id, ip, safeRedirect(form.data.redirectTo));
}

export default function LoginPage() {
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const errors: Record<string, string> = actionData?.errors ?? {};
  return (
    <section className="panel login">
      <h1>Masuk ke SIGAP TPPO</h1>
      <p className="muted">Gunakan akun yang diberikan sekretariat Gugus Tugas Anda.</p>
      <Form method="post" className="stack" noValidate>
        <ErrorSummary errors={errors} />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={actionData?.values?.email}
          error={errors.email}
        />
        <Field label="Kata sandi" name="password" type="password" autoComplete="current-password" required error={errors.password} />
        <div>
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {navigation.state === "submitting" ? "Memeriksa..." : "Masuk"}
          </button>
        </div>
      </Form>
    </section>
  );
}
