import { TicketKind, TicketState } from '../entities/queue/queue-ticket.entity.js';

// The rules of the lobby queue that need no database: the ticket's state machine, the order in
// which tickets are called, the check-in window and the estimated wait. queue.queries.ts does the
// same in SQL (the transitions as `update … where state in (…)`, the order as its `order by`);
// tests/queue/queue-rules.test.ts and the property test exercise these, and
// tests/queue/queue-order.test.ts checks that the database calls in the same order.

/** How often a clerk may call a ticket again before it must be a no-show or served. */
export const MAX_RECALLS = 3;

/**
 * The head start of appointments: a walk-in ranks as if it were due this long after it was drawn,
 * so an appointment checked in for now goes before a walk-in drawn a moment ago, but a walk-in
 * that has waited this long goes before every appointment due later. No walk-in waits forever
 * behind a stream of appointments: once its rank has passed, only tickets ranked earlier (a
 * finite number) can still go first.
 */
export const WALK_IN_HEAD_START_MINUTES = 15;

/** At the kiosk an appointment checks in from this long before its start … */
export const KIOSK_CHECK_IN_EARLIEST_MINUTES = 60;
/** … from the phone ("I'm here") from this long before … */
export const PHONE_CHECK_IN_EARLIEST_MINUTES = 30;
/** … and either way until this long after it (later: draw a walk-in ticket). */
export const CHECK_IN_LATEST_MINUTES = 15;

/** The service time assumed while the office served nobody in the last hour. */
export const DEFAULT_SERVICE_SECONDS = 10 * 60;

const MINUTE_MS = 60_000;

/** What a clerk does with a ticket. */
export type TicketAction = 'CALL' | 'RECALL' | 'NO_SHOW' | 'FINISH' | 'TRANSFER' | 'PARK';

/** The states each action starts from, and where it leads. */
export const TRANSITIONS: Record<TicketAction, { from: readonly TicketState[]; to: TicketState }> =
  {
    CALL: { from: [TicketState.WAITING, TicketState.PARKED], to: TicketState.CALLED },
    RECALL: { from: [TicketState.CALLED], to: TicketState.CALLED },
    NO_SHOW: { from: [TicketState.CALLED], to: TicketState.NO_SHOW },
    FINISH: { from: [TicketState.CALLED], to: TicketState.DONE },
    TRANSFER: { from: [TicketState.CALLED], to: TicketState.WAITING },
    PARK: { from: [TicketState.CALLED], to: TicketState.PARKED },
  };

/** Why an action cannot be taken on a ticket. */
export type TransitionRefusal = 'WRONG_STATE' | 'RECALL_LIMIT_REACHED';

/** The state after `action`, or why the ticket cannot take it. */
export function transition(
  ticket: { state: TicketState; recalls: number },
  action: TicketAction,
): { state: TicketState } | { refusal: TransitionRefusal } {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(ticket.state)) return { refusal: 'WRONG_STATE' };
  if (action === 'RECALL' && ticket.recalls >= MAX_RECALLS) {
    return { refusal: 'RECALL_LIMIT_REACHED' };
  }
  return { state: rule.to };
}

/** Whether a ticket is finished for good: nothing can happen to it any more. */
export function isFinal(state: TicketState): boolean {
  return (
    state === TicketState.DONE || state === TicketState.NO_SHOW || state === TicketState.EXPIRED
  );
}

/**
 * A ticket's rank in line: appointments by their start, walk-ins by when they were drawn plus the
 * appointments' head start. A transferred ticket keeps its rank, so it does not queue again.
 */
export function priorityAt(
  ticket:
    { kind: TicketKind.APPOINTMENT; startsAt: Date } | { kind: TicketKind.WALK_IN; drawnAt: Date },
): Date {
  return ticket.kind === TicketKind.APPOINTMENT
    ? ticket.startsAt
    : new Date(ticket.drawnAt.getTime() + WALK_IN_HEAD_START_MINUTES * MINUTE_MS);
}

