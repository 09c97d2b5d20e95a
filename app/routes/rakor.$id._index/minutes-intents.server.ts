// The minutes forms of the rakor page (MinutesPanel): circulate, approve, reopen, mark a correction
// handled. The route's action has already checked that the user may read the rakor; each intent
// checks its own right here.
import { json } from "@remix-run/node";
import { assertCan, forbidden, type SessionUser } from "~/accounts/auth.server";
import { getDb } from "~/db.server";
import { approvalRight, approveMinutes, circulateMinutes, circulationMessage, reopenMinutes, resolveCorrection } from "~/rakor/minutes.server";
import type { RakorHead } from "~/rakor/rakor.server";
import { postedId } from "~/rakor/rakor-form.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { notFound } from "~/utils/http.server";
import { endSentence } from "~/utils/text";

export const MINUTES_INTENTS = ["edarkan-notulen", "setujui-notulen", "buka-notulen", "tandai-koreksi"];

const fail = (errors: Record<string, string>, status = 400) => json({ errors }, { status });

export async function minutesIntent(request: Request, user: SessionUser, rakor: RakorHead, intent: string, formData: FormData) {
  const db = getDb();
  const back = `/rakor/${rakor.id}#notulen`;
  const origin = new URL(request.url).origin;
  if (intent === "setujui-notulen") {
    const right = approvalRight(user, rakor);
    if (!right.ok) {
      if (right.status === 403) forbidden(user, request, `rakor ${rakor.id}: ${user.role} is not the chair`);
      return fail({ notulen: right.error }, right.status);
    }
    const result = await approveMinutes(db, rakor.id, { origin, actorId: user.id, approvedByName: right.chairName, onBehalf: right.onBehalf });
    if (!result.ok) return fail({ notulen: result.error }, 409);
    return redirectWithFlash(back, `${endSentence(`Notulen versi ${result.version} disetujui${right.onBehalf ? ` atas nama ${right.chairName}` : ""}`)} Kode verifikasi: ${result.code}.`);
  }
  assertCan(user, request, "write-rakor", rakor, `rakor ${rakor.id}`);
  switch (intent) {
    case "edarkan-notulen": {
      const result = await circulateMinutes(db, rakor.id, { origin, actorId: user.id });
      if (!result.ok) return fail({ notulen: result.error }, 409);
      return redirectWithFlash(back, circulationMessage(result));
    }
    case "buka-notulen": {
      const result = reopenMinutes(db, rakor.id, String(formData.get("alasanBuka") ?? ""), user.id);
      if (!result.ok) return fail(result.errors);
      return redirectWithFlash(back, `Notulen dibuka kembali sebagai versi ${result.version}.`);
    }
    default: {
      if (!resolveCorrection(db, rakor.id, postedId(formData), user.id)) notFound("Koreksi tidak ditemukan.");
      return redirectWithFlash(back, "Koreksi ditandai sudah ditangani.");
    }
  }
}
