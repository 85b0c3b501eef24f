import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { hashPassword } from '../../../src/accounts/password.js';
import { AccountEntity, Role } from '../../../src/entities/accounts/account.entity.js';
import { OfficeEntity } from '../../../src/entities/catalogue/office.entity.js';
import { toGlobalId } from '../../../src/resolvers/common/global-id.js';
import { openDatabase } from '../../../src/server/database.js';
import { createLogger } from '../../../src/server/logger.js';
import { createBookingFixture, type BookingFixture } from '../../support/fixtures.js';

// Citizens and a clerk writing to each other through real server processes, as the web client
// does it: messages sent with a client id and retried until answered, conversations followed
// over a WebSocket that reconnects and subscribes again after the last message it has.

export type Account = { id: string; email: string; password: string; token: string };

export type ChatTown = {
  /** Global ID of an office open around the clock (no out-of-office notices). */
  office: string;
  /** Its one service and counter (global IDs) and the database ids of the three. */
  service: string;
  counter: string;
  ids: { office: string; service: string; counter: string };
  clerk: Account;
  citizens: Account[];
};

/**
 * An office, `citizens` citizen accounts and a clerk of the office, written straight to the
 * database as `npm run admin` or a verified sign-up leaves them; each signs in through `url`.
 */
export async function chatTown(
  databaseUrl: string,
  url: string,
  citizens: number,
): Promise<ChatTown> {
  const orm = await openDatabase({
    url: databaseUrl,
    poolSize: 2,
    logger: createLogger({ logLevel: 'silent' }),
  });
  let accounts: Array<Omit<Account, 'token'>>;
  let fixture: BookingFixture;
  try {
    fixture = await createBookingFixture(orm, {
      counters: 1,
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      opens: '00:00',
      closes: '23:59',
      validFrom: '2026-01-01',
      validUntil: '2030-12-31',
    });
    const em = orm.em.fork();
    accounts = await Promise.all(
      Array.from({ length: citizens + 1 }, async (_, index) => {
        const password = `secret-${randomBytes(8).toString('hex')}`;
        const account = em.create(AccountEntity, {
          email: `${index === 0 ? 'clerk' : `citizen-${index}`}-${randomBytes(3).toString('hex')}@example.org`,
          name: index === 0 ? 'Herr Sachbearbeiter' : `Bürgerin ${index}`,
          passwordHash: await hashPassword(password),
          roles: index === 0 ? [Role.STAFF] : [Role.CITIZEN],
          emailVerifiedAt: new Date('2026-01-01T00:00:00Z'),
        });
        if (index === 0) account.offices.set([em.getReference(OfficeEntity, fixture.officeId)]);
        return { account, password };
      }),
    ).then(async (made) => {
      await em.flush();
      return made.map(({ account, password }) => ({
        id: account.id,
        email: account.email as string,
        password,
      }));
    });
  } finally {
    await orm.close();
  }
  const signedIn = await Promise.all(
    accounts.map(async (account) => {
      const answer = await graphqlAt<{ signInWithPassword: { token: string | null } }>(
        url,
        `mutation($input: SignInWithPasswordInput!) { signInWithPassword(input: $input) { token } }`,
        { input: { email: account.email, password: account.password, sessionType: 'BEARER' } },
      );
      const token = answer.signInWithPassword.token;
      if (!token) throw new Error(`sign-in of ${account.email} failed`);
      return { ...account, token };
    }),
  );
  const counterId = fixture.counterIds[0]!;
  return {
    office: fixture.office,
    service: fixture.service,
    counter: toGlobalId('Counter', counterId),
    ids: { office: fixture.officeId, service: fixture.serviceId, counter: counterId },
    clerk: signedIn[0]!,
    citizens: signedIn.slice(1),
  };
}

/** An HTTP request that got no answer (refused, reset) or an answer other than 200. */
export class NoAnswer extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

/** A GraphQL request to one server; its data, or NoAnswer, or an Error naming the GraphQL errors. */
export async function graphqlAt<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new NoAnswer(String((error as Error).cause ?? error), null);
  }
  if (response.status !== 200) {
    throw new NoAnswer(`HTTP ${response.status}: ${await response.text()}`, response.status);
  }
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export type Sent = { seq: number; body: string };

const START = `mutation($input: StartConversationInput!) {
  startConversation(input: $input) { conversation { id } userErrors { code } }
}`;
const SEND = `mutation($input: SendMessageInput!) {
  sendMessage(input: $input) { message { seq body } userErrors { code } }
}`;

export async function startConversation(
  url: string,
  citizen: Account,
  office: string,
  body: string,
): Promise<string> {
  const answer = await graphqlAt<{
    startConversation: { conversation: { id: string } | null; userErrors: unknown[] };
  }>(
    url,
    START,
    {
      input: { officeId: office, subject: 'Frage', body, clientMessageId: `start-${citizen.id}` },
    },
    citizen.token,
  );
  if (!answer.startConversation.conversation) {
    throw new Error(`startConversation: ${JSON.stringify(answer.startConversation.userErrors)}`);
  }
  return answer.startConversation.conversation.id;
}

