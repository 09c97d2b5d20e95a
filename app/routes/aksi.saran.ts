// Suggestions for the typed agency and region filters of the action lists, as JSON:
// /aksi/saran?jenis=instansi&q=polda -> { suggestions: [{ value, label }] }, at most 20, only
// agencies and regions that have items within the user's scope.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { getDb } from "~/db.server";
import { suggest } from "~/action-plan/action-filter.server";
import { requirePermission } from "~/accounts/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-actions");
  const params = new URL(request.url).searchParams;
  const kind = params.get("jenis");
  if (kind !== "instansi" && kind !== "wilayah") return json({ suggestions: [], error: "Jenis saran harus instansi atau wilayah." }, { status: 400 });
  const suggestions = suggest(getDb(), user.regionCode, kind, params.get("q") ?? "");
  return json({ suggestions }, { headers: { "Cache-Control": "private, max-age=60" } });
}
