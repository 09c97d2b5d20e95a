// The editors of a rakor's outcomes, attendance and agenda while its minutes are approved: the
// lock's message, and every control below it disabled (the server refuses the change anyway, 409).
import type { ReactNode } from "react";

export function MinutesLock({ message, children }: { message: string | null; children: ReactNode }) {
  return (
    <>
      {message ? (
        <p className="alert alert-info" role="status">
          {message}
        </p>
      ) : null}
      <fieldset disabled={message !== null} className="plain">
        {children}
      </fieldset>
    </>
  );
}
