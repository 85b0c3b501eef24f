import { Role } from '../../src/entities/accounts/account.entity.js';
import { bearer, createAccount, signIn, type TestAccount } from './accounts.js';
import { createBookingFixture, type BookingFixture } from './fixtures.js';
import type { TestServer } from './test-server.js';

export type Party = { account: TestAccount; token: string; headers: Record<string, string> };

async function party(server: TestServer, account: TestAccount): Promise<Party> {
  const token = await signIn(server, account);
  return { account, token, headers: bearer(token) };
}

/** An office open around the clock (no out-of-office notices), a citizen and a clerk of it. */
export async function messagingTown(
  server: TestServer,
  options: { hours?: [string, string] } = {},
) {
  const town: BookingFixture = await createBookingFixture(server.orm, {
    counters: 1,
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    opens: options.hours?.[0] ?? '00:00',
    closes: options.hours?.[1] ?? '23:59',
    validFrom: '2026-01-01',
    validUntil: '2030-12-31',
  });
  const citizen = await party(server, await createAccount(server, { name: 'Bürgerin Berger' }));
  const clerk = await party(
    server,
    await createAccount(server, {
      roles: [Role.STAFF],
      officeIds: [town.officeId],
      name: 'Herr Sachbearbeiter',
    }),
  );
  return { town, citizen, clerk };
}

const START = `mutation($input: StartConversationInput!) {
  startConversation(input: $input) { conversation { id lastSeq status } userErrors { code field } }
}`;
const SEND = `mutation($input: SendMessageInput!) {
  sendMessage(input: $input) { message { id seq body authorRole } userErrors { code field } }
}`;

export async function startConversation(
  server: TestServer,
  citizen: Party,
  office: string,
  body = 'Guten Tag, ich habe eine Frage zu meinem Antrag.',
) {
  const { body: response } = await server.gql<{
    startConversation: { conversation: { id: string; lastSeq: number } };
  }>(
    START,
    {
      input: {
        officeId: office,
        subject: 'Frage zum Antrag',
        body,
        clientMessageId: `start-${Math.random()}`,
      },
    },
    citizen.headers,
  );
  return response.data!.startConversation.conversation;
}

export type Sent = {
  message: { id: string; seq: number; body: string; authorRole: string } | null;
  userErrors: Array<{ code: string; field: string[] | null }>;
};

export async function send(
  server: TestServer,
  sender: Party,
  conversationId: string,
  body: string,
  clientMessageId = `m-${Math.random()}`,
): Promise<Sent> {
  const { body: response } = await server.gql<{ sendMessage: Sent }>(
    SEND,
    { input: { conversationId, body, clientMessageId } },
    sender.headers,
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.sendMessage;
}
