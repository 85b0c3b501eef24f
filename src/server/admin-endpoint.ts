import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Command, CommanderError } from 'commander';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EventBus } from '../realtime/event-bus.js';
import { addDatabaseCommands } from './admin-commands.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

/** What the command line sends: its arguments, as typed after `npm run admin --`. */
export type AdminRequest = { argv: string[] };
/** What it prints and the exit code it ends with. */
export type AdminAnswer = { stdout: string; stderr: string; exitCode: number };

export type AdminEndpoint = { url: string; token: string; close(): Promise<void> };

const MAX_BODY_BYTES = 64 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_BODY_BYTES) reject(new Error('too large'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function isToken(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Runs one admin command with the server's database and bus, capturing what it prints. */
async function runCommand(
  argv: string[],
  context: { config: Config; orm: MikroORM; bus: EventBus },
): Promise<AdminAnswer> {
  const answer: AdminAnswer = { stdout: '', stderr: '', exitCode: 0 };
  const program = new Command()
    .name('rathaus')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => (answer.stdout += text),
      writeErr: (text) => (answer.stderr += text),
    });
  addDatabaseCommands(
    program,
    // The server migrated its database when it started.
    { config: context.config, inDatabase: (work) => work(context.orm, context.bus) },
    {
      print: (line) => (answer.stdout += `${line}\n`),
      fail: (line) => {
        answer.stderr += `${line}\n`;
        answer.exitCode = 1;
      },
    },
  );
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    answer.exitCode = error.exitCode;
  }
  return answer;
}

/**
 * The admin command line's way into a server that has the embedded database open, which no other
 * process may open (docs/decisions/0017-embedded-database-lock.md). Listens on 127.0.0.1 only, on
 * a port of its own (never the public one), and takes only requests with the token that the
 * server writes into the lock file next to the database, readable by its owner alone.
 */
export async function startAdminEndpoint(context: {
  config: Config;
  orm: MikroORM;
  bus: EventBus;
  logger: Logger;
}): Promise<AdminEndpoint> {
  const token = randomBytes(32).toString('base64url');
  const server = createServer(async (req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST' || req.url !== '/command') return reply(404, { error: 'not found' });
    if (!isToken(req.headers.authorization, token)) return reply(401, { error: 'wrong token' });
    let request: AdminRequest;
    try {
      request = JSON.parse(await readBody(req)) as AdminRequest;
      if (!Array.isArray(request.argv) || !request.argv.every((arg) => typeof arg === 'string')) {
        throw new Error('argv must be a list of strings');
      }
    } catch (error) {
      return reply(400, { error: (error as Error).message });
    }
    try {
      const answer = await runCommand(request.argv, context);
      context.logger.info(
        { command: request.argv[0], exitCode: answer.exitCode },
        'admin command run for the command line',
      );
      reply(200, answer);
    } catch (error) {
      context.logger.error({ err: error, command: request.argv[0] }, 'admin command failed');
      reply(200, { stdout: '', stderr: `${(error as Error).message}\n`, exitCode: 1 });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/command`,
    token,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A command line's kept-alive connection must not hold the shutdown up.
        server.closeIdleConnections();
      }),
  };
}
