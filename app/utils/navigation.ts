// The navigation each role sees. The server still guards every route; this only decides links.
import type { Role } from "../../db/schema";

export interface NavItem {
  to: string;
  label: string;
}

const NAV: Record<Role, NavItem[]> = {
  admin: [
    { to: "/", label: "Beranda" },
    { to: "/rakor", label: "Rakor" },
    { to: "/aksi", label: "Rencana Aksi" },
    { to: "/admin/pengguna", label: "Pengguna" },
    { to: "/admin/instansi", label: "Instansi" },
  ],
  sekretariat: [
    { to: "/", label: "Beranda" },
    { to: "/rakor", label: "Rakor" },
    { to: "/aksi", label: "Rencana Aksi" },
  ],
  penghubung: [
    { to: "/", label: "Tugas Instansi Saya" },
    { to: "/rakor", label: "Rakor" },
  ],
  pimpinan: [
    { to: "/", label: "Dasbor" },
    { to: "/rakor", label: "Rakor" },
    { to: "/aksi", label: "Rencana Aksi" },
  ],
};

export function navigationFor(role: Role): NavItem[] {
  return NAV[role];
}
