// The calendar (.ics) of the series a rakor belongs to: the recurring event with RRULE (or RDATE)
// and EXDATE for cancelled occurrences, and the occurrences moved or edited alone.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { buildSeriesCalendar } from "~/documents/ics.server";
import { requireRakorReader } from "~/rakor/rakor-access.server";
import { slugify } from "~/rakor/rakor-format";
import { loadSeriesCalendar } from "~/rakor/series.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { rakor } = await requireRakorReader(request, params.id);
  if (rakor.seriesId === null) throw new Response("Rakor ini tidak termasuk seri.", { status: 404 });
  const origin = new URL(request.url);
  const body = buildSeriesCalendar(loadSeriesCalendar(getDb(), rakor.seriesId), { url: (id) => `${origin.origin}/rakor/${id}`, host: origin.hostname });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8; method=PUBLISH",
      "Content-Disposition": `attachment; filename="seri-${slugify(rakor.title, 50)}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
