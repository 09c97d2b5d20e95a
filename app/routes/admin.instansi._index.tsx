import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import { getDb } from "~/db.server";
import { listAgencies } from "~/accounts/agency.server";
import { requirePermission } from "~/accounts/auth.server";

export const meta: MetaFunction = () => [{ title: "Instansi · SIGAP TPPO" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "manage-agencies");
  const q = new URL(request.url).searchParams.get("q") ?? "";
  return json({ q, agencies: listAgencies(getDb(), { q }) });
}

export default function AgenciesPage() {
  const { q, agencies } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Instansi</h1>
          <p>Kementerian, lembaga dan perangkat daerah. Nama lain dipakai untuk mengenali instansi pada impor data.</p>
        </div>
        <Link to="/admin/instansi/baru" className="button">
          Tambah instansi
        </Link>
      </div>
      <Form method="get" className="filters" role="search">
        <div className="field">
          <label htmlFor="q">Cari nama atau singkatan</label>
          <input id="q" type="search" name="q" defaultValue={q} />
        </div>
        <button type="submit" className="button button-secondary">
          Cari
        </button>
      </Form>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Nama</th>
              <th scope="col">Singkatan</th>
              <th scope="col">Nama lain</th>
              <th scope="col">Keanggotaan</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {agencies.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link to={`/admin/instansi/${a.id}`}>{a.name}</Link>
                </td>
                <td>{a.shortName ?? "–"}</td>
                <td>{a.aliases ?? "–"}</td>
                <td>{a.nationalMember ? "Anggota GT nasional" : a.regionCode ? `Daerah (${a.regionCode})` : "–"}</td>
                <td>{a.active ? "Aktif" : "Nonaktif"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
