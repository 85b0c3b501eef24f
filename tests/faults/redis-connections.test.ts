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

/**
 * Publishes on `from` until `heard` has `count` events: an instance whose own connection is not
 * back yet delivers what it publishes to itself only (the others catch up from the database).
 */
async function publishUntilHeard(
  from: EventBus,
  conversationId: string,
  heard: ConversationBusEvent[],
  count: number,
  what: string,
) {
  await waitUntil(
    () => {
      if (heard.length >= count) return true;
      from.publish('conversationEvent', conversationId, TYPING);
      return false;
    },
    what,
    { ...WAIT, intervalMs: 100 },
  );
}

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
  await publishUntilHeard(y, 'c1', heard, 2, 'an event crossing again');
  listening.close();
});

it('tells a listener when another instance’s publisher is back, though its own connection never broke', async () => {
  const { y, heard, resumes, listening } = await twoInstances();

  // Only the publishers (normal connections) are cut; subscribers stay connected.
  await admin!.client('KILL', 'TYPE', 'normal');
  await waitUntil(() => resumes() >= 1, 'the listener told that a publisher is back', WAIT);
  await publishUntilHeard(y, 'c1', heard, 2, 'an event crossing again');
  listening.close();
});

it('while Redis is away, a listener opened meanwhile is ready at once and hears this instance; once it is back, it learns from when it may have missed events', async () => {
  let errors = 0;
  const [x, y] = [
    createRedisEventBus(redis!.url, () => (errors += 1)),
    createRedisEventBus(redis!.url, () => {}),
  ];
  buses.push(x, y);
  const crossing: ConversationBusEvent[] = [];
  await x.listen('conversationEvent', 'c2', (event) => crossing.push(event)).ready;
  y.publish('conversationEvent', 'c2', TYPING);
  await waitUntil(() => crossing.length === 1, 'an event crossing', WAIT);

  // Redis goes away, and x notices.
  const errorsBefore = errors;
  const killedAt = Date.now();
  await redis!.kill();
  await waitUntil(() => errors > errorsBefore, 'x noticing that Redis is away', WAIT);

  const heard: ConversationBusEvent[] = [];
  const since: Date[] = [];
  const late = x.listen('conversationEvent', 'c3', (event) => heard.push(event), {
    onResume: (from) => since.push(from),
  });
  await late.ready;
  x.publish('conversationEvent', 'c3', TYPING);
  await waitUntil(() => heard.length === 1, 'an event of x reaching its own listener', WAIT);

  await redis!.start();
  await waitUntil(() => since.length >= 1, 'the listener told that its bus is back', WAIT);
  expect(since.every((from) => from.getTime() < killedAt)).toBe(true);
  await publishUntilHeard(y, 'c3', heard, 2, 'an event of y crossing to it');
  late.close();
}, 60_000);
