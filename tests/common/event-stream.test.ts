import { EventStream, Gate } from '../../src/realtime/event-stream.js';

// pushAfter holds each event until its gate opens and every event before it is out: staff get a
// conversation's live messages after their data access log entries are written, in order, even
// when the INSERT of a later message finishes first.

/** A gate and the functions that settle it. */
function gate() {
  let open: () => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const written = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { gate: Gate.after(written), open, fail, settled: written.catch(() => undefined) };
}

function follow(stream: EventStream<string>) {
  const seen: string[] = [];
  const ended: { error?: unknown }[] = [];
  stream.attach({ next: (event) => seen.push(event), end: (error) => ended.push({ error }) });
  return { seen, ended };
}

it('pushes in the order given, each once its own gate and those before it have opened', async () => {
  const stream = new EventStream<string>();
  const { seen } = follow(stream);
  const first = gate();
  const second = gate();
  stream.pushAfter(first.gate, 'message 1');
  stream.pushAfter(second.gate, 'message 2');
  stream.pushAfter(null, 'typing');
  expect(seen).toEqual([]);

  second.open();
  await second.settled;
  expect(seen).toEqual([]);

  first.open();
  await first.settled;
  expect(seen).toEqual(['message 1', 'message 2', 'typing']);

  stream.pushAfter(null, 'read');
  stream.pushAfter(first.gate, 'message 3');
  expect(seen).toEqual(['message 1', 'message 2', 'typing', 'read', 'message 3']);
});

it('wakes every stream waiting on one gate in one synchronous pass', async () => {
  const streams = Array.from({ length: 3 }, () => new EventStream<string>());
  const followers = streams.map(follow);
  const shared = gate();
  for (const stream of streams) stream.pushAfter(shared.gate, 'message');
  let seenInThePass: string[][] = [];
  shared.gate.whenSettled(() => {
    seenInThePass = followers.map(({ seen }) => [...seen]);
  });

  shared.open();
  await shared.settled;
  expect(seenInThePass).toEqual([['message'], ['message'], ['message']]);
});

it('ends the stream with the error of a gate that fails, and pushes nothing after it', async () => {
  const stream = new EventStream<string>();
  const { seen, ended } = follow(stream);
  const written = gate();
  const failing = gate();
  stream.pushAfter(written.gate, 'message 1');
  stream.pushAfter(failing.gate, 'message 2');
  stream.pushAfter(null, 'typing');

  failing.fail(new Error('log refused'));
  written.open();
  await Promise.all([written.settled, failing.settled]);
  expect(seen).toEqual(['message 1']);
  expect(ended).toEqual([{ error: new Error('log refused') }]);
  expect(stream.closed).toBe(true);
});

it('ends a stream whose held events reach MAX_WAITING, as a consumer too far behind', () => {
  const stream = new EventStream<string>();
  const { ended } = follow(stream);
  const shut = gate();
  for (let i = 0; i < EventStream.MAX_WAITING; i += 1) stream.pushAfter(shut.gate, `m${i}`);
  expect(ended).toEqual([]);

  stream.pushAfter(shut.gate, 'one too many');
  expect(ended).toEqual([{ error: undefined }]);
});
