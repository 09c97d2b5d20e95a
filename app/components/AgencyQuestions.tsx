// The answer to "Mungkin maksud Anda …?" for each agency name a form could not place: use a
// proposed agency (the name stays as written, linked to it) or create a new one. Posted as
// `${field}Pilihan` and `${field}PilihanUntuk` (read by app/accounts/agency-choice.server.ts).
import type { AgencyQuestion } from "~/accounts/agency-question";

export function AgencyQuestions({ questions, idSuffix = "" }: { questions?: AgencyQuestion[]; idSuffix?: string }) {
  if (!questions?.length) return null;
  return (
    <>
      {questions.map((q) => (
        <fieldset className="group field-error" key={q.field}>
          <legend>{`Instansi “${q.name}”`}</legend>
          <input type="hidden" name={`${q.field}PilihanUntuk`} value={q.name} />
          {q.proposals.map((p, i) => (
            <label key={p.id}>
              <input type="radio" id={`f-${q.field}Pilihan-${p.id}${idSuffix}`} name={`${q.field}Pilihan`} value={p.id} defaultChecked={i === 0} />
              {` Gunakan ${p.name} (tetap tertulis “${q.name}”)`}
            </label>
          ))}
          <label>
            <input type="radio" name={`${q.field}Pilihan`} value="baru" />
            {` Buat instansi baru “${q.name}”`}
          </label>
        </fieldset>
      ))}
    </>
  );
}
