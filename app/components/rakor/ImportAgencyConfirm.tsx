// The second step of a batch (a pasted list, a CSV or a Zoom report) whose agency names resemble
// registered agencies: the same batch is posted again, unchanged, with one answer per name.
import { Form, useNavigation } from "@remix-run/react";
import type { AgencyQuestion } from "~/accounts/agency-question";
import { AgencyQuestions } from "~/components/AgencyQuestions";

interface Props {
  questions: AgencyQuestion[] | undefined;
  /** The batch as first posted (list or file content, place, role, attendance), sent again as hidden fields. */
  fields: Record<string, string>;
  multipart?: boolean;
  idSuffix: string;
}

export function ImportAgencyConfirm({ questions, fields, multipart = false, idSuffix }: Props) {
  const navigation = useNavigation();
  if (!questions?.length) return null;
  return (
    <Form method="post" encType={multipart ? "multipart/form-data" : undefined} className="stack wide" noValidate aria-label="Pilih instansi">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <AgencyQuestions questions={questions} idSuffix={idSuffix} />
      <div>
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          Simpan dengan pilihan ini
        </button>
      </div>
    </Form>
  );
}
