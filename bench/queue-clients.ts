// The clients of L1 (bench/queue.ts): a kiosk that draws the day's tickets, 20 clerks who call
// next and finish as fast as the queue lets them, 200 phones that each follow a ticket
// (myTicket) and 5 lobby displays (queueBoard). Reports, per called ticket, when its "call next"
// was sent and when each display and its phone saw it called. Runs in a process of its own so
// that the server's event loop is the server's.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export type QueueBenchPlan = {
  url: string;
  wsUrl: string;
  officeId: string;
  serviceId: string;
  kioskToken: string;
  clerks: Array<{ token: string; counterId: string }>;
  tickets: number;
  phones: number;
  displays: number;
};

export type QueueBenchReport = {
  /** Per ticket number: when its "call next" was sent (ms, this process's clock). */
  sent: Record<string, number>;
  /** Per display, per ticket number: when the board showed it called. */
  displays: Array<Record<string, number>>;
  /** Per followed ticket number: when its phone saw it called. */
  phones: Record<string, number>;
  actions: { draws: number; calls: number; finishes: number; emptyCalls: number };
  seconds: number;
};

const TICKET = 'id number';

async function gql<T>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
  requestId: string,
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      'x-request-id': requestId,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`${requestId}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

function socket(wsUrl: string): Client {
  return createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
}

/** Subscribes and resolves once the first result (the current state) arrived. */
function follow<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
  onResult: (data: T) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let first = true;
    client.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          if (result.data) onResult(result.data);
          if (first) {
            first = false;
            resolve();
          }
        },
        error: (error) => reject(new Error(JSON.stringify(error))),
        complete: () => undefined,
      },
    );
  });
}

async function run(plan: QueueBenchPlan): Promise<QueueBenchReport> {
  const report: QueueBenchReport = {
    sent: {},
    displays: [],
    phones: {},
    actions: { draws: 0, calls: 0, finishes: 0, emptyCalls: 0 },
    seconds: 0,
  };
  const clients: Client[] = [];
  for (let i = 0; i < plan.displays; i += 1) {
    const seen: Record<string, number> = {};
    report.displays.push(seen);
    const client = socket(plan.wsUrl);
    clients.push(client);
    await follow<{ queueBoard: { called: Array<{ number: string }> } }>(
      client,
      'subscription($o: ID!) { queueBoard(officeId: $o) { seq called { number counterName } } }',
      { o: plan.officeId },
      (data) => {
        const now = performance.now();
        for (const call of data.queueBoard.called) seen[call.number] ??= now;
      },
    );
  }

  const started = performance.now();
  let drawn = 0;
  let finished = 0;
  // One phone for two of every five tickets, so that followed tickets spread over the day.
  const followed = (index: number) => index % 5 < 2 && Math.floor(index / 5) * 2 < plan.phones;

  const kiosk = (async () => {
    for (let index = 0; index < plan.tickets; index += 1) {
      const { drawTicket } = await gql<{ drawTicket: { ticket: { id: string; number: string } } }>(
        plan.url,
        plan.kioskToken,
        `mutation($i: DrawTicketInput!) { drawTicket(input: $i) { ticket { ${TICKET} } userErrors { code } } }`,
        { i: { officeId: plan.officeId, serviceId: plan.serviceId } },
        `draw-${index}`,
      );
      report.actions.draws += 1;
      drawn += 1;
      if (followed(index)) {
        const client = socket(plan.wsUrl);
        clients.push(client);
        const { number } = drawTicket.ticket;
        await follow<{ myTicket: { state: string } }>(
          client,
          'subscription($t: ID!) { myTicket(ticketId: $t) { state position estimatedWaitMinutes counterName } }',
          { t: drawTicket.ticket.id },
          (data) => {
            if (data.myTicket.state === 'CALLED') report.phones[number] ??= performance.now();
          },
        );
      }
    }
  })();

  const clerk = async ({ token, counterId }: { token: string; counterId: string }, n: number) => {
    for (let round = 0; finished < plan.tickets; round += 1) {
      const sentAt = performance.now();
      const { callNextTicket } = await gql<{
        callNextTicket: {
          ticket: { id: string; number: string } | null;
          userErrors: Array<{ code: string }>;
        };
      }>(
        plan.url,
        token,
        `mutation($i: QueueCounterInput!) { callNextTicket(input: $i) { ticket { ${TICKET} } userErrors { code } } }`,
        { i: { counterId } },
        `call-${n}-${round}`,
      );
      if (!callNextTicket.ticket) {
        report.actions.emptyCalls += 1;
        if (drawn >= plan.tickets && finished >= plan.tickets) return;
        // A clerk with nobody waiting looks again a quarter of a second later.
        await new Promise((resolve) => setTimeout(resolve, 250));
        continue;
      }
      report.actions.calls += 1;
      report.sent[callNextTicket.ticket.number] = sentAt;
      // Serving takes a moment (the board shows the call until then).
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      await gql(
        plan.url,
        token,
        'mutation($i: TicketInput!) { finishTicket(input: $i) { ticket { state } userErrors { code } } }',
        { i: { ticketId: callNextTicket.ticket.id } },
        `finish-${n}-${round}`,
      );
      report.actions.finishes += 1;
      finished += 1;
    }
  };

  await Promise.all([kiosk, ...plan.clerks.map((item, index) => clerk(item, index))]);
  report.seconds = (performance.now() - started) / 1000;
  // The last frames may still be on their way.
  const deadline = performance.now() + 10_000;
  const complete = () =>
    report.displays.every((seen) => Object.keys(seen).length >= plan.tickets) &&
    Object.keys(report.phones).length >= plan.phones;
  while (!complete() && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await Promise.all(clients.map((client) => client.dispose()));
  return report;
}

process.once('message', (plan: QueueBenchPlan) => {
  run(plan).then(
    (report) => process.send?.(report),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
});
