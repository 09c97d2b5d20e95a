// Download of an uploaded material: only for users whose scope includes the rakor, as an
// attachment under its original name, never sniffed by the browser (fileResponse).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { fileResponse } from "~/utils/upload.server";
import { requireRakorReader } from "~/rakor/rakor-access.server";
import { getMaterialFile } from "~/rakor/rakor.server";
import { idParam, notFound } from "~/utils/http.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { rakor } = await requireRakorReader(request, params.id);
  const found = getMaterialFile(getDb(), rakor.id, idParam(params.materialId)) ?? notFound("Bahan tidak ditemukan.");
  try {
    return fileResponse(found.file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") notFound("Berkas bahan tidak ditemukan di penyimpanan.");
    throw error;
  }
}
