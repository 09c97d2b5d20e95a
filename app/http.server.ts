// The HTTP layer in front of Remix: security headers, the cross-site request check, static
// assets and the Remix handler. Used by `npm start`, `npm run demo` and the integration tests.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express, { type NextFunction, type Request, type Response } from "express";
import { isProduction } from "./utils/env.server";
import { logEvent } from "./utils/log.server";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// BUILD_DIR (default build/) is where `remix build` wrote the server bundle and the assets.
const BUILD_DIR = path.resolve(ROOT, process.env.BUILD_DIR || "build");
export const BUILD_PATH = path.join(BUILD_DIR, "index.js");
const ASSETS_DIR = path.join(BUILD_DIR, "public");

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A state-changing request must come from our own pages: 403 when the browser says it is
 * cross-site (Sec-Fetch-Site) or its Origin is another host. Requests without either header
 * (command-line clients) are let through; the session cookie is SameSite=Lax anyway.
 */
export function crossSiteGuard(req: Request, res: Response, next: NextFunction) {
  if (SAFE_METHODS.has(req.method)) return next();
  const fetchSite = req.get("Sec-Fetch-Site");
  const origin = req.get("Origin");
  let crossSite = fetchSite === "cross-site";
  if (!crossSite && origin) {
    try {
      crossSite = origin === "null" || new URL(origin).host !== req.get("Host");
    } catch {
      crossSite = true;
    }
  }
  if (crossSite) {
    logEvent("cross_site_rejected", { method: req.method, path: req.path, origin: origin ?? null, fetchSite: fetchSite ?? null });
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

export function createApp(build: ServerBuild) {
  const app = express();
  app.disable("x-powered-by");
  if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY === "true" ? true : process.env.TRUST_PROXY);
  app.use(securityHeaders);
  app.use(crossSiteGuard);
  app.use("/build", express.static(path.join(ASSETS_DIR, "build"), { immutable: true, maxAge: "1y", index: false }));
  app.all(
    "*",
    createRequestHandler({
      build,
      // Always "production": errors reach the browser sanitised, never with a stack trace.
      mode: "production",
      getLoadContext: (req, res) => ({ clientIp: req.ip ?? "unknown", cspNonce: res.locals.cspNonce as string }),
    }),
  );
  return app;
}

export async function loadBuild(): Promise<ServerBuild> {
  return (await import(/* @vite-ignore */ BUILD_PATH)) as ServerBuild;
}
