// The figures of L1 (bench/queue.ts), as bench/queue.ts prints them and `npm run bench` reports them.

export type QueueResult = {
  tickets: number;
  /** How long the day took, from the first ticket drawn to the last finished. */
  seconds: number;
  /** Milliseconds from sending "call next" to each display showing the ticket called. */
  displays: { p50: number; p99: number; seen: number; expected: number };
  /** Milliseconds from sending "call next" to the ticket's phone seeing it called. */
  phones: { p50: number; p99: number; seen: number; expected: number };
  /** Mean SQL statements of one request of each kind (the server's request log). */
  sqlPerRequest: { draw: number; call: number; finish: number };
  /** "call next" answered QUEUE_EMPTY (a clerk faster than the kiosk). */
  emptyCalls: number;
  /** PostgreSQL transactions per action, the live views' reads included. */
  transactionsPerAction: number;
};

export function queueTable(result: QueueResult): string[] {
  return [
    '| call next → | p50 ms | p99 ms | seen |',
    '| ----------- | -----: | -----: | ---: |',
    `| 5 displays  | ${result.displays.p50} | ${result.displays.p99} | ${result.displays.seen}/${result.displays.expected} |`,
    `| 200 phones  | ${result.phones.p50} | ${result.phones.p99} | ${result.phones.seen}/${result.phones.expected} |`,
    '',
    `${result.tickets} tickets in ${result.seconds} s; SQL statements per request: drawTicket ${result.sqlPerRequest.draw}, callNextTicket ${result.sqlPerRequest.call} (${result.emptyCalls} answered QUEUE_EMPTY), finishTicket ${result.sqlPerRequest.finish}; ${result.transactionsPerAction} PostgreSQL transactions per action with the live views' reads.`,
  ];
}