/** Sends one message once; NoAnswer when the server did not answer. */
export async function sendMessage(
  url: string,
  sender: Account,
  conversationId: string,
  body: string,
  clientMessageId: string,
): Promise<Sent> {
  const answer = await graphqlAt<{
    sendMessage: { message: Sent | null; userErrors: unknown[] };
  }>(url, SEND, { input: { conversationId, body, clientMessageId } }, sender.token);
  if (!answer.sendMessage.message) {
    throw new Error(`sendMessage: ${JSON.stringify(answer.sendMessage.userErrors)}`);
  }
  return answer.sendMessage.message;
}

/** Every message of the conversations, by conversation global ID, in seq order, from the database. */
export async function messagesInDatabase(
  databaseUrl: string,
): Promise<Map<string, Array<Sent & { clientMessageId: string | null }>>> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{
      conversation_id: string;
      seq: number;
      body: string;
      client_message_id: string | null;
    }>(
      'select conversation_id, seq, body, client_message_id from message order by conversation_id, seq',
    );
    const byConversation = new Map<string, Array<Sent & { clientMessageId: string | null }>>();
    for (const row of rows) {
      const id = toGlobalId('Conversation', row.conversation_id);
      byConversation.set(id, [
        ...(byConversation.get(id) ?? []),
        { seq: row.seq, body: row.body, clientMessageId: row.client_message_id },
      ]);
    }
    return byConversation;
  } finally {
    await db.end();
  }
}

const EVENTS = `subscription($id: ID!, $after: Int) {
  conversationEvents(conversationId: $id, afterSeq: $after) { type message { seq body } }
}`;

/**
 * One person's WebSocket, following conversations as clients/web/src/lib/conversation-live.ts
 * does: after every reconnect (and when the server ends a subscription) each conversation is
 * subscribed again after the last message received, so the server replays what was missed. What
 * arrives is kept as it arrived: a duplicate or a gap shows in `received`.
 */
/**
 * How the fault tests' socket clients wait before they reconnect: as the web client does
 * (clients/shared/src/live.ts: 1, 2, 4 … s with a random spread), ten times shorter.
 */
export function reconnectBackoff(retries: number): Promise<void> {
  return new Promise((resolve) =>
    setTimeout(resolve, Math.min(50 * 2 ** retries, 500) + Math.random() * 100),
  );
}

export class ChatSocket {
  readonly received = new Map<string, Sent[]>();
  /** The close code of each time the socket closed. */
  readonly closeCodes: number[] = [];
  /** The URL of each connection that was acknowledged, in order. */
  readonly connectedTo: string[] = [];
  reconnects = 0;
  readonly errors: unknown[] = [];
  private readonly client: Client;
  private readonly unsubscribes = new Map<string, () => void>();
  private url = '';

  /** `url` is asked on every (re)connect: a client behind a balancer may land elsewhere. */
  constructor(url: () => string, token: string) {
    this.client = createClient({
      url: () => (this.url = url()),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: reconnectBackoff,
      on: {
        closed: (event) => this.closeCodes.push((event as { code: number }).code),
        connected: (_socket, _payload, wasRetry) => {
          this.connectedTo.push(this.url);
          if (!wasRetry) return;
          this.reconnects += 1;
          for (const id of this.unsubscribes.keys()) this.subscribe(id);
        },
      },
    });
  }

  follow(conversationId: string): void {
    this.received.set(conversationId, this.received.get(conversationId) ?? []);
    this.subscribe(conversationId);
  }

  lastSeq(conversationId: string): number {
    return this.received.get(conversationId)?.at(-1)?.seq ?? 0;
  }

  private subscribe(conversationId: string): void {
    this.unsubscribes.get(conversationId)?.();
    const own = this.client.subscribe<{
      conversationEvents: { type: string; message: Sent | null };
    }>(
      { query: EVENTS, variables: { id: conversationId, after: this.lastSeq(conversationId) } },
      {
        next: (result) => {
          const message = result.data?.conversationEvents.message;
          if (message) this.received.get(conversationId)!.push(message);
          if (result.errors) this.errors.push(result.errors);
        },
        error: (error) => {
          if (this.unsubscribes.get(conversationId) === own) this.errors.push(error);
        },
        complete: () => {
          if (this.unsubscribes.get(conversationId) === own) this.subscribe(conversationId);
        },
      },
    );
    this.unsubscribes.set(conversationId, own);
  }

  async close(): Promise<void> {
    const unsubscribes = [...this.unsubscribes.values()];
    this.unsubscribes.clear();
    for (const unsubscribe of unsubscribes) unsubscribe();
    await this.client.dispose();
  }
}
