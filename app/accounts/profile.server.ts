// A user's own profile (/profil): who they are as the app knows them, and their choice of the
// reminder e-mails (the liaison's daily digest, the leader's weekly summary).
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { agencies, regions, users } from "../../db/schema";
import { recordAudit } from "./audit.server";

export function getProfile(db: Db, userId: number) {
  return db
    .select({ name: users.name, email: users.email, role: users.role, agencyName: agencies.name, regionName: regions.name, digestEnabled: users.digestEnabled })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .leftJoin(regions, eq(regions.code, users.regionCode))
    .where(eq(users.id, userId))
    .get();
}

/** Turns the user's reminder e-mails on or off, audited; false when it already was so. */
export function setDigestEnabled(db: Db, userId: number, enabled: boolean): boolean {
  return db.transaction((tx) => {
    const before = tx.select({ digestEnabled: users.digestEnabled }).from(users).where(eq(users.id, userId)).get();
    if (!before || before.digestEnabled === enabled) return false;
    tx.update(users).set({ digestEnabled: enabled }).where(eq(users.id, userId)).run();
    recordAudit(tx, { userId, action: "update", entity: "user", entityId: userId, before: { digestEnabled: before.digestEnabled }, after: { digestEnabled: enabled } });
    return true;
  });
}
