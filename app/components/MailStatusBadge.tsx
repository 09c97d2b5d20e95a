import type { MailStatus } from "../../db/schema";
import { MAIL_STATUS_LABELS } from "~/utils/labels";

/** The colours of the action statuses: waiting grey, sending blue, sent green, failed red. */
const BADGE: Record<MailStatus, string> = {
  queued: "badge-not_started",
  sending: "badge-in_progress",
  sent: "badge-done",
  failed: "badge-blocked",
};

export function MailStatusBadge({ status }: { status: MailStatus }) {
  return <span className={`badge ${BADGE[status]}`}>{MAIL_STATUS_LABELS[status]}</span>;
}
