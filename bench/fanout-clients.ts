// The clients of S1 (bench/fanout.ts): opens N graphql-transport-ws sockets that follow one
// conversation and reports, per message (by its seq), how long after its commit each socket
// received it. Receipts are kept by seq from the moment they arrive, so a message that overtakes
// the parent's question is still counted.
import WebSocket from 'ws';

type Command =
  | { type: 'connect'; url: string; token: string; conversationId: string; count: number }
  | { type: 'collect'; seq: number; count: number }
  | { type: 'close' };

const sockets: WebSocket[] = [];
const receipts = new Map<number, number[]>();
let wanted: { seq: number; count: number } | null = null;

function answerWhenComplete() {
  const latencies = wanted && receipts.get(wanted.seq);
  if (!wanted || !latencies || latencies.length < wanted.count) return;
  receipts.delete(wanted.seq);
  wanted = null;
  process.send?.({ latencies });
}
const QUERY =
  'subscription($id: ID!) { conversationEvents(conversationId: $id) { type message { seq createdAt } } }';

function open(url: string, token: string, conversationId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    socket.on('open', () =>
      socket.send(
        JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }),
      ),
    );
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as {
        type: string;
        payload?: {
          data?: {
            conversationEvents?: { type: string; message?: { seq: number; createdAt: string } };
          };
        };
      };
      if (message.type === 'connection_ack') {
        socket.send(
          JSON.stringify({
            id: '1',
            type: 'subscribe',
            payload: { query: QUERY, variables: { id: conversationId } },
          }),
        );
        resolve();
        return;
      }
      const event = message.payload?.data?.conversationEvents;
      if (message.type === 'next' && event?.type === 'MESSAGE' && event.message) {
        const { seq, createdAt } = event.message;
        const latencies = receipts.get(seq) ?? [];
        latencies.push(Date.now() - Date.parse(createdAt));
        receipts.set(seq, latencies);
        if (wanted?.seq === seq) answerWhenComplete();
      }
    });
    socket.on('error', reject);
    sockets.push(socket);
  });
}

process.on('message', async (command: Command) => {
  if (command.type === 'connect') {
    for (let i = 0; i < command.count; i += 200) {
      await Promise.all(
        Array.from({ length: Math.min(200, command.count - i) }, () =>
          open(command.url, command.token, command.conversationId),
        ),
      );
    }
    process.send?.({ connected: sockets.length });
  } else if (command.type === 'collect') {
    wanted = { seq: command.seq, count: command.count };
    answerWhenComplete();
  } else {
    for (const socket of sockets) socket.close();
    process.send?.({ closed: true });
  }
});
