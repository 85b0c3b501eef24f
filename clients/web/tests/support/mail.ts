import { pino } from 'pino';
import { deliverDueMessages, smtpTransport } from '../../../../src/notifications/outbox-worker.js';
import { startSmtpServer } from '../../../../tests/support/smtp.js';
import type { TestServer } from '../../../../tests/support/test-server.js';

/** An e-mail as the mail server received it: recipients, headers and the decoded text. */
export type ReceivedMail = { to: string[]; headers: string; text: string };

export type MailSink = {
  /** The SMTP address to hand e-mails to (smtp://127.0.0.1:<port>). */
  url: string;
  readonly received: ReceivedMail[];
  close(): Promise<void>;
};

/** The text of a single-part message, decoded from its transfer encoding. */
function decodeText(headers: string, body: string): string {
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64')
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/**
 * A mail server on a loopback port that keeps every e-mail it receives (the tests' SMTP server,
 * tests/support/smtp.ts, accepting all): the e-mails of a test reach it through the server's own
 * outbox delivery and SMTP transport, as they would reach a citizen's mailbox.
 */
export async function startMailSink(): Promise<MailSink> {
  const smtp = await startSmtpServer();
  return {
    url: smtp.url,
    get received() {
      return smtp.received.map(({ recipients, data }) => {
        const split = data.indexOf('\r\n\r\n');
        const headers = data.slice(0, split);
        return { to: recipients, headers, text: decodeText(headers, data.slice(split + 4)) };
      });
    },
    close: () => smtp.close(),
  };
}

/** Sends what the test server's outbox holds to the sink, as its outbox worker would. */
export async function deliverMail(server: TestServer, sink: MailSink): Promise<void> {
  await deliverDueMessages(
    server.orm.em.fork(),
    smtpTransport(sink.url, 'rathaus@musterstadt.example', { timeoutMs: 30_000 }),
    server.clock.now,
    pino({ level: 'silent' }),
  );
}

/** The newest link to `path` in the last e-mail the sink received for `address`. */
export function linkInMail(sink: MailSink, address: string, path: string): URL {
  const mail = sink.received.filter((entry) => entry.to.includes(address)).at(-1);
  if (!mail) throw new Error(`no e-mail to ${address} arrived`);
  const match = new RegExp(`https?://\\S+${path}(\\?\\S*)?`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`);
  return new URL(match[0]);
}
