import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Received = { headers: IncomingHttpHeaders; body: string; url: string };

/** What the receiver answers: a status, optionally with headers; `hang` never answers. */
export type Answer = number | { status: number; headers?: Record<string, string> } | 'hang';

/**
 * A real HTTP receiver on a free loopback port, as an integration's endpoint: it keeps every
 * request and answers as `answer` says (204 unless told otherwise).
 */
export async function startReceiver() {
  const received: Received[] = [];
  let answer: (request: Received) => Answer = () => 204;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        url: req.url ?? '',
      };
      received.push(request);
      const reply = answer(request);
      if (reply === 'hang') return;
      const { status, headers } = typeof reply === 'number' ? { status: reply } : reply;
      res.writeHead(status, headers).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    received,
    answer(next: (request: Received) => Answer) {
      answer = next;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
