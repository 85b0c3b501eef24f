import { Redis } from 'ioredis';
import { createRedisEventBus, type EventBus } from '../../src/realtime/event-bus.js';
import type { ConversationBusEvent } from '../../src/realtime/topics.js';
import { throwawayRedis, type ThrowawayRedis } from './support/throwaway-redis.js';
import { waitUntil } from '../support/wait.js';

// Issue #21, fault 6, one connection at a time: the event bus of two instances on a Redis of the
// test's own, whose connections the test cuts (CLIENT KILL). Events are lost while a connection
// is away, so a listener must hear when its bus is live again, whichever connection it was:
// its own subscriber's, or another instance's publisher's (which gave up on what it published).

let redis: ThrowawayRedis | undefined;
let admin: Redis | undefined;
const buses: EventBus[] = [];

beforeAll(async () => {
  redis = await throwawayRedis();
  await redis.start();
  admin = new Redis(redis.url);
}, 30_000);

afterAll(async () => {
  await Promise.allSettled(buses.map((bus) => bus.close()));
  admin?.disconnect();
  await redis?.remove();
});

/** Reconnecting is quick, but the machine may be busy. */
const WAIT = { timeoutMs: 20_000 };

const TYPING: ConversationBusEvent = { type: 'TYPING', side: 'OFFICE' };

async function twoInstances() {
  // Lost connections are expected here.
  const [x, y] = [
    createRedisEventBus(redis!.url, () => {}),
    createRedisEventBus(redis!.url, () => {}),
  ];
  buses.push(x, y);
  const heard: ConversationBusEvent[] = [];
  let resumes = 0;
  const listening = x.listen('conversationEvent', 'c1', (event) => heard.push(event), {
    onResume: () => (resumes += 1),
  });
  await listening.ready;
  // Both connected and live: an event of y reaches x.
  y.publish('conversationEvent', 'c1', TYPING);
  await waitUntil(() => heard.length === 1, 'an event crossing', WAIT);
  return { x, y, heard, resumes: () => resumes, listening };
}

it('tells a listener when its own subscriber is back, and events cross again', async () => {
  const { y, heard, resumes, listening } = await twoInstances();
  expect(resumes()).toBe(0);

  await admin!.client('KILL', 'TYPE', 'pubsub');
  await waitUntil(() => resumes() >= 1, 'the listener told that its bus is back', WAIT);
  y.publish('conversationEvent', 'c1', TYPING);
  await waitUntil(() => heard.length === 2, 'an event crossing again', WAIT);
  listening.close();
});

it('tells a listener when another instance’s publisher is back, though its own connection never broke', async () => {
  const { y, heard, resumes, listening } = await twoInstances();

  // Only the publishers (normal connections) are cut; subscribers stay connected.
  await admin!.client('KILL', 'TYPE', 'normal');
  await waitUntil(() => resumes() >= 1, 'the listener told that a publisher is back', WAIT);
  y.publish('conversationEvent', 'c1', TYPING);
  await waitUntil(() => heard.length === 2, 'an event crossing again', WAIT);
  listening.close();
});
