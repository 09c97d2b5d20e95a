// The HTTP side of the bench and the scale tests: a small keep-alive client (the load generator's
// transport), signing in through the real login form, the status-update form as the page posts it,
// and latency percentiles.
import http from "node:http";

// ---------------------------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------------------------

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function percentiles(samples: number[]): Latency {
  if (samples.length === 0) return { n: 0, p50: NaN, p95: NaN, p99: NaN, max: NaN, mean: NaN };
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  return { n: s.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: s[s.length - 1], mean: s.reduce((a, b) => a + b, 0) / s.length };
}

export const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
export const fmt = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : "-");

// ---------------------------------------------------------------------------------------------
// A small HTTP client with keep-alive (the load generator)
// ---------------------------------------------------------------------------------------------

export interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The body as received (a download's bytes). */
  bytes: Buffer;
  ms: number;
}

export class HttpClient {
  private agent: http.Agent;
  private host: string;
  private port: number;
  constructor(
    public baseUrl: string,
    private sockets: number,
  ) {
    const u = new URL(baseUrl);
    this.host = u.hostname;
    this.port = Number(u.port);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  }

  /** Fresh sockets: between phases the server may have closed idle keep-alive sockets (5 s). */
  reset() {
    this.agent.destroy();
    this.agent = new http.Agent({ keepAlive: true, maxSockets: this.sockets });
  }

  request(method: string, pathname: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<HttpResult> {
    const start = process.hrtime.bigint();
    return new Promise((resolve, reject) => {
      const req = http.request({ host: this.host, port: this.port, method, path: pathname, agent: this.agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const bytes = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString("utf8"), bytes, ms: ms(start) });
        });
        res.on("error", reject);
      });
      req.on("error", reject);
      if (body !== undefined) req.write(body);
      req.end();
    });
  }

  close() {
    this.agent.destroy();
  }
}

export async function login(client: HttpClient, email: string, password: string): Promise<string> {
  const body = new URLSearchParams({ email, password, redirectTo: "/" }).toString();
  const res = await client.request("POST", "/login", { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(Buffer.byteLength(body)), Origin: client.baseUrl }, body);
  const cookies = (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).filter((c) => !c.endsWith("="));
  if (res.status !== 302 || cookies.length === 0) throw new Error(`login as ${email} failed: HTTP ${res.status}`);
  return cookies.join("; ");
}

export const BOUNDARY = "----sigapbench7d3c2a";

/** The status form as the page posts it: multipart, with an empty evidence field. */
export function statusFormBody(fields: Record<string, string>): string {
  let body = "";
  for (const [k, v] of Object.entries(fields)) body += `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
  body += `--${BOUNDARY}\r\nContent-Disposition: form-data; name="evidence"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n`;
  return `${body}--${BOUNDARY}--\r\n`;
}

