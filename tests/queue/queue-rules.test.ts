import fc from 'fast-check';
import { TicketKind, TicketState } from '../../src/entities/queue/queue-ticket.entity.js';
import {
  checkInWindow,
  estimatedWaitSeconds,
  isFinal,
  isLocalDate,
  localDay,
  MAX_RECALLS,
  nextTicket,
  percentile,
  priorityAt,
  ticketLabel,
  transition,
  WALK_IN_HEAD_START_MINUTES,
  walkInPrefix,
  type QueuedTicket,
  type TicketAction,
} from '../../src/queue/queue-rules.js';

const at = (time: string) => new Date(`2027-03-01T${time}:00Z`);
const minutes = (n: number) => n * 60_000;

function ticket(overrides: Partial<QueuedTicket> & { id: string }): QueuedTicket {
  return {
    state: TicketState.WAITING,
    serviceId: 'passport',
    targetCounterId: null,
    priorityAt: at('09:00'),
    number: 1,
    ...overrides,
  };
}

const counter = { id: 'c1', serviceIds: ['passport', 'registration'] };

describe('the order of the line', () => {
  it('calls an appointment due now before a walk-in drawn a moment ago', () => {
    // Given an appointment at 09:00 and a walk-in drawn at 08:58
    const appointment = ticket({
      id: 'appointment',
      number: 2,
      priorityAt: priorityAt({ kind: TicketKind.APPOINTMENT, startsAt: at('09:00') }),
    });
    const walkIn = ticket({
      id: 'walk-in',
      number: 1,
      priorityAt: priorityAt({ kind: TicketKind.WALK_IN, drawnAt: at('08:58') }),
    });

    // Then call next takes the appointment
    expect(nextTicket([walkIn, appointment], counter)?.id).toBe('appointment');
  });

  it('calls a walk-in that has waited its head start before every later appointment', () => {
    // Given a walk-in drawn at 08:30 and appointments every 5 minutes from 08:50 on
    const walkIn = ticket({
      id: 'walk-in',
      number: 1,
      priorityAt: priorityAt({ kind: TicketKind.WALK_IN, drawnAt: at('08:30') }),
    });
    const appointments = ['08:50', '08:55', '09:00'].map((time, index) =>
      ticket({
        id: `appointment ${time}`,
        number: index + 2,
        priorityAt: priorityAt({ kind: TicketKind.APPOINTMENT, startsAt: at(time) }),
      }),
    );

    // Then the walk-in, ranked at 08:45, goes first
    expect(nextTicket([...appointments, walkIn], counter)?.id).toBe('walk-in');
  });

  it('never lets a stream of appointments hold a walk-in back beyond its rank', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600 }),
        fc.array(fc.integer({ min: -600, max: 600 }), { maxLength: 30 }),
        (drawnMinute, appointmentMinutes) => {
          const base = at('08:00').getTime();
          const walkIn = ticket({
            id: 'walk-in',
            number: 1,
            priorityAt: priorityAt({
              kind: TicketKind.WALK_IN,
              drawnAt: new Date(base + minutes(drawnMinute)),
            }),
          });
          const line: QueuedTicket[] = [
            walkIn,
            ...appointmentMinutes.map((minute, index) =>
              ticket({
                id: `a${index}`,
                number: index + 2,
                priorityAt: priorityAt({
                  kind: TicketKind.APPOINTMENT,
                  startsAt: new Date(base + minutes(minute)),
                }),
              }),
            ),
          ];
          // Calling the whole line, only appointments due before the walk-in's rank go first.
          const order: string[] = [];
          let waiting = line;
          for (let next = nextTicket(waiting, counter); next; next = nextTicket(waiting, counter)) {
            order.push(next.id);
            waiting = waiting.filter((item) => item.id !== next!.id);
          }
          const before = order.slice(0, order.indexOf('walk-in'));
          const deadline = base + minutes(drawnMinute + WALK_IN_HEAD_START_MINUTES);
          return before.every(
            (id) => line.find((item) => item.id === id)!.priorityAt.getTime() <= deadline,
          );
        },
      ),
    );
  });

  it('gives a clerk only tickets for services the counter handles, or sent to it', () => {
    // Given tickets for a service the counter does not handle, one sent to another counter, and
    // one sent to this counter
    const line = [
      ticket({ id: 'other service', serviceId: 'wedding', priorityAt: at('08:00') }),
      ticket({ id: 'other counter', targetCounterId: 'c2', priorityAt: at('08:10') }),
      ticket({ id: 'parked', state: TicketState.PARKED, priorityAt: at('08:15') }),
      ticket({ id: 'this counter', targetCounterId: 'c1', priorityAt: at('08:20') }),
    ];

    // Then only the one sent here is called, and nothing once it is gone
    expect(nextTicket(line, counter)?.id).toBe('this counter');
    expect(nextTicket(line.slice(0, 3), counter)).toBeNull();
  });

  it('takes the lower number first when two tickets rank alike', () => {
    const line = [ticket({ id: 'second', number: 8 }), ticket({ id: 'first', number: 7 })];
    expect(nextTicket(line, counter)?.id).toBe('first');
  });
});

