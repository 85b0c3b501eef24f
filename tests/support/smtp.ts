import { createServer, type Server, type Socket } from 'node:net';

/**
 * What the test mail server does with the next command: accept everything; refuse the connection
 * (421 instead of the greeting); refuse each recipient or the message's data with a temporary
 * 451; or hang (accept the connection and never say a word).
 */
export type SmtpBehaviour = 'accept' | 'refuse-connection' | 'refuse-rcpt' | 'refuse-data' | 'hang';

export type ReceivedMessage = { messageId: string | null; recipients: string[]; data: string };

/**
 * A mail server on a free loopback port that speaks just enough SMTP for nodemailer (no
 * extensions: no STARTTLS, no PIPELINING), behaves as `behaviour` says at each step, and keeps
 * what it accepted and how often it was asked.
 */
export async function startSmtpServer() {
  const received: ReceivedMessage[] = [];
  const counts = { connections: 0, refusals: 0, hangs: 0 };
  const sockets = new Set<Socket>();
  const state = { behaviour: 'accept' as SmtpBehaviour };

  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    counts.connections += 1;
    const reply = (line: string) => {
      if (!socket.destroyed) socket.write(`${line}\r\n`);
    };
    if (state.behaviour === 'hang') {
      counts.hangs += 1;
      return;
    }
    if (state.behaviour === 'refuse-connection') {
      counts.refusals += 1;
      socket.end('421 4.3.2 test server busy, try again later\r\n');
      return;
    }
    reply('220 rathaus-test ESMTP');

    let buffer = '';
    let inData = false;
    let recipients: string[] = [];
    const command = (line: string) => {
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === 'EHLO' || verb === 'HELO') reply('250 rathaus-test');
      else if (verb === 'MAIL') {
        recipients = [];
        reply('250 2.1.0 ok');
      } else if (verb === 'RCPT') {
        if (state.behaviour === 'refuse-rcpt') {
          counts.refusals += 1;
          reply('451 4.3.0 mailbox temporarily unavailable');
        } else {
          recipients.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
          reply('250 2.1.5 ok');
        }
      } else if (verb === 'DATA') {
        if (state.behaviour === 'refuse-data') {
          counts.refusals += 1;
          reply('451 4.3.0 try again later');
        } else {
          inData = true;
          reply('354 end with <CRLF>.<CRLF>');
        }
      } else if (verb === 'RSET' || verb === 'NOOP') reply('250 2.0.0 ok');
      else if (verb === 'QUIT') socket.end('221 2.0.0 bye\r\n');
      else reply('502 5.5.2 not implemented');
    };
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          const data = buffer.slice(0, end).replace(/^\.\./gm, '.');
          buffer = buffer.slice(end + 5);
          inData = false;
          const messageId = /^Message-ID:\s*(\S+)/im.exec(data)?.[1] ?? null;
          received.push({ messageId, recipients, data });
          reply('250 2.0.0 queued');
          continue;
        }
        const end = buffer.indexOf('\r\n');
        if (end < 0) return;
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        command(line);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');

  return {
    url: `smtp://127.0.0.1:${address.port}`,
    received,
    counts,
    behave(behaviour: SmtpBehaviour) {
      state.behaviour = behaviour;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type SmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;
