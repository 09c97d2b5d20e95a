// The navigation each role sees. The server still guards every route; this only decides links.
import type { Role } from "../../db/schema";

export interface NavItem {
  to: string;
  label: string;
}

const NAV: Record<Role, NavItem[]> = {
  admin: [
    { to: "/", label: "Beranda" },
    { to: "/dasbor", label: "Dasbor" },
    { to: "/rakor", label: "Rakor" },
    { to: "/aksi", label: "Rencana Aksi" },
    { to: "/gugus-tugas", label: "Gugus Tugas" },
    { to: "/statistik", label: "Statistik Kasus" },
    { to: "/laporan", label: "Laporan" },
    { to: "/pertukaran-data", label: "Pertukaran Data" },
    { to: "/admin/pengguna", label: "Pengguna" },
    { to: "/admin/instansi", label: "Instansi" },
    { to: "/admin/audit", label: "Audit" },
  ],
  sekretariat: [
    { to: "/", label: "Beranda" },
    { to: "/dasbor", label: "Dasbor" },
    { to: "/rakor", label: "Rakor" },
    { to: "/aksi", label: "Rencana Aksi" },
    { to: "/gugus-tugas", label: "Gugus Tugas" },
    { to: "/statistik", label: "Statistik Kasus" },
    { to: "/laporan", label: "Laporan" },
    { to: "/pertukaran-data", label: "Pertukaran Data" },
  ],
  penghubung: [
    { to: "/", label: "Tugas Instansi Saya" },
    { to: "/rakor", label: "Rakor" },
    { to: "/aksi", label: "Rencana Aksi" },
  ],
  pimpinan: [
    { to: "/", label: "Dasbor" },
    { to: "/rakor", label: "Rakor" },
    { to: "/aksi", label: "Rencana Aksi" },
    { to: "/gugus-tugas", label: "Gugus Tugas" },
    { to: "/statistik", label: "Statistik Kasus" },
    { to: "/laporan", label: "Laporan" },
  ],
};

export function navigationFor(role: Role): NavItem[] {
  return NAV[role];
}
