// Download of an evidence file of a status update: readable by whoever may read the item.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { getActionRegion, getEvidenceFile } from "~/action-plan/action.server";
import { fileResponse } from "~/utils/upload.server";
import { assertCan, requirePermission } from "~/accounts/auth.server";
import { idParam, notFound } from "~/utils/http.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-actions");
  const id = idParam(params.id);
  const fileId = idParam(params.fileId);
  const db = getDb();
  const item = getActionRegion(db, id) ?? notFound("Rencana aksi tidak ditemukan.");
  assertCan(user, request, "read-actions", item, `evidence of action ${id}`);
  const file = getEvidenceFile(db, id, fileId) ?? notFound("Berkas tidak ditemukan.");
  return fileResponse(file);
}
