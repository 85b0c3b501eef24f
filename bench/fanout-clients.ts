// The clients of S1 (bench/fanout.ts): opens N graphql-transport-ws sockets that follow one
// conversation and reports, per message, how long after its commit each socket received it.
import WebSocket from 'ws';

type Command =
  | { type: 'connect'; url: string; token: string; conversationId: string; count: number }
  | { type: 'expect'; count: number }
  | { type: 'close' };

const sockets: WebSocket[] = [];
let pending: { count: number; latencies: number[] } | null = null;
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
          data?: { conversationEvents?: { type: string; message?: { createdAt: string } } };
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
      if (message.type === 'next' && event?.type === 'MESSAGE' && event.message && pending) {
        pending.latencies.push(Date.now() - Date.parse(event.message.createdAt));
        if (pending.latencies.length === pending.count) {
          process.send?.({ latencies: pending.latencies });
          pending = null;
        }
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
  } else if (command.type === 'expect') {
    pending = { count: command.count, latencies: [] };
  } else {
    for (const socket of sockets) socket.close();
    process.send?.({ closed: true });
  }
});
