// The navigation: each link stands for a policy action and is shown to the users the policy grants
// it (accounts/policy.ts). The server still guards every route; this only decides links.
import type { Role } from "../../db/schema";
import { can, type Action, type PolicyUser } from "./policy";

export interface NavItem {
  to: string;
  label: string;
}

/**
 * The home page (routes/_index.tsx) shows each role what it needs first; its link is named after
 * that. A leader's home is the dashboard, so the dashboard link is not listed twice.
 */
const HOME: Record<Role, { label: string; replaces?: string }> = {
  admin: { label: "Beranda" },
  sekretariat: { label: "Beranda" },
  penghubung: { label: "Tugas Instansi Saya" },
  pimpinan: { label: "Dasbor", replaces: "/dasbor" },
};

const LINKS: Array<NavItem & { action: Action }> = [
  { to: "/dasbor", label: "Dasbor", action: "read-dashboard" },
  { to: "/rakor", label: "Rakor", action: "read-rakor" },
  { to: "/aksi", label: "Rencana Aksi", action: "read-actions" },
  { to: "/aksi/verifikasi", label: "Verifikasi", action: "verify-actions" },
  { to: "/gugus-tugas", label: "Gugus Tugas", action: "read-task-forces" },
  { to: "/statistik", label: "Statistik Kasus", action: "read-statistics" },
  { to: "/laporan", label: "Laporan", action: "read-report" },
  { to: "/pertukaran-data", label: "Pertukaran Data", action: "exchange-bundles" },
  { to: "/admin/pengguna", label: "Pengguna", action: "manage-users" },
  { to: "/admin/instansi", label: "Instansi", action: "manage-agencies" },
  { to: "/admin/audit", label: "Audit", action: "read-audit" },
  { to: "/admin/surel", label: "Surel", action: "read-mail" },
];

/** Every signed-in user's own pages, after the policy's: the notifications with their unread count, the profile. */
export function personalNavigation(unread: number): Array<NavItem & { count?: number }> {
  return [
    { to: "/notifikasi", label: "Notifikasi", count: unread },
    { to: "/profil", label: "Profil" },
  ];
}

export function navigationFor(user: PolicyUser): NavItem[] {
  const home = HOME[user.role];
  const links = LINKS.filter((link) => link.to !== home.replaces && can(user, link.action)).map(({ to, label }) => ({ to, label }));
  return [{ to: "/", label: home.label }, ...links];
}

/**
 * The link of the page at `pathname`: the longest of `links` whose address is the path or one of
 * its parents ("/" only for itself), so /aksi/verifikasi marks Verifikasi and not Rencana Aksi too.
 */
export function activeLink(links: readonly NavItem[], pathname: string): string | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return links
    .filter((link) => path === link.to || (link.to !== "/" && path.startsWith(`${link.to}/`)))
    .reduce<string | undefined>((best, link) => (best === undefined || link.to.length > best.length ? link.to : best), undefined);
}
