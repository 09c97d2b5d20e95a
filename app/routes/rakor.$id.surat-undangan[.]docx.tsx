// The rakor's surat undangan as .docx, worded by templates/surat-undangan.json; ?nomor= sets the letter's number.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { cleanNomor, renderSuratUndangan } from "~/documents/surat-undangan.server";
import { invitationFileName } from "~/rakor/invitation.server";
import { requireRakorReader } from "~/rakor/rakor-access.server";
import { getRakorDetail } from "~/rakor/rakor.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { rakor } = await requireRakorReader(request, params.id);
  const detail = getRakorDetail(getDb(), rakor.id)!;
  const bytes = await renderSuratUndangan(detail, { nomor: cleanNomor(new URL(request.url).searchParams.get("nomor")) });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="${invitationFileName(detail, "surat-undangan", "docx")}"`,
      "Content-Length": String(bytes.length),
      "Cache-Control": "private, no-store",
    },
  });
}
