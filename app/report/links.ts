// Where each figure of the report preview leads: the list of the records behind it. Action items
// and rakor go to /laporan/rincian (the same period rule as the figure, which the general lists
// cannot express for an arbitrary period), narrowed to a region below the scope (?kode=) or to the
// scope's own items (?sendiri=1) for the rows per region; case statistics to /statistik, which sums
// them with the same function; task forces to /gugus-tugas; a province's row to its own report.
import type { ActionStatus, RakorLevel, RakorMode } from "../../db/schema";
import type { Period } from "../utils/period";

export interface ReportQuery {
  /** Null = national. */
  scope: string | null;
  period: Period;
}

export function reportQuery(q: ReportQuery, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams({ dari: q.period.start, sampai: q.period.end, wilayah: q.scope ?? "nasional" });
  for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
  return params.toString();
}

export function reportHref(q: ReportQuery): string {
  return `/laporan?${reportQuery(q)}`;
}

export function docxHref(q: ReportQuery): string {
  return `/laporan/unduh?${reportQuery(q)}`;
}

export function annexHref(q: ReportQuery): string {
  return `/laporan/lampiran.xlsx?${reportQuery(q)}`;
}

export interface ReportLinks {
  actions(f?: { subsatgas?: string; status?: ActionStatus; overdue?: boolean; region?: string; own?: boolean }): string;
  rakorList(f?: { level?: RakorLevel; mode?: RakorMode }): string;
  action(id: number): string;
  rakor(id: number): string;
  cases(region?: string | null): string;
  taskForces(): string;
  taskForce(code: string): string;
  /** The report of a region for the same period. */
  report(code: string): string;
}

export function reportLinks(q: ReportQuery): ReportLinks {
  return {
    actions: (f = {}) =>
      `/laporan/rincian?${reportQuery(q, { jenis: "aksi", kode: f.region, sendiri: f.own ? "1" : undefined, subsatgas: f.subsatgas, status: f.status, terlambat: f.overdue ? "1" : undefined })}`,
    rakorList: (f = {}) => `/laporan/rincian?${reportQuery(q, { jenis: "rakor", tingkat: f.level, bentuk: f.mode })}`,
    action: (id) => `/aksi/${id}`,
    rakor: (id) => `/rakor/${id}`,
    cases: (region) => {
      const params = new URLSearchParams({ dari: q.period.start, sampai: q.period.end });
      const wilayah = region === undefined ? q.scope : region === null ? "nasional" : region;
      if (wilayah) params.set("wilayah", wilayah);
      return `/statistik?${params}`;
    },
    taskForces: () => "/gugus-tugas",
    taskForce: (code) => `/gugus-tugas/${code}`,
    report: (code) => reportHref({ scope: code, period: q.period }),
  };
}