describe('the ticket’s transitions', () => {
  it('allows each action only from its states', () => {
    const called = { state: TicketState.CALLED, recalls: 0 };
    expect(transition({ state: TicketState.WAITING, recalls: 0 }, 'CALL')).toEqual({
      state: TicketState.CALLED,
    });
    expect(transition({ state: TicketState.PARKED, recalls: 0 }, 'CALL')).toEqual({
      state: TicketState.CALLED,
    });
    expect(transition(called, 'FINISH')).toEqual({ state: TicketState.DONE });
    expect(transition(called, 'NO_SHOW')).toEqual({ state: TicketState.NO_SHOW });
    expect(transition(called, 'PARK')).toEqual({ state: TicketState.PARKED });
    expect(transition(called, 'TRANSFER')).toEqual({ state: TicketState.WAITING });
    expect(transition(called, 'CALL')).toEqual({ refusal: 'WRONG_STATE' });
    for (const action of ['RECALL', 'NO_SHOW', 'FINISH', 'TRANSFER', 'PARK'] as const) {
      expect(transition({ state: TicketState.WAITING, recalls: 0 }, action)).toEqual({
        refusal: 'WRONG_STATE',
      });
    }
  });

  it('recalls at most three times', () => {
    expect(transition({ state: TicketState.CALLED, recalls: MAX_RECALLS - 1 }, 'RECALL')).toEqual({
      state: TicketState.CALLED,
    });
    expect(transition({ state: TicketState.CALLED, recalls: MAX_RECALLS }, 'RECALL')).toEqual({
      refusal: 'RECALL_LIMIT_REACHED',
    });
  });

  it('lets nothing happen to a finished ticket', () => {
    const actions: TicketAction[] = ['CALL', 'RECALL', 'NO_SHOW', 'FINISH', 'TRANSFER', 'PARK'];
    for (const state of [TicketState.DONE, TicketState.NO_SHOW]) {
      expect(isFinal(state)).toBe(true);
      for (const action of actions) {
        expect(transition({ state, recalls: 0 }, action)).toEqual({ refusal: 'WRONG_STATE' });
      }
    }
  });
});

