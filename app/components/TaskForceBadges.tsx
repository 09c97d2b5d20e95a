// How far one task force is formed, in three badges that read without colour.
export interface TaskForceState {
  formed: boolean;
  hasLegalBasis: boolean;
  subsatgasComplete: boolean;
  subsatgasFormed: number;
}

export function TaskForceBadges({ state, subsatgasCount }: { state: TaskForceState; subsatgasCount: number }) {
  if (!state.formed) return <span className="badge badge-missing">Belum terbentuk</span>;
  return (
    <span className="actions-row">
      <span className="badge badge-done">Terbentuk</span>
      {state.hasLegalBasis ? <span className="badge badge-done">Dasar hukum ada</span> : <span className="badge badge-blocked">Tanpa dasar hukum</span>}
      <span className={`badge ${state.subsatgasComplete ? "badge-done" : "badge-not_started"}`}>
        {`Subsatgas ${state.subsatgasFormed}/${subsatgasCount}`}
      </span>
    </span>
  );
}
