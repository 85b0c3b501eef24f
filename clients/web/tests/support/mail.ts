import { createServer, type Socket } from 'node:net';
import { pino } from 'pino';
import { deliverDueMessages, smtpTransport } from '../../../../src/notifications/outbox-worker.js';
import type { TestServer } from '../../../../tests/support/test-server.js';

/** An e-mail as the mail server received it: recipients, headers and the decoded text. */
export type ReceivedMail = { to: string[]; headers: string; text: string };

export type MailSink = {
  /** The SMTP address to hand e-mails to (smtp://127.0.0.1:<port>). */
  url: string;
  received: ReceivedMail[];
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

/** Answers one SMTP client (RFC 5321, just what nodemailer sends) and keeps its messages. */
function serve(socket: Socket, received: ReceivedMail[]) {
  let buffer = '';
  let data: string[] | null = null;
  let to: string[] = [];
  const reply = (line: string) => socket.write(`${line}\r\n`);
  reply('220 mail-sink ESMTP');
  socket.on('data', (chunk) => {
    buffer += chunk.toString('latin1');
    for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (data) {
        if (line !== '.') {
          data.push(line.startsWith('..') ? line.slice(1) : line);
          continue;
        }
        const message = data.join('\r\n');
        const split = message.indexOf('\r\n\r\n');
        const headers = message.slice(0, split);
        received.push({ to, headers, text: decodeText(headers, message.slice(split + 4)) });
        data = null;
        to = [];
        reply('250 queued');
        continue;
      }
      const command = line.slice(0, 4).toUpperCase();
      if (command === 'EHLO' || command === 'HELO') reply('250 mail-sink');
      else if (command === 'RCPT') {
        to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
        reply('250 ok');
      } else if (command === 'DATA') {
        data = [];
        reply('354 go ahead');
      } else if (command === 'QUIT') {
        reply('221 bye');
        socket.end();
      } else reply('250 ok');
    }
  });
}

/**
 * A mail server on a loopback port that keeps every e-mail it receives: the e-mails of a test
 * reach it through the server's own outbox delivery and SMTP transport, as they would reach a
 * citizen's mailbox.
 */
export async function startMailSink(): Promise<MailSink> {
  const received: ReceivedMail[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    serve(socket, received);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the mail sink has no port');
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
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