/** What call next sees of a ticket. */
export type QueuedTicket = {
  id: string;
  state: TicketState;
  serviceId: string;
  targetCounterId: string | null;
  priorityAt: Date;
  number: number;
};

/** Whether the counter may call the ticket: it handles the service, and it was not sent elsewhere. */
export function counterMayCall(
  counter: { id: string; serviceIds: readonly string[] },
  ticket: Pick<QueuedTicket, 'serviceId' | 'targetCounterId'>,
): boolean {
  return (
    counter.serviceIds.includes(ticket.serviceId) &&
    (ticket.targetCounterId === null || ticket.targetCounterId === counter.id)
  );
}

/** Line order: by rank, then by number (the earlier drawn first). */
export function compareInLine(
  a: Pick<QueuedTicket, 'priorityAt' | 'number'>,
  b: Pick<QueuedTicket, 'priorityAt' | 'number'>,
): number {
  return a.priorityAt.getTime() - b.priorityAt.getTime() || a.number - b.number;
}

/** The ticket "call next" at this counter calls, or null when none waits for it. */
export function nextTicket<T extends QueuedTicket>(
  tickets: readonly T[],
  counter: { id: string; serviceIds: readonly string[] },
): T | null {
  const candidates = tickets.filter(
    (ticket) => ticket.state === TicketState.WAITING && counterMayCall(counter, ticket),
  );
  return [...candidates].sort(compareInLine)[0] ?? null;
}

/** Where a check-in happens: the kiosk in the lobby, or the citizen's phone. */
export type CheckInChannel = 'KIOSK' | 'PHONE';

/** Whether an appointment starting at `startsAt` may check in at `now`. */
export function checkInWindow(
  startsAt: Date,
  now: Date,
  channel: CheckInChannel,
): 'OPEN' | 'TOO_EARLY' | 'TOO_LATE' {
  const earliest =
    channel === 'KIOSK' ? KIOSK_CHECK_IN_EARLIEST_MINUTES : PHONE_CHECK_IN_EARLIEST_MINUTES;
  if (now.getTime() < startsAt.getTime() - earliest * MINUTE_MS) return 'TOO_EARLY';
  if (now.getTime() > startsAt.getTime() + CHECK_IN_LATEST_MINUTES * MINUTE_MS) return 'TOO_LATE';
  return 'OPEN';
}

/** "A-017": the prefix, and the number with at least three digits. */
export function ticketLabel(prefix: string, number: number): string {
  return `${prefix}-${String(number).padStart(3, '0')}`;
}

/** Appointments are "T" (Termin); a walk-in takes the first letter A-Z of its service group. */
export const APPOINTMENT_PREFIX = 'T';

export function walkInPrefix(groupName: string): string {
  const letter = groupName
    .normalize('NFD')
    .toUpperCase()
    .replace(/[^A-Z]/g, '')
    .charAt(0);
  return letter && letter !== APPOINTMENT_PREFIX ? letter : 'W';
}

/** The value below which `share` of the sorted values lie (nearest rank); null for none. */
export function percentile(values: readonly number[], share: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(share * sorted.length));
  return sorted[rank - 1]!;
}

/**
 * The estimated wait of the ticket at `position` (1: next), from the service times of the last
 * hour (their median; DEFAULT_SERVICE_SECONDS without any) and the counters open for its service:
 * the tickets before it are served that many at a time.
 */
export function estimatedWaitSeconds(
  position: number,
  recentServiceSeconds: readonly number[],
  openCounters: number,
): number {
  const serviceSeconds = percentile(recentServiceSeconds, 0.5) ?? DEFAULT_SERVICE_SECONDS;
  const ahead = Math.max(0, position - 1);
  return Math.round((Math.ceil(ahead / Math.max(1, openCounters)) || 0) * serviceSeconds);
}

/** The town's local calendar day of an instant, "YYYY-MM-DD": queues and numbers are per day. */
export function localDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** Whether the text is a calendar day "YYYY-MM-DD" that exists. */
export function isLocalDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const at = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(at) && new Date(at).toISOString().slice(0, 10) === text;
}
