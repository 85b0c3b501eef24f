import { spawn, type ChildProcess } from 'node:child_process';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createDatabaseFrom, dropDatabase } from '../support/database.js';
import { messagingTown, send, startConversation } from '../support/messaging.js';
import { templateDatabase } from '../support/templates.js';
import { startTestServer, subscription, type TestServer } from '../support/test-server.js';

// Two server processes on one database with REDIS_URL: this test process (instance A) and the
// built server as a child process (instance B). Redis runs on 127.0.0.1:6379 on the project's
// machines.

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const EVENTS = `subscription($id: ID!, $after: Int) {
  conversationEvents(conversationId: $id, afterSeq: $after) { type message { seq body } }
}`;

let database: string;
let instanceA: TestServer;
let instanceB: ChildProcess;
let portB: number;

beforeAll(async () => {
  database = await createDatabaseFrom(await templateDatabase('empty'));
  instanceA = await startTestServer({ databaseName: database, env: { REDIS_URL } });
  instanceB = spawn(process.execPath, ['dist/server/main.js'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      DATABASE_URL: instanceA.orm.config.get('clientUrl') as string,
      REDIS_URL,
      PUBLIC_URL: 'http://rathaus.test',
      // Instances behind one load balancer sign links with one key.
      LINK_SIGNING_SECRET: instanceA.linkSecret,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  portB = await new Promise<number>((resolve, reject) => {
    let output = '';
    instanceB.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"port":(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    instanceB.on('exit', (code) => reject(new Error(`instance B exited with ${code}: ${output}`)));
  });
}, 60_000);

afterAll(async () => {
  instanceB.kill('SIGTERM');
  await new Promise((resolve) => instanceB.once('exit', resolve));
  await instanceA.close();
  await dropDatabase(database);
});

it('delivers a message sent through instance A to a subscriber on instance B, and back', async () => {
  const { town, citizen, clerk } = await messagingTown(instanceA);
  const conversation = await startConversation(instanceA, citizen, town.office, 'Über A');

  const onB = createClient({
    url: `ws://127.0.0.1:${portB}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${citizen.token}` },
  });
  const eventsOnB = subscription<{
    conversationEvents: { message: { seq: number; body: string } };
  }>(onB, EVENTS, {
    id: conversation.id,
    after: 0,
  });
  expect((await eventsOnB.next()).data!.conversationEvents.message).toEqual({
    seq: 1,
    body: 'Über A',
  });

  await send(instanceA, clerk, conversation.id, 'Antwort über Instanz A');
  expect((await eventsOnB.next()).data!.conversationEvents.message).toEqual({
    seq: 2,
    body: 'Antwort über Instanz A',
  });

  const onA = createClient({
    url: instanceA.wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${clerk.token}` },
  });
  const eventsOnA = subscription<{
    conversationEvents: { message: { seq: number; body: string } };
  }>(onA, EVENTS, {
    id: conversation.id,
    after: 2,
  });
  const viaB = await fetch(`http://127.0.0.1:${portB}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${citizen.token}` },
    body: JSON.stringify({
      query:
        'mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { seq } } }',
      variables: {
        input: {
          conversationId: conversation.id,
          body: 'Über Instanz B',
          clientMessageId: 'via-b',
        },
      },
    }),
  });
  expect(viaB.status).toBe(200);
  expect((await eventsOnA.next()).data!.conversationEvents.message).toEqual({
    seq: 3,
    body: 'Über Instanz B',
  });
  expect((await eventsOnB.next()).data!.conversationEvents.message).toEqual({
    seq: 3,
    body: 'Über Instanz B',
  });
  await Promise.all([onA.dispose(), onB.dispose()]);
}, 60_000);
