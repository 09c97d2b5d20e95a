// One-time messages after a write ("Perubahan tersimpan."): the action redirects with the message
// in a short-lived signed cookie; the root loader reads and clears it, and the layout shows it
// once, in one place (root.tsx). A reload or the next page no longer shows it.
import { redirect } from "@remix-run/node";
import { signedCookie } from "../accounts/auth.server";

/** Long enough for the redirect to be followed, short enough not to surface on a later visit. */
const FLASH_MAX_AGE_S = 60;

const flashCookie = () => signedCookie("sigap_flash", { maxAge: FLASH_MAX_AGE_S });

/** A redirect to `url` that shows `message` once on the page it lands on. */
export async function redirectWithFlash(url: string, message: string, init: ResponseInit = {}): Promise<ReturnType<typeof redirect>> {
  const headers = new Headers(init.headers);
  headers.append("Set-Cookie", await flashCookie().serialize(message));
  return redirect(url, { ...init, headers });
}

/** The message waiting for this request, if any, and the header that clears it. */
export async function readFlash(request: Request): Promise<{ message: string | null; headers: HeadersInit }> {
  const value = await flashCookie().parse(request.headers.get("Cookie"));
  if (typeof value !== "string" || !value) return { message: null, headers: {} };
  return { message: value, headers: { "Set-Cookie": await flashCookie().serialize("", { maxAge: 0 }) } };
}
