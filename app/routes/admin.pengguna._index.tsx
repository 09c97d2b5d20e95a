import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import { getDb } from "~/db.server";
import { listUsersInScope } from "~/accounts/user.server";
import { requirePermission } from "~/accounts/auth.server";
import { ROLE_LABELS } from "~/utils/labels";

export const meta: MetaFunction = () => [{ title: "Pengguna · SIGAP TPPO" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "manage-users");
  return json({ users: listUsersInScope(getDb(), admin.regionCode) });
}

export default function UsersPage() {
  const { users } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Pengguna</h1>
          <p>Akun dalam cakupan Anda: peran, instansi, cakupan Gugus Tugas dan status.</p>
        </div>
        <Link to="/admin/pengguna/baru" className="button">
          Tambah pengguna
        </Link>
      </div>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Nama</th>
              <th scope="col">Email</th>
              <th scope="col">Peran</th>
              <th scope="col">Instansi</th>
              <th scope="col">Cakupan</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  <Link to={`/admin/pengguna/${u.id}`}>{u.name}</Link>
                </td>
                <td>{u.email}</td>
                <td>{ROLE_LABELS[u.role]}</td>
                <td>{u.agencyName ?? "–"}</td>
                <td>{u.regionName ?? "Nasional"}</td>
                <td>{u.active ? "Aktif" : <span className="badge badge-cancelled">Nonaktif</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
