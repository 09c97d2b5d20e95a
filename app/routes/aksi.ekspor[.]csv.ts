// CSV export of any filtered action-plan list (the same query string as /aksi), or of the
// per-Subsatgas/agency/region tables with ?ringkasan=. Dialect: see app/documents/csv.server.ts.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { listActionsForExport } from "~/action-plan/action.server";
import { subsatgasSummaryFiltered, summaryByAgency, summaryByRegion, type StatusCounts } from "~/action-plan/dashboard.server";
import { NATIONAL_TIME_ZONE } from "~/action-plan/overdue.server";
import { parseActionFilter } from "~/action-plan/action-filter";
import { requirePermission } from "~/accounts/auth.server";
import { csvResponse, toCsv, type CsvValue } from "~/documents/csv.server";
import { calendarDateIn, formatTime, todayIn } from "~/utils/period";
import { ACTION_STATUS_LABELS } from "~/utils/labels";

const COUNT_HEADER = ["Total", "Selesai", "Berjalan", "Terhambat", "Belum dimulai", "Dibatalkan", "Terlambat", "Capaian (%)"];
const counts = (r: StatusCounts): CsvValue[] => [r.total, r.done, r.inProgress, r.blocked, r.notStarted, r.cancelled, r.overdue, r.completion];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-actions");
  const db = getDb();
  const url = new URL(request.url);
  const filter = parseActionFilter(url.searchParams);
  const scope = user.regionCode;
  const today = todayIn(NATIONAL_TIME_ZONE);
  switch (url.searchParams.get("ringkasan")) {
    case "subsatgas":
      return csvResponse(
        `capaian-per-subsatgas-${today}.csv`,
        toCsv(["Subsatgas", ...COUNT_HEADER], subsatgasSummaryFiltered(db, scope, filter).map((r) => [r.name, ...counts(r)])),
      );
    case "instansi":
      return csvResponse(
        `rencana-aksi-per-instansi-${today}.csv`,
        toCsv(["Instansi (pelaksana utama)", ...COUNT_HEADER, "Sebagai pendukung"], summaryByAgency(db, scope, filter).map((r) => [r.name, ...counts(r), r.supporting])),
      );
    case "wilayah":
      return csvResponse(
        `rencana-aksi-per-wilayah-${today}.csv`,
        toCsv(["Kode wilayah", "Wilayah", ...COUNT_HEADER], summaryByRegion(db, scope, filter).map((r) => [r.regionCode ?? "", r.name, ...counts(r)])),
      );
  }
  const origin = url.origin;
  const rows = listActionsForExport(db, scope, filter).map((r, i): CsvValue[] => {
    const zone = r.timeZone ?? NATIONAL_TIME_ZONE;
    return [
      i + 1,
      r.id,
      r.title,
      r.description,
      r.subsatgasName,
      r.leadAgencyName,
      r.supportingNames,
      r.regionName ?? "Nasional",
      r.dueDate,
      ACTION_STATUS_LABELS[r.status],
      r.progress,
      r.overdue,
      r.lastUpdateAt ? `${calendarDateIn(r.lastUpdateAt, zone)} ${formatTime(r.lastUpdateAt, zone)}` : "",
      r.lastNote,
      r.rakorTitle,
      r.rakorStartsAt && r.rakorTimeZone ? calendarDateIn(r.rakorStartsAt, r.rakorTimeZone) : "",
      r.outcomeText,
      `${origin}/aksi/${r.id}`,
    ];
  });
  const header = [
    "No",
    "ID",
    "Rencana aksi",
    "Uraian",
    "Subsatgas",
    "Instansi pelaksana utama",
    "Instansi pendukung",
    "Wilayah",
    "Tenggat",
    "Status",
    "Progres (%)",
    "Terlambat",
    "Pembaruan terakhir",
    "Catatan terakhir",
    "Asal rakor",
    "Tanggal rakor",
    "Hasil rakor",
    "Tautan",
  ];
  return csvResponse(`rencana-aksi-${today}.csv`, toCsv(header, rows));
}