describe('a queue worked by clerks at random', () => {
  // A model of the queue: counters call next, settle their ticket, or call a parked one back, in
  // any interleaving. No ticket may be called to two counters, called again once finished, or lost.
  type Command =
    | { kind: 'draw'; service: number }
    | { kind: 'callNext'; counter: number }
    | {
        kind: 'settle';
        counter: number;
        action: 'RECALL' | 'NO_SHOW' | 'FINISH' | 'TRANSFER' | 'PARK';
      }
    | { kind: 'callParked'; counter: number };

  const services = ['s0', 's1', 's2'];
  const counters = [
    { id: 'c0', serviceIds: ['s0', 's1'] },
    { id: 'c1', serviceIds: ['s1', 's2'] },
    { id: 'c2', serviceIds: ['s0', 's1', 's2'] },
  ];

  const command: fc.Arbitrary<Command> = fc.oneof(
    fc.record({ kind: fc.constant('draw' as const), service: fc.integer({ min: 0, max: 2 }) }),
    fc.record({ kind: fc.constant('callNext' as const), counter: fc.integer({ min: 0, max: 2 }) }),
    fc.record({
      kind: fc.constant('settle' as const),
      counter: fc.integer({ min: 0, max: 2 }),
      action: fc.constantFrom('RECALL', 'NO_SHOW', 'FINISH', 'TRANSFER', 'PARK'),
    }),
    fc.record({
      kind: fc.constant('callParked' as const),
      counter: fc.integer({ min: 0, max: 2 }),
    }),
  );

  it('never calls a ticket twice at once, never calls a finished one, and loses none', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 200 }), (commands) => {
        type Modelled = QueuedTicket & { recalls: number; counterId: string | null; calls: number };
        const tickets: Modelled[] = [];
        const finishedAtCall = new Map<string, number>();
        const apply = (item: Modelled, action: TicketAction, counterId: string | null) => {
          const result = transition(item, action);
          if ('refusal' in result) return;
          if (isFinal(item.state)) throw new Error(`${item.id} changed after it was finished`);
          item.state = result.state;
          if (action === 'CALL') {
            item.calls += 1;
            item.counterId = counterId;
            item.recalls = 0;
          }
          if (action === 'RECALL') item.recalls += 1;
          if (action === 'TRANSFER') item.counterId = null;
          if (isFinal(item.state)) finishedAtCall.set(item.id, item.calls);
        };
        for (const step of commands) {
          const atCounter = (index: number) =>
            tickets.find(
              (item) => item.state === TicketState.CALLED && item.counterId === counters[index]!.id,
            );
          if (step.kind === 'draw') {
            tickets.push({
              id: `t${tickets.length + 1}`,
              state: TicketState.WAITING,
              serviceId: services[step.service]!,
              targetCounterId: null,
              priorityAt: new Date(tickets.length * 60_000),
              number: tickets.length + 1,
              recalls: 0,
              counterId: null,
              calls: 0,
            });
          } else if (step.kind === 'callNext') {
            if (atCounter(step.counter)) continue;
            const next = nextTicket(tickets, counters[step.counter]!);
            if (next) apply(next, 'CALL', counters[step.counter]!.id);
          } else if (step.kind === 'settle') {
            const current = atCounter(step.counter);
            if (current) apply(current, step.action, null);
          } else {
            if (atCounter(step.counter)) continue;
            const parked = tickets.find(
              (item) =>
                item.state === TicketState.PARKED &&
                counters[step.counter]!.serviceIds.includes(item.serviceId),
            );
            if (parked) apply(parked, 'CALL', counters[step.counter]!.id);
          }
          // No counter has two tickets, and no ticket is called at two counters.
          const called = tickets.filter((item) => item.state === TicketState.CALLED);
          const byCounter = new Set(called.map((item) => item.counterId));
          if (byCounter.size !== called.length) return false;
        }
        // Every ticket drawn is still there, in exactly one known state.
        const known = new Set(Object.values(TicketState));
        if (!tickets.every((item) => known.has(item.state))) return false;
        // A finished ticket was never called again after it finished.
        return [...finishedAtCall].every(
          ([id, calls]) => tickets.find((item) => item.id === id)!.calls === calls,
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('check-in, numbers and waits', () => {
  it('opens check-in 60 minutes before at the kiosk, 30 from the phone, until 15 after', () => {
    const startsAt = at('10:00');
    expect(checkInWindow(startsAt, at('08:59'), 'KIOSK')).toBe('TOO_EARLY');
    expect(checkInWindow(startsAt, at('09:00'), 'KIOSK')).toBe('OPEN');
    expect(checkInWindow(startsAt, at('09:15'), 'PHONE')).toBe('TOO_EARLY');
    expect(checkInWindow(startsAt, at('09:30'), 'PHONE')).toBe('OPEN');
    expect(checkInWindow(startsAt, at('10:15'), 'PHONE')).toBe('OPEN');
    expect(checkInWindow(startsAt, at('10:16'), 'KIOSK')).toBe('TOO_LATE');
  });

  it('labels tickets with the group’s letter and three digits', () => {
    expect(ticketLabel('A', 17)).toBe('A-017');
    expect(ticketLabel('T', 1234)).toBe('T-1234');
    expect(walkInPrefix('Ausweise und Pässe')).toBe('A');
    expect(walkInPrefix('Übergabe')).toBe('U');
    expect(walkInPrefix('Termine')).toBe('W');
    expect(walkInPrefix('123')).toBe('W');
  });

  it('estimates the wait from the median service time and the open counters', () => {
    expect(percentile([300, 100, 200], 0.5)).toBe(200);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(percentile([], 0.5)).toBeNull();
    expect(estimatedWaitSeconds(1, [300], 2)).toBe(0);
    expect(estimatedWaitSeconds(5, [300, 200, 400], 2)).toBe(600);
    expect(estimatedWaitSeconds(3, [], 1)).toBe(1200);
    expect(estimatedWaitSeconds(3, [60], 0)).toBe(120);
  });

  it('knows the town’s day and calendar dates', () => {
    expect(localDay(new Date('2027-03-01T23:30:00Z'), 'Europe/Berlin')).toBe('2027-03-02');
    expect(localDay(new Date('2027-03-01T22:30:00Z'), 'Europe/Berlin')).toBe('2027-03-01');
    expect(isLocalDate('2027-02-28')).toBe(true);
    expect(isLocalDate('2027-02-30')).toBe(false);
    expect(isLocalDate('27-02-01')).toBe(false);
  });
});
