// Everything the overview of one rakor shows, with its times already written out in Indonesian.
import type { Db } from "../../db/client";
import { listActionsForRakor } from "../action-plan/action.server";
import { attendanceByAgency, groupByPlace, listAttendees, presenceLine } from "./attendee.server";
import { getRakorDetail, listMaterials, listOutcomeActionLinks } from "./rakor.server";
import { loadSeriesPanel } from "./series.server";
import { agendaItemView, isOnlineMode, personLine, rakorOtherZones, rakorWhen } from "./rakor-format";

export function loadOverview(db: Db, rakorId: number) {
  const r = getRakorDetail(db, rakorId)!;
  const zone = r.timeZone;
  const links = listOutcomeActionLinks(db, rakorId);
  const actions = listActionsForRakor(db, rakorId);
  const attendees = listAttendees(db, rakorId);
  return {
    rakor: {
      id: r.id,
      title: r.title,
      level: r.level,
      regionName: r.regionName,
      organizerName: r.organizerName,
      organizerCanonicalName: r.organizerCanonicalName,
      mode: r.mode,
      status: r.status,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      timeZone: r.timeZone,
      venue: r.venue,
      onlinePlatform: r.onlinePlatform,
      onlineUrl: r.onlineUrl,
      notes: r.notes,
      chair: personLine({ name: r.chairName, rank: r.chairRank, position: r.chairPosition, agency: r.chairAgency }),
      when: rakorWhen(r.startsAt, r.endsAt, zone),
      otherZones: isOnlineMode(r.mode) ? rakorOtherZones(r.startsAt, r.endsAt, zone) : null,
    },
    sites: r.sites.map((s) => ({
      id: s.id,
      name: s.name,
      agencyName: s.agencyName,
      agencyCanonicalName: s.agencyCanonicalName,
      regionName: s.regionName,
      chair: personLine({ name: s.chairName, rank: s.chairRank, position: s.chairPosition, agency: s.chairAgency }),
      people: attendees.filter((a) => a.siteId === s.id).length,
    })),
    attendees: attendees.map((a) => ({ id: a.id, name: a.name, rank: a.rank, jobTitle: a.jobTitle, agencyName: a.agencyName, agencyCanonicalName: a.agencyCanonicalName, siteId: a.siteId, role: a.role, attendance: a.attendance, durationMinutes: a.durationMinutes })),
    byAgency: attendanceByAgency(db, rakorId),
    /** "Hadir di tempat: 12; Kolaka: 5; Daring: 4", as the daftar hadir and the notulen count. */
    presence: presenceLine(groupByPlace(attendees, r.sites)),
    agenda: r.agenda.map((a) => agendaItemView(a, zone)),
    materials: listMaterials(db, rakorId),
    /** The series this rakor is an occurrence of (app/components/rakor/SeriesPanel.tsx), or null. */
    series: loadSeriesPanel(db, r),
    outcomes: r.outcomes.map((o) => ({ id: o.id, text: o.text, actions: actions.filter((a) => links.get(a.id) === o.id) })),
  };
}
