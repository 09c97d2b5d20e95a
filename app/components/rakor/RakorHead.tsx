// The head of every page of one rakor: title, when and how, and the tabs of its editors.
import { NavLink } from "@remix-run/react";
import type { RakorMode, RakorStatus, TimeZone } from "../../../db/schema";
import { MODE_LABELS, RAKOR_STATUS_LABELS } from "~/utils/labels";
import { rakorWhen } from "~/rakor/rakor-format";
import type { Crumb } from "~/components/Breadcrumbs";

export interface RakorHeadProps {
  rakor: { id: number; title: string; mode: RakorMode; status: RakorStatus; startsAt: number; endsAt: number | null; timeZone: TimeZone };
  canWrite: boolean;
  /** The page's own heading under the rakor title ("Peserta", "Agenda"...); none on the overview. */
  page?: string;
}

/**
 * The breadcrumb handle of a page of one rakor (its loader returns `rakor`): Rakor › <judul> ›
 * `page`, or Rakor › <judul> on the overview.
 */
export function rakorBreadcrumbs(page?: string) {
  return {
    breadcrumbs: ({ rakor }: { rakor: { id: number; title: string } }): Crumb[] => [
      { label: "Rakor", to: "/rakor" },
      { label: rakor.title, to: page ? `/rakor/${rakor.id}` : undefined },
      ...(page ? [{ label: page }] : []),
    ],
  };
}

export function RakorStatusBadge({ status }: { status: RakorStatus }) {
  const tone = status === "held" ? "done" : status === "cancelled" ? "cancelled" : "in_progress";
  return <span className={`badge badge-${tone}`}>{RAKOR_STATUS_LABELS[status]}</span>;
}

export function RakorHead({ rakor, canWrite, page }: RakorHeadProps) {
  const base = `/rakor/${rakor.id}`;
  const tabs = canWrite
    ? [
        { to: base, label: "Ringkasan", end: true },
        { to: `${base}/ubah`, label: "Data rakor" },
        { to: `${base}/lokasi`, label: "Lokasi" },
        { to: `${base}/peserta`, label: "Peserta" },
        { to: `${base}/agenda`, label: "Agenda" },
        { to: `${base}/bahan`, label: "Bahan" },
        { to: `${base}/hasil`, label: "Hasil" },
        { to: `${base}/daftar-hadir`, label: "Daftar hadir" },
      ]
    : [
        { to: base, label: "Ringkasan", end: true },
        { to: `${base}/daftar-hadir`, label: "Daftar hadir" },
      ];
  return (
    <>
      <div className="page-head">
        <div>
          {page ? <p className="muted">{rakor.title}</p> : null}
          <h1>{page ?? rakor.title}</h1>
          <p>
            {rakorWhen(rakor.startsAt, rakor.endsAt, rakor.timeZone)} · {MODE_LABELS[rakor.mode]} · <RakorStatusBadge status={rakor.status} />
          </p>
        </div>
      </div>
      <nav className="tabs no-print" aria-label="Bagian rakor">
        {tabs.map((t) => (
          <NavLink key={t.to} to={t.to} end={t.end ?? false}>
            {t.label}
          </NavLink>
        ))}
      </nav>
    </>
  );
}
