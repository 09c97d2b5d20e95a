import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { UserForm } from "~/components/UserForm";
import { getDb } from "~/db.server";
import { editUserSchema, userFormOptions, userFormValues } from "~/accounts/user-form.server";
import { getUserInScope, updateUser } from "~/accounts/user.server";
import { requirePermission } from "~/accounts/auth.server";
import { parseForm } from "~/utils/forms";
import { idParam, notFound } from "~/utils/http.server";
import { redirectWithFlash } from "~/utils/flash.server";

export const meta: MetaFunction = () => [{ title: "Ubah pengguna · SIGAP TPPO" }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: (data) => [{ label: "Pengguna", to: "/admin/pengguna" }, { label: data.user.name }],
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "manage-users");
  const db = getDb();
  const user = getUserInScope(db, idParam(params.userId), admin.regionCode) ?? notFound("Pengguna tidak ditemukan dalam cakupan Anda.");
  return json({ user, values: userFormValues(user), options: userFormOptions(db, admin.regionCode), isSelf: user.id === admin.id });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "manage-users");
  const db = getDb();
  const user = getUserInScope(db, idParam(params.userId), admin.regionCode) ?? notFound("Pengguna tidak ditemukan dalam cakupan Anda.");
  const form = parseForm(editUserSchema(db, admin.regionCode, user.id === admin.id), await request.formData());
  if (!form.ok) return json({ errors: form.errors, values: form.values }, { status: 400 });
  await updateUser(db, user.id, form.data, admin.id);
  return redirectWithFlash(`/admin/pengguna/${user.id}`, "Perubahan pengguna tersimpan.");
}

export default function EditUserPage() {
  const { user, values: stored, options } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const values = actionData?.values ? { ...actionData.values, email: user.email } : stored;
  return (
    <section className="panel">
      <h1>Ubah pengguna</h1>
      <UserForm mode="edit" values={values} errors={actionData?.errors ?? {}} {...options} />
    </section>
  );
}

export const ErrorBoundary = ErrorMessage;
