import { messagePages } from '../../src/messaging/messaging.queries.js';
import { messagingTown, send, startConversation } from '../support/messaging.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-02T09:00:00Z') });
});

afterAll(async () => {
  await server.close();
});

function uuidOf(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':')[1] ?? '';
}

describe('messagePages: the conversations as a uuid[] argument of conversation_messages', () => {
  it('reads the window of each conversation given, and an empty page for one with no messages in it', async () => {
    const { town, citizen, clerk } = await messagingTown(server);
    const asked = uuidOf((await startConversation(server, citizen, town.office, 'Erste')).id);
    const answered = uuidOf((await startConversation(server, citizen, town.office, 'Zweite')).id);
    await send(server, clerk, Buffer.from(`Conversation:${answered}`).toString('base64'), 'Ja.');

    const pages = await messagePages(server.orm.em.fork(), [asked, answered], {
      afterSeq: 1,
      limit: 10,
    });

    expect(pages.get(asked)).toEqual({ messages: [], lastSeq: 1 });
    expect(pages.get(answered)).toEqual({
      lastSeq: 2,
      messages: [
        {
          id: expect.any(String),
          seq: 2,
          authorRole: 'STAFF',
          authorName: 'Herr Sachbearbeiter',
          body: 'Ja.',
          createdAt: '2027-03-02T09:00:00.000Z',
        },
      ],
    });
  });

  it('reads nothing for no conversations', async () => {
    expect(await messagePages(server.orm.em.fork(), [], { limit: 10 })).toEqual(new Map());
  });

  it('passes each id as a parameter: a quote in one is refused as no UUID, not run as SQL', async () => {
    const { town, citizen } = await messagingTown(server);
    await startConversation(server, citizen, town.office);
    const em = server.orm.em.fork();
    await expect(
      messagePages(em, [`00000000-0000-4000-8000-000000000001'); delete from message; --`], {
        limit: 10,
      }),
    ).rejects.toThrow(/invalid input syntax for type uuid/);
    const [row] = await em.execute<Array<{ n: string }>>('select count(*) as n from message');
    expect(Number(row?.n)).toBeGreaterThan(0);
  });
});
