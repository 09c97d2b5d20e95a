import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { endSession } from "~/accounts/auth.server";

// Logging out is a POST (a link cannot log anyone out); a GET just goes home.
export async function loader(_: LoaderFunctionArgs) {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  return endSession(request);
}
