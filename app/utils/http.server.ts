// Small response helpers shared by routes.
import { json } from "@remix-run/node";

export function notFound(message = "Data tidak ditemukan."): never {
  throw json({ message }, { status: 404 });
}

/** A positive integer route param, or 404. */
export function idParam(value: string | undefined): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n <= 0) notFound();
  return n;
}

export function clientIp(context: unknown): string {
  const ip = (context as { clientIp?: string } | undefined)?.clientIp;
  return ip || "unknown";
}
