// The question a form asks about an agency name that resembles registered agencies (see
// agency-choice.server.ts), shared by the server and the form components. Forms whose results
// carry only strings back (the rakor form, with its series variants) carry the questions as JSON
// in the value AGENCY_QUESTIONS_VALUE.

export interface AgencyQuestion {
  field: string;
  name: string;
  proposals: { id: number; name: string }[];
}

export const AGENCY_QUESTIONS_VALUE = "instansiUsulan";

/** The questions carried in a form's values, if any. */
export function questionsFromValues(values: Record<string, string | undefined> | undefined): AgencyQuestion[] {
  const raw = values?.[AGENCY_QUESTIONS_VALUE];
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? (parsed as AgencyQuestion[]) : [];
  } catch {
    return [];
  }
}
