// GET /pertukaran-data/ekspor.json?wilayah=KODE&dari=YYYY-MM-DD&sampai=YYYY-MM-DD: a bundle of the
// user's scope (or a region within it) as a download.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { exportBundleText } from "~/bundle/export.server";
import { BUNDLE_ROLES } from "~/bundle/ui";
import { getRegion } from "~/task-forces/region.server";
import { assertScope, requireRole } from "~/accounts/auth.server";
import { logEvent } from "~/utils/log.server";
import { isCalendarDate } from "~/utils/time";

const badRequest = (message: string) =>
  new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, BUNDLE_ROLES);
  const url = new URL(request.url);
  const db = getDb();
  const wilayah = url.searchParams.get("wilayah") || null;
  if (wilayah !== null && !getRegion(db, wilayah)) return badRequest(`Kode wilayah "${wilayah}" tidak dikenal.`);
  const region = wilayah ?? user.regionCode;
  assertScope(user, request, region);
  const from = url.searchParams.get("dari") || undefined;
  const to = url.searchParams.get("sampai") || undefined;
  for (const [label, value] of [["dari", from], ["sampai", to]] as const) {
    if (value !== undefined && !isCalendarDate(value)) return badRequest(`Tanggal "${label}" harus tanggal yang valid (YYYY-MM-DD).`);
  }
  if (from && to && to < from) return badRequest("Tanggal akhir tidak boleh sebelum tanggal awal.");

  const { text, counts } = exportBundleText(db, { region, from, to }, user.id);
  logEvent("bundle_export", { userId: user.id, region: region ?? "nasional", from: from ?? null, to: to ?? null, ...counts });
  const name = `sigap-bundel-${region ?? "nasional"}${from || to ? `-${from ?? "awal"}-sd-${to ?? "kini"}` : ""}.json`;
  return new Response(text, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
