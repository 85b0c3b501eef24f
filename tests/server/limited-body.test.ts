import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readLimitedBody } from '../../src/server/limited-body.js';

// An upload larger than allowed is refused once the limit is passed, without waiting for (or
// keeping) the rest of it: a client cannot make the server hold or read more than the limit.

const LIMIT = 64 * 1024;
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    void readLimitedBody(req, LIMIT).then((body) => {
      if (body) {
        res.writeHead(201, { 'content-type': 'text/plain' }).end(String(body.byteLength));
      } else {
        res.writeHead(413, { connection: 'close', 'content-type': 'text/plain' }).end('too large');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** Sends `chunks` as a chunked body; with `keepOpen` the body never ends. */
function put(chunks: Buffer[], keepOpen = false, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(
      { port, host: '127.0.0.1', method: 'PUT', path: '/', headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (text: string) => (body += text));
        res.on('end', () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, body });
        });
      },
    );
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    if (!keepOpen) req.end();
  });
}

describe('readLimitedBody', () => {
  it('gives the whole body up to the limit, byte for byte', async () => {
    const answer = await put([Buffer.alloc(LIMIT / 2, 1), Buffer.alloc(LIMIT / 2, 2)]);

    expect(answer).toEqual({ status: 201, body: String(LIMIT) });
  });

  it('refuses a body past the limit while the client is still sending it', async () => {
    // The body never ends: an answer can only come from stopping at the limit.
    const answer = await put([Buffer.alloc(LIMIT, 1), Buffer.alloc(1, 2)], true);

    expect(answer).toEqual({ status: 413, body: 'too large' });
  });

  it('refuses by the declared length before reading anything', async () => {
    const answer = await put([Buffer.alloc(10)], true, { 'content-length': String(LIMIT + 1) });

    expect(answer).toEqual({ status: 413, body: 'too large' });
  });
});
