// A sliding-window rate limit kept in the database (rate_limit_hits), so every server process
// counts the same hits. Each check prunes the bucket's hits older than the window.
import { and, asc, eq, gte, lt } from "drizzle-orm";
import type { Db } from "../../db/client";
import { rateLimitHits } from "../../db/schema";

export interface RateLimit {
  bucket: string;
  limit: number;
  windowMs: number;
}

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Counts one hit of `key` against `rule`; refused (and not counted) once `limit` hits lie in the window. */
export function hitRateLimit(db: Db, rule: RateLimit, key: string, now: number = Date.now()): RateLimitResult {
  const since = now - rule.windowMs;
  return db.transaction((tx) => {
    tx.delete(rateLimitHits)
      .where(and(eq(rateLimitHits.bucket, rule.bucket), lt(rateLimitHits.at, since)))
      .run();
    const hits = tx
      .select({ at: rateLimitHits.at })
      .from(rateLimitHits)
      .where(and(eq(rateLimitHits.bucket, rule.bucket), eq(rateLimitHits.key, key), gte(rateLimitHits.at, since)))
      .orderBy(asc(rateLimitHits.at))
      .all();
    if (hits.length >= rule.limit) {
      // The window frees a place when the oldest hit that still counts leaves it.
      const freedAt = hits[hits.length - rule.limit].at + rule.windowMs;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((freedAt - now) / 1000)) };
    }
    tx.insert(rateLimitHits).values({ bucket: rule.bucket, key, at: now }).run();
    return { ok: true };
  });
}
