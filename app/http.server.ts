// The HTTP layer in front of Remix: security headers, the cross-site request check, static
// assets, request body limits and the Remix handler. Used by `npm start` and the integration tests.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { createReadableStreamFromReadable, createRequestHandler, writeReadableStreamToWritable, type ServerBuild } from "@remix-run/node";
import express, { type NextFunction, type Request, type RequestHandler, type Response } from "express";
import { isProduction } from "./utils/env.server";
import { logEvent } from "./utils/log.server";
import { MAX_MULTIPART_BYTES, MAX_UPLOAD_BYTES } from "./utils/upload.server";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// BUILD_DIR (default build/) is where `remix build` wrote the server bundle and the assets.
const BUILD_DIR = path.resolve(ROOT, process.env.BUILD_DIR || "build");
export const BUILD_PATH = path.join(BUILD_DIR, "index.js");
const ASSETS_DIR = path.join(BUILD_DIR, "public");

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The largest form or JSON body read; larger ones get 413 before they are read. */
export const MAX_FORM_BYTES = 1024 * 1024;

/**
 * The scheme, host and port the request was addressed to. Behind a trusted proxy (TRUST_PROXY)
 * the scheme and host are the ones the proxy reports, as Express's req.protocol and req.hostname do.
 */
export function requestOrigin(req: Request): string {
  const trustProxy = req.app.get("trust proxy fn") as (address: string | undefined, hop: number) => boolean;
  const forwarded = trustProxy(req.socket.remoteAddress, 0) ? req.get("X-Forwarded-Host")?.split(",")[0].trim() : undefined;
  return `${req.protocol}://${forwarded || req.get("Host") || "localhost"}`;
}

/**
 * A state-changing request must come from our own pages: 403 when the browser says it is
 * cross-site (Sec-Fetch-Site) or its Origin differs from this server's in scheme, host or port.
 * Requests without either header (command-line clients) are let through; the session cookie is
 * SameSite=Lax anyway.
 */
export function crossSiteGuard(req: Request, res: Response, next: NextFunction) {
  if (SAFE_METHODS.has(req.method)) return next();
  const fetchSite = req.get("Sec-Fetch-Site");
  const origin = req.get("Origin");
  let crossSite = fetchSite === "cross-site";
  if (!crossSite && origin) {
    try {
      crossSite = origin === "null" || new URL(origin).origin !== new URL(requestOrigin(req)).origin;
    } catch {
      crossSite = true;
    }
  }
  if (crossSite) {
    logEvent("cross_site_rejected", { method: req.method, path: req.path, origin: origin ?? null, expected: requestOrigin(req), fetchSite: fetchSite ?? null });
    res.status(403).type("text/plain; charset=utf-8").send("Permintaan lintas situs ditolak.");
    return;
  }
  next();
}

