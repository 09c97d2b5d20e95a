// TypeScript shape of the interchange bundle (shared/contract/bundle.schema.json, version 1).
import type {
  ActionStatus,
  Attendance,
  AttendeeRole,
  LegalBasisKind,
  MaterialKind,
  MinutesStatus,
  RakorLevel,
  RakorMode,
  RakorStatus,
  TimeZone,
  VerificationResult,
} from "../../db/schema";

export interface BundlePerson {
  name: string;
  rank?: string;
  position?: string;
  agency?: string;
}

/** The secretariat's check of a completion (an update with status done). */
export interface BundleVerification {
  result: VerificationResult;
  at: string;
  by?: string;
  note?: string;
}

export interface BundleActionUpdate {
  at: string;
  status: ActionStatus;
  progress?: number;
  note?: string;
  by?: string;
  verification?: BundleVerification;
}

export interface BundleAction {
  ref: string;
  title: string;
  description?: string;
  subsatgas: string;
  agency: string;
  supportingAgencies?: string[];
  regionCode?: string;
  dueDate: string;
  status?: ActionStatus;
  progress?: number;
  updates?: BundleActionUpdate[];
}

export interface BundleAttendee extends BundlePerson {
  role?: AttendeeRole;
  attendance?: Attendance;
  site?: string;
  email?: string;
  onlineMinutes?: number;
}

export interface BundleRakor {
  ref: string;
  title: string;
  level: RakorLevel;
  regionCode?: string;
  organizer: string;
  status?: RakorStatus;
  mode: RakorMode;
  startsAt: string;
  endsAt?: string;
  timeZone: TimeZone;
  venue?: string;
  online?: { platform: string; url?: string };
  chair?: BundlePerson;
  sites?: { name: string; agency?: string; regionCode?: string; chair?: BundlePerson }[];
  attendees?: BundleAttendee[];
  agenda?: { title: string; presenter?: BundlePerson; startsAt?: string; notes?: string }[];
  materials?: { title: string; kind?: MaterialKind; fileName?: string; mediaType?: string; contentBase64?: string; url?: string }[];
  outcomes?: { text: string; actions?: BundleAction[] }[];
  /** `rule`: an RRULE value, or for a list of dates `RDATE;TZID=<zone>:<local times>` (app/bundle/series-rule.ts). */
  series?: { ref: string; rule: string; title?: string };
  minutes?: BundleMinutes;
}

export interface BundleMinutes {
  status: MinutesStatus;
  approvedAt?: string;
  approvedBy?: string;
  verificationCode?: string;
}

export interface BundleTaskForce {
  regionCode: string;
  legalBasis?: { kind: LegalBasisKind; number: string; date: string; title?: string };
  subsatgasFormed?: string[];
  secretariat?: string;
}

export interface BundleCaseStatistic {
  periodStart: string;
  periodEnd: string;
  regionCode?: string;
  agency: string;
  casesReported?: number;
  casesProsecuted?: number;
  suspects?: number;
  victimsTotal?: number;
  victimsWomen?: number;
  victimsChildren?: number;
  victimsRehabilitated?: number;
  victimsRepatriated?: number;
}

export interface Bundle {
  format: "sigap-tppo-bundle";
  version: 1;
  exportedAt?: string;
  source?: string;
  rakor?: BundleRakor[];
  taskForces?: BundleTaskForce[];
  caseStatistics?: BundleCaseStatistic[];
}
