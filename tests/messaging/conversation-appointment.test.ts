import { Role } from '../../src/entities/accounts/account.entity.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { messagingTown } from '../support/messaging.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// The staff inbox shows the appointment a conversation is about next to its thread: the
// citizen's booking is personal data, so each staff read of it is logged as the plan's reads are.

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-02T09:00:00Z') });
});

afterAll(async () => {
  await server.close();
});

const BOOK = `mutation($input: BookAppointmentInput!) {
  bookAppointment(input: $input) { appointment { id code } userErrors { code } }
}`;
const START = `mutation($input: StartConversationInput!) {
  startConversation(input: $input) { conversation { id } userErrors { code field } }
}`;
const CONVERSATION = `query($id: ID!) { conversation(id: $id) {
  appointment { code startsAt name service { name } }
} }`;

type Seen = {
  conversation: {
    appointment: { code: string; startsAt: string; name: string; service: { name: string } } | null;
  } | null;
};

it('shows the office the appointment a conversation is about, and logs each staff read of it', async () => {
  // Given a citizen's booking, and a conversation about it
  const { town, citizen, clerk } = await messagingTown(server);
  const booked = await server.gql<{
    bookAppointment: { appointment: { id: string; code: string } };
  }>(
    BOOK,
    {
      input: {
        serviceId: town.service,
        officeId: town.office,
        startsAt: '2027-03-03T08:00:00Z',
        name: 'Bürgerin Berger',
        email: citizen.account.email,
      },
    },
    citizen.headers,
  );
  const appointment = booked.body.data!.bookAppointment.appointment;
  const started = await server.gql<{ startConversation: { conversation: { id: string } } }>(
    START,
    {
      input: {
        officeId: town.office,
        subject: 'Mein Termin morgen',
        body: 'Kann ich meinen Termin verschieben?',
        clientMessageId: 'about-appointment',
        appointmentId: appointment.id,
      },
    },
    citizen.headers,
  );
  const conversationId = started.body.data!.startConversation.conversation.id;
  const logged = () =>
    server.orm.em
      .fork()
      .execute<Array<{ actor_id: string; citizen_id: string; reason: string }>>(
        'select actor_id, citizen_id, reason from data_access_log where subject = ?',
        [`APPOINTMENT:${appointment.code}`],
      );

  // When the citizen reads it, nothing is logged
  const own = await server.gql<Seen>(CONVERSATION, { id: conversationId }, citizen.headers);
  expect(own.body.data!.conversation!.appointment?.code).toBe(appointment.code);
  expect(await logged()).toEqual([]);

  // When the clerk of the office reads it
  const seen = await server.gql<Seen>(CONVERSATION, { id: conversationId }, clerk.headers);

  // Then the clerk sees the booking, and the citizen's log says who read it and why
  expect(seen.body.data).toEqual({
    conversation: {
      appointment: {
        code: appointment.code,
        startsAt: '2027-03-03T08:00:00.000Z',
        name: 'Bürgerin Berger',
        service: { name: expect.any(String) },
      },
    },
  });
  expect(await logged()).toEqual([
    { actor_id: clerk.account.id, citizen_id: citizen.account.id, reason: 'ANSWERING_REQUEST' },
  ]);

  // And a clerk of another office sees neither the conversation nor the booking
  const elsewhere = await messagingTown(server);
  const other = await createAccount(server, {
    roles: [Role.STAFF],
    officeIds: [elsewhere.town.officeId],
  });
  const refused = await server.gql<Seen>(
    CONVERSATION,
    { id: conversationId },
    bearer(await signIn(server, other)),
  );
  expect(refused.body.data).toEqual({ conversation: null });
  expect(await logged()).toHaveLength(1);
});

it('shows no appointment for a conversation about none', async () => {
  const { town, citizen, clerk } = await messagingTown(server);
  const started = await server.gql<{ startConversation: { conversation: { id: string } } }>(
    START,
    {
      input: {
        officeId: town.office,
        subject: 'Allgemeine Frage',
        body: 'Wann haben Sie geöffnet?',
        clientMessageId: 'no-appointment',
      },
    },
    citizen.headers,
  );
  const { body } = await server.gql<Seen>(
    CONVERSATION,
    { id: started.body.data!.startConversation.conversation.id },
    clerk.headers,
  );
  expect(body.data).toEqual({ conversation: { appointment: null } });
});