function securityHeaders(req: Request, res: Response, next: NextFunction) {
  const nonce = randomBytes(16).toString("base64");
  res.locals.cspNonce = nonce;
  res.setHeader(
    "Content-Security-Policy",
    [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'`,
      "style-src 'self'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; "),
  );
  // Every response, downloads included: browsers must not second-guess a Content-Type.
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (isProduction()) {
    res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
  next();
}

interface BodyLimit {
  bytes: number;
  /** What the client is told beyond it. */
  refusal: string;
}

function bodyLimit(req: Request): BodyLimit {
  return /^multipart\/form-data/i.test(req.get("Content-Type") ?? "")
    ? { bytes: MAX_MULTIPART_BYTES, refusal: `Unggahan terlalu besar: paling besar ${MAX_UPLOAD_BYTES / 1024 / 1024} MB per berkas.` }
    : { bytes: MAX_FORM_BYTES, refusal: `Isian formulir terlalu besar: paling besar ${MAX_FORM_BYTES / 1024 / 1024} MB.` };
}

function refuseTooLarge(req: Request, res: Response, limit: BodyLimit) {
  logEvent("body_too_large", { method: req.method, path: req.path, limit: limit.bytes, declared: req.get("Content-Length") ?? null });
  res.status(413).type("text/plain; charset=utf-8").send(limit.refusal);
}

/** How long the unread rest of a body may keep arriving (and is thrown away) once the answer is sent. */
const LINGER_MS = 2000;

/**
 * After an answer sent before its body was read (a refused body, a route that does not read it):
 * what the client still sends is thrown away for up to LINGER_MS, so that it reads the answer
 * instead of a reset connection; then the connection is closed (at once when the client is done).
 */
function discardRestAndClose(req: Request) {
  const socket = req.socket;
  req.unpipe();
  req.resume();
  const cut = setTimeout(() => socket.destroy(), LINGER_MS);
  req.once("end", () => {
    clearTimeout(cut);
    socket.end();
  });
}

/**
 * The request body as Remix reads it, counted as it arrives (a chunked body declares no length):
 * past `limit` bytes reading stops, the client gets 413 and `onRefused` is called.
 */
function limitedBody(req: Request, res: Response, limit: BodyLimit, onRefused: () => void): Readable {
  let received = 0;
  const body = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      if (received <= limit.bytes) return done(null, chunk);
      req.unpipe(body);
      if (!res.headersSent) refuseTooLarge(req, res, limit);
      onRefused();
      done(new Error("request body too large"));
    },
  });
  req.once("error", (error) => body.destroy(error));
  req.once("close", () => {
    if (!req.complete) body.destroy(new Error("request aborted"));
  });
  return req.pipe(body);
}

function fetchHeaders(req: Request): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
  }
  return headers;
}

async function sendResponse(res: Response, response: globalThis.Response) {
  res.status(response.status);
  res.statusMessage = response.statusText;
  for (const [name, value] of response.headers) res.append(name, value);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

/**
 * Remix behind Express, with the request body limited: a declared Content-Length over the limit
 * is refused before anything is read, and every body is counted as it arrives. The request is
 * aborted when the client goes away before its answer is sent.
 */
function remixHandler(build: ServerBuild): RequestHandler {
  const handle = createRequestHandler(build, "production");
  return async (req, res, next) => {
    const controller = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) controller.abort();
    });
    res.once("finish", () => {
      if (!req.complete) discardRestAndClose(req);
    });
    const init: RequestInit & { duplex?: "half" } = { method: req.method, headers: fetchHeaders(req), signal: controller.signal };
    if (req.method !== "GET" && req.method !== "HEAD") {
      const limit = bodyLimit(req);
      if (Number(req.get("Content-Length") ?? 0) > limit.bytes) return refuseTooLarge(req, res, limit);
      init.body = createReadableStreamFromReadable(limitedBody(req, res, limit, () => controller.abort()));
      init.duplex = "half";
    }
    try {
      const request = new globalThis.Request(`${requestOrigin(req)}${req.originalUrl}`, init);
      const response = await handle(request, { clientIp: req.ip ?? "unknown", cspNonce: res.locals.cspNonce as string });
      if (!res.headersSent) await sendResponse(res, response);
    } catch (error) {
      // Already answered (a refused body): nothing more to send.
      if (!res.headersSent) next(error);
    }
  };
}

export function createApp(build: ServerBuild) {
  const app = express();
  app.disable("x-powered-by");
  if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY === "true" ? true : process.env.TRUST_PROXY);
  app.use(securityHeaders);
  app.use(crossSiteGuard);
  app.use("/build", express.static(path.join(ASSETS_DIR, "build"), { immutable: true, maxAge: "1y", index: false }));
  // Always "production" mode: errors reach the browser sanitised, never with a stack trace.
  app.all("*", remixHandler(build));
  return app;
}

/** The built server (BUILD_DIR/index.js, compiled from app/cli/serve.server.ts): a Remix server build. */
export async function loadBuild(): Promise<ServerBuild> {
  return (await import(/* @vite-ignore */ BUILD_PATH)) as ServerBuild;
}
