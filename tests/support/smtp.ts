// A real SMTP server for the tests (the smtp-server package, on 127.0.0.1): it keeps every message
// it accepts, parsed by mailparser, with the envelope it came in. A test can make it answer 421 to
// new connections (a server that is busy or going down) or refuse recipients.
import { SMTPServer, type SMTPServerAddress } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

export interface ReceivedMail {
  from: string;
  to: string[];
  parsed: ParsedMail;
}

export interface TestSmtp {
  port: number;
  /** smtp://sigap:rahasia%40123@127.0.0.1:port: the test credentials, with a character that must be escaped. */
  url: string;
  received: ReceivedMail[];
  /** While set, every new connection is answered "421 ..." and closed. */
  busy: boolean;
  /** Resolves once `n` messages have been received (or rejects after `timeoutMs`). */
  waitFor: (n: number, timeoutMs?: number) => Promise<void>;
  close: () => Promise<void>;
}

export const SMTP_USER = "sigap";
export const SMTP_PASSWORD = "rahasia@123";

/** The SMTP_URL of a test server on `port`, with the test credentials (the "@" of the password escaped). */
export function testSmtpUrl(port: number): string {
  return `smtp://${SMTP_USER}:${encodeURIComponent(SMTP_PASSWORD)}@127.0.0.1:${port}`;
}

function smtpError(code: number, text: string): Error {
  return Object.assign(new Error(text), { responseCode: code });
}

/**
 * Starts the server on `port` (a free one when 0). `refuseRecipient` answers a recipient with a
 * reply code (550 = no such mailbox) or accepts it (null).
 */
export async function startTestSmtp(options: { port?: number; refuseRecipient?: (address: string) => number | null } = {}): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const state = { busy: false };
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authOptional: false,
    onConnect(_session, callback) {
      callback(state.busy ? smtpError(421, "Layanan sementara tidak tersedia") : null);
    },
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) return callback(null, { user: SMTP_USER });
      callback(smtpError(535, "Authentication failed"));
    },
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const code = options.refuseRecipient?.(address.address) ?? null;
      callback(code ? smtpError(code, `Mailbox ${address.address} unavailable`) : null);
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            parsed,
          });
          callback();
        })
        .catch((error) => callback(error as Error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    url: testSmtpUrl(port),
    received,
    get busy() {
      return state.busy;
    },
    set busy(value: boolean) {
      state.busy = value;
    },
    waitFor: async (n, timeoutMs = 15_000) => {
      const until = Date.now() + timeoutMs;
      while (received.length < n) {
        if (Date.now() > until) throw new Error(`expected ${n} messages, received ${received.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
