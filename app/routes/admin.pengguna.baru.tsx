import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import { UserForm } from "~/components/UserForm";
import { getDb } from "~/db.server";
import { checkUserRelations, NewUserSchema, userFormOptions } from "~/accounts/user-form.server";
import { createUser, DuplicateEmailError } from "~/accounts/user.server";
import { requireRole } from "~/accounts/auth.server";
import { parseForm } from "~/utils/forms";

export const meta: MetaFunction = () => [{ title: "Tambah pengguna · SIGAP TPPO" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireRole(request, ["admin"]);
  return json({ options: userFormOptions(getDb(), admin.regionCode), defaultRegion: admin.regionCode ?? "" });
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, ["admin"]);
  const db = getDb();
  const form = parseForm(NewUserSchema, await request.formData());
  if (!form.ok) return json({ errors: form.errors, values: form.values }, { status: 400 });
  const relationErrors = checkUserRelations(db, form.data, admin.regionCode);
  if (Object.keys(relationErrors).length) return json({ errors: relationErrors, values: { ...form.data, password: "" } }, { status: 400 });
  try {
    const user = await createUser(db, form.data, admin.id);
    return redirect(`/admin/pengguna/${user.id}?tersimpan=1`);
  } catch (error) {
    if (error instanceof DuplicateEmailError) {
      return json({ errors: { email: "Email ini sudah terdaftar." } as Record<string, string>, values: { ...form.data, password: "" } }, { status: 400 });
    }
    throw error;
  }
}

export default function NewUserPage() {
  const { options, defaultRegion } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const values = (actionData?.values ?? { regionCode: defaultRegion }) as Record<string, string>;
  return (
    <section className="panel">
      <h1>Tambah pengguna</h1>
      <UserForm mode="new" values={values} errors={actionData?.errors ?? {}} {...options} />
    </section>
  );
}

export const ErrorBoundary = ErrorMessage;
