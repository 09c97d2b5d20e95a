// Indonesian labels for the English enum values stored in the database and the bundle.
import type {
  ActionStatus,
  Attendance,
  AttendeeRole,
  LegalBasisKind,
  MailStatus,
  MaterialKind,
  MinutesStatus,
  RakorLevel,
  RakorMode,
  RakorStatus,
  Role,
  TimeZone,
} from "../../db/schema";

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Administrator",
  sekretariat: "Sekretariat",
  penghubung: "Penghubung Instansi",
  pimpinan: "Pimpinan",
};

export const LEVEL_LABELS: Record<RakorLevel, string> = {
  nasional: "Nasional",
  provinsi: "Provinsi",
  kabupaten_kota: "Kabupaten/Kota",
};

export const MODE_LABELS: Record<RakorMode, string> = {
  in_person: "Luring",
  virtual: "Daring",
  hybrid: "Hybrid",
};

export const RAKOR_STATUS_LABELS: Record<RakorStatus, string> = {
  scheduled: "Dijadwalkan",
  held: "Terlaksana",
  cancelled: "Dibatalkan",
};

export const ATTENDEE_ROLE_LABELS: Record<AttendeeRole, string> = {
  chair: "Pimpinan rapat",
  speaker: "Narasumber",
  participant: "Peserta",
  secretary: "Notulis",
};

export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  in_person: "Hadir luring",
  online: "Hadir daring",
  absent: "Tidak hadir",
};

export const MATERIAL_KIND_LABELS: Record<MaterialKind, string> = {
  regulation: "Regulasi",
  presentation: "Paparan",
  minutes: "Notulen",
  report: "Laporan",
  other: "Lainnya",
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  not_started: "Belum dimulai",
  in_progress: "Berjalan",
  awaiting_verification: "Menunggu verifikasi",
  done: "Selesai",
  blocked: "Terhambat",
  cancelled: "Dibatalkan",
};

export const LEGAL_BASIS_LABELS: Record<LegalBasisKind, string> = {
  sk_kepala_daerah: "SK Kepala Daerah",
  perkada: "Peraturan Kepala Daerah",
  perda: "Peraturan Daerah",
  other: "Lainnya",
};

export const MAIL_STATUS_LABELS: Record<MailStatus, string> = {
  queued: "Menunggu",
  sending: "Sedang dikirim",
  sent: "Terkirim",
  failed: "Gagal",
};

/** What an outbox message is, by the `kind` its sender gave it (unknown kinds are shown as stored). */
export const MAIL_KIND_LABELS: Record<string, string> = {
  undangan: "Undangan rakor",
  notulen: "Draf notulen",
  "pengingat-harian": "Pengingat harian",
  "ringkasan-mingguan": "Ringkasan mingguan",
};

export const mailKindLabel = (kind: string): string => MAIL_KIND_LABELS[kind] ?? kind;

export const TIME_ZONE_ABBR: Record<TimeZone, string> = {
  "Asia/Jakarta": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Jayapura": "WIT",
};

export const MINUTES_STATUS_LABELS: Record<MinutesStatus, string> = {
  draft: "Draf",
  circulated: "Diedarkan untuk koreksi",
  approved: "Disetujui",
};
