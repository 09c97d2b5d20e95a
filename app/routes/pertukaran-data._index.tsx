import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import { ErrorSummary, Field } from "~/components/Field";
import { getDb } from "~/db.server";
import { stageBundle } from "~/bundle/staging.server";
import { readPostedForm } from "~/utils/upload.server";
import { fileField } from "~/utils/upload.server";
import { listRegionsInScope } from "~/task-forces/region.server";
import { requirePermission } from "~/accounts/auth.server";

export const meta: MetaFunction = () => [{ title: "Pertukaran data · SIGAP TPPO" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "exchange-bundles");
  const regions = listRegionsInScope(getDb(), user.regionCode).map((r) => ({ code: r.code, name: r.name }));
  return json({
    scope: user.regionCode,
    regions,
  });
}

type ActionData = { fileError: string };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "exchange-bundles");
  const upload = await readPostedForm(request);
  if (!upload.ok) return json<ActionData>({ fileError: upload.error }, { status: 400 });
  const file = fileField(upload.formData, "bundel");
  if (!file) return json<ActionData>({ fileError: "Pilih berkas bundel (.json) yang akan diimpor." }, { status: 400 });
  if (!/\.json$/i.test(file.name)) return json<ActionData>({ fileError: "Berkas bundel harus berformat JSON (nama berakhiran .json)." }, { status: 400 });
  const token = stageBundle(Buffer.from(await file.arrayBuffer()), { userId: user.id, fileName: file.name });
  return redirect(`/pertukaran-data/pratinjau/${token}`);
}

export default function BundleExchangePage() {
  const { scope, regions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Pertukaran data</h1>
          <p>Impor dan ekspor bundel data SIGAP TPPO: rakor beserta rencana aksinya, gugus tugas daerah, dan statistik kasus.</p>
        </div>
      </div>


      <section className="panel">
        <h2>Impor bundel</h2>
        <p>
          Unggah berkas bundel (format <code>sigap-tppo-bundle</code> versi 1, misalnya kiriman sekretariat daerah atau ekspor dari sistem instansi). Berkas diperiksa
          dulu: Anda melihat data mana yang akan dibuat, diperbarui, tidak berubah atau ditolak, lalu memutuskan untuk mengimpornya.
        </p>
        <ul>
          <li>Semua atau tidak sama sekali: satu data saja salah, tidak ada yang disimpan, dan setiap kesalahan ditunjukkan dengan letaknya di berkas.</li>
          <li>Data dikenali dari <code>ref</code>-nya: mengimpor berkas yang sama dua kali tidak menggandakan apa pun.</li>
          <li>Hanya data dalam cakupan Anda ({scope ?? "nasional"}) yang diterima.</li>
        </ul>
        <Form method="post" encType="multipart/form-data" className="stack">
          <ErrorSummary errors={actionData?.fileError ? { bundel: actionData.fileError } : undefined} title="Bundel belum diperiksa; pilih berkas yang benar." />
          <Field label="Berkas bundel (.json, paling besar 25 MB)" name="bundel" type="file" accept=".json,application/json" error={actionData?.fileError} />
          <div>
            <button type="submit" className="button" disabled={busy}>
              {busy ? "Memeriksa..." : "Unggah dan periksa"}
            </button>
          </div>
        </Form>
      </section>

      <section className="panel">
        <h2>Ekspor bundel</h2>
        <p>
          Unduh data dalam cakupan Anda sebagai satu berkas bundel: untuk dikirim ke sekretariat di atas Anda, ke sistem lain, atau sebagai cadangan. Berkas bahan rakor
          ikut di dalamnya.
        </p>
        {/* A plain form: the download is a resource route, not a page. */}
        <form method="get" action="/pertukaran-data/ekspor.json" className="filters">
          <div className="field">
            <label htmlFor="f-wilayah">Wilayah</label>
            <select id="f-wilayah" name="wilayah" defaultValue="">
              <option value="">{scope === null ? "Seluruh data (nasional)" : `Seluruh cakupan saya (${scope})`}</option>
              {regions
                .filter((r) => r.code !== scope)
                .map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.code} {r.name}
                  </option>
                ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-dari">Rakor dan statistik sejak</label>
            <input id="f-dari" type="date" name="dari" />
          </div>
          <div className="field">
            <label htmlFor="f-sampai">sampai dengan</label>
            <input id="f-sampai" type="date" name="sampai" />
          </div>
          <button type="submit" className="button">
            Unduh bundel (.json)
          </button>
        </form>
        <p className="muted">Periode dihitung dari tanggal mulai rakor (di zona waktunya sendiri) dan tanggal awal periode statistik kasus. Kosongkan untuk semua waktu.</p>
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
