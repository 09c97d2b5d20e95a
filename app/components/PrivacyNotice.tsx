import { PRIVACY_NOTICE } from "~/task-forces/case-figures";

/** The notice every case-statistics screen shows: aggregate figures only, never a victim's identity. */
export function PrivacyNotice() {
  return (
    <aside className="alert alert-info privacy-notice" aria-label="Pelindungan data korban">
      <strong>Pelindungan data korban (UU No. 27 Tahun 2022).</strong> {PRIVACY_NOTICE}
    </aside>
  );
}
