// The signed-in user's profile: name, e-mail, role, agency and task force as the app knows them
// (an admin changes them), and the one setting the user owns: the reminder e-mails (the liaison's
// daily digest, the leader's weekly summary), posted as intent=surel.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorMessage } from "~/components/ErrorMessage";
import { getDb } from "~/db.server";
import { requireUser } from "~/accounts/auth.server";
import { getProfile, setDigestEnabled } from "~/accounts/profile.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { fields, parseForm } from "~/utils/forms";
import { notFound } from "~/utils/http.server";
import { ROLE_LABELS } from "~/utils/labels";

export const meta: MetaFunction = () => [{ title: "Profil · SIGAP TPPO" }];

const DigestForm = z.object({ intent: z.literal("surel"), digest: fields.checkbox() });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const profile = getProfile(getDb(), user.id) ?? notFound("Akun tidak ditemukan.");
  return json({ profile });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = parseForm(DigestForm, await request.formData());
  if (!parsed.ok) return json({ error: "Permintaan tidak dikenal. Muat ulang halaman." }, { status: 400 });
  const on = parsed.data.digest;
  setDigestEnabled(getDb(), user.id, on);
  return redirectWithFlash("/profil", on ? "Surel pengingat diaktifkan." : "Surel pengingat dinonaktifkan: Anda tidak lagi menerima ringkasan lewat surel.");
}

export default function ProfilePage() {
  const { profile } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const what =
    profile.role === "penghubung"
      ? "Ringkasan harian (paling banyak satu surel sehari, hanya bila ada rencana aksi instansi Anda yang jatuh tempo dalam 7 hari, terlambat, atau penyelesaiannya dikembalikan)."
      : profile.role === "pimpinan"
        ? "Ringkasan mingguan setiap Senin pagi: pergerakan rencana aksi 7 hari terakhir, jumlah yang terlambat dan yang menunggu verifikasi dalam cakupan Anda."
        : "Surel pengingat dikirim kepada penghubung (ringkasan harian) dan pimpinan (ringkasan mingguan); peran Anda saat ini tidak menerimanya.";
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Profil</h1>
          <p>Data akun Anda. Perubahan nama, peran, instansi atau wilayah dilakukan oleh administrator.</p>
        </div>
      </div>
      <section className="panel">
        <dl className="facts">
          <dt>Nama</dt>
          <dd>{profile.name}</dd>
          <dt>Email</dt>
          <dd>{profile.email}</dd>
          <dt>Peran</dt>
          <dd>{ROLE_LABELS[profile.role]}</dd>
          <dt>Instansi</dt>
          <dd>{profile.agencyName ?? "–"}</dd>
          <dt>Gugus Tugas</dt>
          <dd>{profile.regionName ?? "Nasional"}</dd>
        </dl>
      </section>
      <section className="panel">
        <h2>Surel pengingat</h2>
        <p>{what}</p>
        {actionData?.error ? (
          <p className="alert alert-error" role="alert">
            {actionData.error}
          </p>
        ) : null}
        <Form method="post" key={String(profile.digestEnabled)}>
          <input type="hidden" name="intent" value="surel" />
          <label className="checkbox">
            <input type="checkbox" name="digest" defaultChecked={profile.digestEnabled} /> Kirimi saya ringkasan lewat surel
          </label>
          <p className="muted">{`Status saat ini: ${profile.digestEnabled ? "aktif" : "nonaktif"}.`}</p>
          <div className="actions-row">
            <button type="submit" className="button">
              Simpan
            </button>
          </div>
        </Form>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
