import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import { UserForm } from "~/components/UserForm";
import { getDb } from "~/db.server";
import { checkUserRelations, EditUserSchema, userFormOptions } from "~/accounts/user-form.server";
import { getUserInScope, updateUser } from "~/accounts/user.server";
import { requireRole } from "~/accounts/auth.server";
import { parseForm } from "~/utils/forms";
import { idParam, notFound } from "~/utils/http.server";

export const meta: MetaFunction = () => [{ title: "Ubah pengguna · SIGAP TPPO" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const admin = await requireRole(request, ["admin"]);
  const db = getDb();
  const user = getUserInScope(db, idParam(params.userId), admin.regionCode) ?? notFound("Pengguna tidak ditemukan dalam cakupan Anda.");
  return json({ user, options: userFormOptions(db, admin.regionCode), isSelf: user.id === admin.id });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireRole(request, ["admin"]);
  const db = getDb();
  const user = getUserInScope(db, idParam(params.userId), admin.regionCode) ?? notFound("Pengguna tidak ditemukan dalam cakupan Anda.");
  const form = parseForm(EditUserSchema, await request.formData());
  if (!form.ok) return json({ errors: form.errors, values: { ...form.values, password: "" } }, { status: 400 });
  const errors = checkUserRelations(db, form.data, admin.regionCode);
  if (user.id === admin.id && (!form.data.active || form.data.role !== "admin")) {
    errors._form = "Anda tidak dapat menonaktifkan akun sendiri atau mencabut peran administrator sendiri.";
  }
  if (Object.keys(errors).length) return json({ errors, values: { ...form.data, password: "" } }, { status: 400 });
  await updateUser(db, user.id, form.data, admin.id);
  return redirect(`/admin/pengguna/${user.id}?tersimpan=1`);
}

export default function EditUserPage() {
  const { user, options } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const values = actionData?.values
    ? { ...actionData.values, email: user.email }
    : { ...user, agencyId: user.agencyId ? String(user.agencyId) : "", regionCode: user.regionCode ?? "" };
  return (
    <section className="panel">
      <h1>Ubah pengguna</h1>
      {params.get("tersimpan") && !actionData ? (
        <div className="alert alert-ok" role="status">
          Perubahan tersimpan.
        </div>
      ) : null}
      <UserForm mode="edit" values={values as Record<string, string | boolean>} errors={actionData?.errors ?? {}} {...options} />
    </section>
  );
}

export const ErrorBoundary = ErrorMessage;
