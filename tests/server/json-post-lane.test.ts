import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import express, { type ErrorRequestHandler } from 'express';
import { jsonPostLane } from '../../src/server/json-post-lane.js';
import { currentRequestScope, runInRequestScope } from '../../src/server/request-scope.js';

// The lane of the API's requests (src/server/json-post-lane.ts): a POST of JSON with its length
// given is answered by the app's first middleware, with the body parsed as express.json parses
// it, inside the middleware that ran before it (the request's scope among them); everything else
// takes the usual way, and errors reach the app's error handlers. The app here has the server's
// shape: the lane first, then the same path through express.json.

const LIMIT = 64;

type Answer = { status: number; body: Record<string, unknown> };

let server: Server;
let port: number;

beforeAll(async () => {
  const app = express();
  app.use(
    jsonPostLane({
      path: '/api',
      limitBytes: LIMIT,
      before: [
        (_req, res, next) => {
          res.setHeader('x-before', 'headers');
          next();
        },
        (_req, _res, next) =>
          runInRequestScope({ requestId: 'lane-scope', sqlStatements: 0 }, next),
      ],
      handle: async (req, res) => {
        if ((req.body as { fail?: boolean }).fail) throw new Error('the handler failed');
        // Past an await, as a resolver is: the scope must still be the request's.
        await new Promise((resolve) => setImmediate(resolve));
        res.json({
          way: 'lane',
          body: req.body as unknown,
          scope: currentRequestScope()?.requestId ?? null,
          before: res.getHeader('x-before') ?? null,
        });
      },
    }),
  );
  app.use('/api', express.json({ limit: LIMIT }), (req, res) => {
    res.json({ way: 'usual', body: req.body as unknown });
  });
  const errors: ErrorRequestHandler = (error, _req, res, _next) => {
    const { status, type, message } = error as { status?: number; type?: string; message: string };
    res.status(status ?? 500).json({ error: { status: status ?? 500, type, message } });
  };
  app.use(errors);
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/**
 * Sends a request and reads its JSON answer. The body goes in the given pieces; without a
 * content-length header Node sends them chunked.
 */
function send(options: {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  pieces?: Array<string | Buffer>;
  chunked?: boolean;
}): Promise<Answer> {
  const pieces = (options.pieces ?? []).map((piece) =>
    typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece,
  );
  const length = pieces.reduce((sum, piece) => sum + piece.length, 0);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(options.chunked ? {} : { 'content-length': String(length) }),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        port,
        host: '127.0.0.1',
        method: options.method ?? 'POST',
        path: options.path ?? '/api',
        headers,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    // Each piece a write of its own, a tick apart: the server gets the body in several chunks.
    const write = (index: number) => {
      if (index === pieces.length) return void req.end();
      req.write(pieces[index], () => setImmediate(() => write(index + 1)));
    };
    write(0);
  });
}

describe('the JSON POST lane', () => {
  it('answers a POST of JSON with its length given, inside the middleware that ran before it', async () => {
    const answer = await send({ pieces: ['{"query":"{ a }","variables":{"n":1}}'] });
    expect(answer).toEqual({
      status: 200,
      body: {
        way: 'lane',
        body: { query: '{ a }', variables: { n: 1 } },
        scope: 'lane-scope',
        before: 'headers',
      },
    });
  });

  it('reads a body that arrives in pieces, a character split between two of them', async () => {
    const bytes = Buffer.from('{"text":"Grüße „Musterstadt“"}', 'utf8');
    const split = bytes.indexOf(Buffer.from('„', 'utf8')) + 1;
    const answer = await send({ pieces: [bytes.subarray(0, split), bytes.subarray(split)] });
    expect(answer.body).toMatchObject({ way: 'lane', body: { text: 'Grüße „Musterstadt“' } });
  });

  it('takes what express.json takes: UTF-8 named, a byte order mark, whitespace, an array', async () => {
    for (const [headers, text, body] of [
      [{ 'content-type': 'application/json; charset=utf-8' }, '{"a":1}', { a: 1 }],
      [{ 'content-type': 'Application/JSON;charset="UTF-8"' }, '{"a":2}', { a: 2 }],
      [{}, '\ufeff{"a":3}', { a: 3 }],
      [{}, ' \r\n\t{"a":4}', { a: 4 }],
      [{}, '[1,2]', [1, 2]],
    ] as const) {
      const answer = await send({ headers, pieces: [text] });
      expect(answer.body).toMatchObject({ way: 'lane', body });
    }
  });

  it('refuses what express.json refuses, through the app’s error handler', async () => {
    for (const text of ['{"a":', '42', '"text"', 'null', ' ']) {
      const answer = await send({ pieces: [text] });
      expect(answer).toMatchObject({
        status: 400,
        body: { error: { status: 400, type: 'entity.parse.failed' } },
      });
    }
  });

  it('hands a failure of the handler to the app’s error handler', async () => {
    const answer = await send({ pieces: ['{"fail":true}'] });
    expect(answer).toEqual({
      status: 500,
      body: { error: { status: 500, message: 'the handler failed' } },
    });
  });

  it('leaves every other request to the usual way', async () => {
    const body = '{"a":1}';
    const others: Array<[Parameters<typeof send>[0], string | number]> = [
      [{ pieces: [body], chunked: true }, 'usual'],
      [{ pieces: [body], path: '/api?x=1' }, 'usual'],
      [{ pieces: [body], path: '/api/' }, 'usual'],
      [{ pieces: [body], headers: { 'content-type': 'application/vnd.api+json' } }, 'usual'],
      [{ pieces: [gzipSync(body)], headers: { 'content-encoding': 'gzip' } }, 'usual'],
      [{ pieces: [] }, 'usual'],
      [{ pieces: [body], method: 'PUT' }, 'usual'],
      // express.json reads it as UTF-16, and what it reads is no JSON.
      [{ pieces: [body], headers: { 'content-type': 'application/json; charset=utf-16' } }, 400],
    ];
    const ways = [];
    for (const [other] of others) {
      const answer = await send(other);
      ways.push(answer.body.way ?? answer.status);
    }
    expect(ways).toEqual(others.map(([, way]) => way));
    // The usual way parsed what it could, as the lane would have.
    expect((await send({ pieces: [body], chunked: true })).body).toEqual({
      way: 'usual',
      body: { a: 1 },
    });
  });

  it('leaves a body over its limit to the usual way, which refuses it', async () => {
    const large = JSON.stringify({ text: 'x'.repeat(LIMIT) });
    const answer = await send({ pieces: [large] });
    expect(answer).toMatchObject({
      status: 413,
      body: { error: { status: 413, type: 'entity.too.large' } },
    });
    // A positive control: a body at the limit goes the lane.
    const atLimit = JSON.stringify({ text: 'x'.repeat(LIMIT - 11) });
    expect(Buffer.byteLength(atLimit)).toBe(LIMIT);
    expect((await send({ pieces: [atLimit] })).body).toMatchObject({ way: 'lane' });
  });
});
