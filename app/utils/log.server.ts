// One structured log line per event. Callers pass identifiers, never passwords, cookies or
// request bodies; redact() is a second line of defence for keys that must never be printed.
const SECRET_KEYS = /pass(word)?|cookie|secret|token|authorization/i;

export function redact(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, SECRET_KEYS.test(k) ? "[disembunyikan]" : v]));
}

export function logEvent(event: string, fields: Record<string, unknown> = {}) {
  if (process.env.SIGAP_QUIET_LOG === "1") return;
  console.log(JSON.stringify({ at: new Date().toISOString(), event, ...redact(fields) }));
}
