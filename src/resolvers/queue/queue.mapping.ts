import type { Language } from '../../common/language.js';
import type {
  BoardRecord,
  CounterState,
  QueueEventRecord,
  TicketView,
} from '../../queue/queue.service.js';
import { ticketLabel } from '../../queue/queue-rules.js';
import { toGlobalId } from '../common/global-id.js';
import {
  QueueEventKind,
  type QueueBoard,
  type QueueCounter,
  type QueueEvent,
  type Ticket,
} from './queue.types.js';

export function toTicket(ticket: TicketView, lang: Language): Ticket {
  return {
    id: toGlobalId('Ticket', ticket.id),
    number: ticketLabel(ticket.prefix, ticket.number),
    state: ticket.state,
    kind: ticket.kind,
    position: ticket.position,
    estimatedWaitMinutes:
      ticket.estimatedWaitSeconds === null ? null : Math.ceil(ticket.estimatedWaitSeconds / 60),
    counterName:
      ticket.state === 'WAITING' || ticket.state === 'PARKED' ? null : ticket.counterName,
    recalls: ticket.recalls,
    createdAt: ticket.createdAt,
    calledAt: ticket.calledAt,
    officeId: ticket.officeId,
    serviceId: ticket.serviceId,
    lang,
  };
}

export function toQueueBoard(board: BoardRecord, lang: Language): QueueBoard {
  return {
    seq: board.seq,
    waitingCount: board.waiting,
    called: board.called.map((call) => ({
      number: ticketLabel(call.prefix, call.number),
      counterName: call.counterName,
      calledAt: call.calledAt,
      recalls: call.recalls,
    })),
    officeId: board.officeId,
    lang,
  };
}

export function toQueueCounter(counter: CounterState): QueueCounter {
  return { id: toGlobalId('Counter', counter.id), name: counter.name, open: counter.open };
}

export function toQueueEvent(
  event: QueueEventRecord,
  ticket: TicketView | null,
  lang: Language,
): QueueEvent {
  return {
    seq: event.seq,
    kind: QueueEventKind[event.kind],
    occurredAt: event.occurredAt,
    ticket: ticket && toTicket(ticket, lang),
    counterId: event.counterId && toGlobalId('Counter', event.counterId),
  };
}
