// The rakor's notulen as .docx, worded by templates/notulen.json. Approved minutes are the stored
// document as issued, byte for byte (its SHA-256 is what /verifikasi/<code> compares); otherwise a
// fresh draft.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { loadNotulenData, renderNotulen } from "~/documents/notulen.server";
import { requireRakorReader } from "~/rakor/rakor-access.server";
import { approvedDocument } from "~/rakor/minutes.server";
import { fileResponse } from "~/utils/upload.server";
import { calendarDateIn } from "~/utils/period";
import { slugify } from "~/rakor/rakor-format";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { rakor } = await requireRakorReader(request, params.id);
  const approved = approvedDocument(getDb(), rakor.id);
  if (approved) return fileResponse(approved);
  const bytes = await renderNotulen(loadNotulenData(getDb(), rakor.id)!);
  const name = `notulen-${calendarDateIn(rakor.startsAt, rakor.timeZone)}-${slugify(rakor.title, 50)}.docx`;
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Content-Length": String(bytes.length),
      "Cache-Control": "private, no-store",
    },
  });
}
