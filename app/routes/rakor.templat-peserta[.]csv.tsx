// The attendee CSV template (our own columns, one example row).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { ATTENDEE_CSV_TEMPLATE } from "~/rakor/attendee-import.server";
import { requirePermission } from "~/accounts/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "write-rakor");
  return new Response(`\uFEFF${ATTENDEE_CSV_TEMPLATE}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="templat-daftar-hadir.csv"',
    },
  });
}
