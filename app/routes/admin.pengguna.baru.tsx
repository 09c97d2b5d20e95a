import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { UserForm } from "~/components/UserForm";
import { getDb } from "~/db.server";
import { newUserSchema, userFormOptions } from "~/accounts/user-form.server";
import { createUser, DuplicateEmailError } from "~/accounts/user.server";
import { requirePermission } from "~/accounts/auth.server";
import { parseForm, postedValues } from "~/utils/forms";
import { redirectWithFlash } from "~/utils/flash.server";

export const meta: MetaFunction = () => [{ title: "Tambah pengguna · SIGAP TPPO" }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: () => [{ label: "Pengguna", to: "/admin/pengguna" }, { label: "Tambah pengguna" }],
};

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "manage-users");
  return json({ options: userFormOptions(getDb(), admin.regionCode), defaultRegion: admin.regionCode ?? "" });
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "manage-users");
  const db = getDb();
  const formData = await request.formData();
  const form = parseForm(newUserSchema(db, admin.regionCode), formData);
  if (!form.ok) return json({ errors: form.errors, values: form.values }, { status: 400 });
  try {
    const user = await createUser(db, form.data, admin.id);
    return redirectWithFlash(`/admin/pengguna/${user.id}`, "Pengguna ditambahkan.");
  } catch (error) {
    if (error instanceof DuplicateEmailError) {
      return json({ errors: { email: "Email ini sudah terdaftar." } as Record<string, string>, values: postedValues(formData) }, { status: 400 });
    }
    throw error;
  }
}

export default function NewUserPage() {
  const { options, defaultRegion } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const values = actionData?.values ?? { regionCode: defaultRegion };
  return (
    <section className="panel">
      <h1>Tambah pengguna</h1>
      <UserForm mode="new" values={values} errors={actionData?.errors ?? {}} {...options} />
    </section>
  );
}

export const ErrorBoundary = ErrorMessage;
