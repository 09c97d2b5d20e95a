// The rakor's calendar invitation (.ics): times with TZID and the zone's VTIMEZONE, a link back to the rakor.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { buildInvitation } from "~/documents/ics.server";
import { requireRakorReader } from "~/rakor/rakor-access.server";
import { getRakorDetail } from "~/rakor/rakor.server";
import { calendarDateIn } from "~/utils/period";
import { slugify } from "~/rakor/rakor-format";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { rakor } = await requireRakorReader(request, params.id);
  const detail = getRakorDetail(getDb(), rakor.id)!;
  const origin = new URL(request.url);
  const body = buildInvitation(detail, { url: `${origin.origin}/rakor/${rakor.id}`, host: origin.hostname });
  const name = `undangan-${calendarDateIn(rakor.startsAt, rakor.timeZone)}-${slugify(rakor.title, 50)}.ics`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8; method=PUBLISH",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
