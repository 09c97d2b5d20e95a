// Download of an evidence file of a status update: readable by whoever may read the item.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { canReadAction, getActionRegion, getEvidenceFile } from "~/action-plan/action.server";
import { fileResponse } from "~/utils/upload.server";
import { forbidden, requireUser } from "~/accounts/auth.server";
import { idParam, notFound } from "~/utils/http.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = idParam(params.id);
  const fileId = idParam(params.fileId);
  const db = getDb();
  const item = getActionRegion(db, id) ?? notFound("Rencana aksi tidak ditemukan.");
  if (!canReadAction(user, item)) forbidden(user, request, `evidence of action ${id} outside scope`);
  const file = getEvidenceFile(db, id, fileId) ?? notFound("Berkas tidak ditemukan.");
  return fileResponse(file);
}
