// The signed legal-basis document of a task force, as a download. Scope-checked like the page:
// a user reads the documents of their own task force and those below it, nothing beside or above.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { fileResponse } from "~/utils/upload.server";
import { getLegalBasisFile, regionOfParam } from "~/task-forces/task-force.server";
import { assertCan, requirePermission } from "~/accounts/auth.server";
import { notFound } from "~/utils/http.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-task-forces");
  const regionCode = regionOfParam(params.kode);
  if (regionCode === undefined) notFound("Gugus Tugas tidak ditemukan.");
  assertCan(user, request, "read-task-forces", { regionCode }, `task force ${regionCode ?? "nasional"}`);
  const file = getLegalBasisFile(getDb(), regionCode) ?? notFound("Dokumen dasar hukum belum diunggah.");
  return fileResponse(file);
}
