// Download of an attachment of a message in the outbox, for the admins who may read it.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { requirePermission } from "~/accounts/auth.server";
import { getMailAttachmentInScope } from "~/mail/outbox.server";
import { idParam, notFound } from "~/utils/http.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-mail");
  const file = getMailAttachmentInScope(getDb(), idParam(params.id), idParam(params.attachmentId), user.regionCode) ?? notFound("Lampiran tidak ditemukan.");
  const ascii = file.filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.content.length),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
