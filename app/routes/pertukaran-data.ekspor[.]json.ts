// GET /pertukaran-data/ekspor.json?wilayah=KODE&dari=YYYY-MM-DD&sampai=YYYY-MM-DD: a bundle of the
// user's scope (or a region within it) as a download.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { exportBundleText } from "~/bundle/export.server";
import { getRegion } from "~/task-forces/region.server";
import { assertCan, requirePermission } from "~/accounts/auth.server";
import { logEvent } from "~/utils/log.server";
import { readPeriod } from "~/utils/period";

const badRequest = (message: string) =>
  new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "exchange-bundles");
  const url = new URL(request.url);
  const db = getDb();
  const wilayah = url.searchParams.get("wilayah") || null;
  if (wilayah !== null && !getRegion(db, wilayah)) return badRequest(`Kode wilayah "${wilayah}" tidak dikenal.`);
  const region = wilayah ?? user.regionCode;
  assertCan(user, request, "exchange-bundles", { regionCode: region }, `export of ${region ?? "nasional"}`);
  const asked = readPeriod(url, null);
  if (Object.keys(asked.errors).length) return badRequest(Object.values(asked.errors).join(" "));
  const from = asked.period.start ?? undefined;
  const to = asked.period.end ?? undefined;

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
