/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query OfficeAppointments(\n    $officeId: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $reason: AccessReason!\n  ) {\n    officeAppointments(officeId: $officeId, from: $from, to: $to, reason: $reason) {\n      id\n      code\n      status\n      startsAt\n      endsAt\n      name\n      email\n      phone\n      service {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OfficeAppointmentsDocument,
    "\n  subscription OfficeAppointmentsChanged($officeId: ID!) {\n    officeAppointmentsChanged(officeId: $officeId) {\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.OfficeAppointmentsChangedDocument,
    "\n  fragment DeskTicket on Ticket {\n    id\n    number\n    state\n    kind\n    position\n    estimatedWaitMinutes\n    counterName\n    recalls\n    createdAt\n    calledAt\n    service {\n      id\n      name\n    }\n  }\n": typeof types.DeskTicketFragmentDoc,
    "\n  query CounterDesk($officeId: ID!) {\n    counters(officeId: $officeId) {\n      id\n      name\n      active\n      services {\n        id\n        name\n      }\n    }\n    queueCounters(officeId: $officeId) {\n      id\n      name\n      open\n    }\n    officeQueue(officeId: $officeId) {\n      ...DeskTicket\n    }\n    queueBoard(officeId: $officeId) {\n      seq\n    }\n  }\n": typeof types.CounterDeskDocument,
    "\n  subscription QueueEvents($officeId: ID!, $afterSeq: Int) {\n    queueEvents(officeId: $officeId, afterSeq: $afterSeq) {\n      seq\n      kind\n    }\n  }\n": typeof types.QueueEventsDocument,
    "\n  query TicketAppointment($ticketId: ID!, $reason: AccessReason!) {\n    ticketAppointment(ticketId: $ticketId, reason: $reason) {\n      id\n      code\n      name\n      email\n      phone\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.TicketAppointmentDocument,
    "\n  mutation OpenCounter($input: QueueCounterInput!) {\n    openCounter(input: $input) {\n      counter {\n        id\n        open\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.OpenCounterDocument,
    "\n  mutation CloseCounter($input: QueueCounterInput!) {\n    closeCounter(input: $input) {\n      counter {\n        id\n        open\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CloseCounterDocument,
    "\n  mutation CallNextTicket($input: QueueCounterInput!) {\n    callNextTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CallNextTicketDocument,
    "\n  mutation CallTicket($input: CallTicketInput!) {\n    callTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CallTicketDocument,
    "\n  mutation RecallTicket($input: TicketInput!) {\n    recallTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RecallTicketDocument,
    "\n  mutation MarkTicketNoShow($input: TicketInput!) {\n    markTicketNoShow(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.MarkTicketNoShowDocument,
    "\n  mutation FinishTicket($input: TicketInput!) {\n    finishTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.FinishTicketDocument,
    "\n  mutation ParkTicket($input: TicketInput!) {\n    parkTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ParkTicketDocument,
    "\n  mutation TransferTicket($input: TransferTicketInput!) {\n    transferTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.TransferTicketDocument,
    "\n  query Staff($lang: Language) {\n    me {\n      id\n      name\n      roles\n      offices {\n        id\n        name\n      }\n    }\n    offices(lang: $lang) {\n      id\n      name\n    }\n  }\n": typeof types.StaffDocument,
};
const documents: Documents = {
    "\n  query OfficeAppointments(\n    $officeId: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $reason: AccessReason!\n  ) {\n    officeAppointments(officeId: $officeId, from: $from, to: $to, reason: $reason) {\n      id\n      code\n      status\n      startsAt\n      endsAt\n      name\n      email\n      phone\n      service {\n        id\n        name\n      }\n    }\n  }\n": types.OfficeAppointmentsDocument,
    "\n  subscription OfficeAppointmentsChanged($officeId: ID!) {\n    officeAppointmentsChanged(officeId: $officeId) {\n      startsAt\n      endsAt\n    }\n  }\n": types.OfficeAppointmentsChangedDocument,
    "\n  fragment DeskTicket on Ticket {\n    id\n    number\n    state\n    kind\n    position\n    estimatedWaitMinutes\n    counterName\n    recalls\n    createdAt\n    calledAt\n    service {\n      id\n      name\n    }\n  }\n": types.DeskTicketFragmentDoc,
    "\n  query CounterDesk($officeId: ID!) {\n    counters(officeId: $officeId) {\n      id\n      name\n      active\n      services {\n        id\n        name\n      }\n    }\n    queueCounters(officeId: $officeId) {\n      id\n      name\n      open\n    }\n    officeQueue(officeId: $officeId) {\n      ...DeskTicket\n    }\n    queueBoard(officeId: $officeId) {\n      seq\n    }\n  }\n": types.CounterDeskDocument,
    "\n  subscription QueueEvents($officeId: ID!, $afterSeq: Int) {\n    queueEvents(officeId: $officeId, afterSeq: $afterSeq) {\n      seq\n      kind\n    }\n  }\n": types.QueueEventsDocument,
    "\n  query TicketAppointment($ticketId: ID!, $reason: AccessReason!) {\n    ticketAppointment(ticketId: $ticketId, reason: $reason) {\n      id\n      code\n      name\n      email\n      phone\n      startsAt\n      endsAt\n    }\n  }\n": types.TicketAppointmentDocument,
    "\n  mutation OpenCounter($input: QueueCounterInput!) {\n    openCounter(input: $input) {\n      counter {\n        id\n        open\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.OpenCounterDocument,
    "\n  mutation CloseCounter($input: QueueCounterInput!) {\n    closeCounter(input: $input) {\n      counter {\n        id\n        open\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CloseCounterDocument,
    "\n  mutation CallNextTicket($input: QueueCounterInput!) {\n    callNextTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CallNextTicketDocument,
    "\n  mutation CallTicket($input: CallTicketInput!) {\n    callTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CallTicketDocument,
    "\n  mutation RecallTicket($input: TicketInput!) {\n    recallTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RecallTicketDocument,
    "\n  mutation MarkTicketNoShow($input: TicketInput!) {\n    markTicketNoShow(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.MarkTicketNoShowDocument,
    "\n  mutation FinishTicket($input: TicketInput!) {\n    finishTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.FinishTicketDocument,
    "\n  mutation ParkTicket($input: TicketInput!) {\n    parkTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ParkTicketDocument,
    "\n  mutation TransferTicket($input: TransferTicketInput!) {\n    transferTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.TransferTicketDocument,
    "\n  query Staff($lang: Language) {\n    me {\n      id\n      name\n      roles\n      offices {\n        id\n        name\n      }\n    }\n    offices(lang: $lang) {\n      id\n      name\n    }\n  }\n": types.StaffDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeAppointments(\n    $officeId: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $reason: AccessReason!\n  ) {\n    officeAppointments(officeId: $officeId, from: $from, to: $to, reason: $reason) {\n      id\n      code\n      status\n      startsAt\n      endsAt\n      name\n      email\n      phone\n      service {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficeAppointments(\n    $officeId: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $reason: AccessReason!\n  ) {\n    officeAppointments(officeId: $officeId, from: $from, to: $to, reason: $reason) {\n      id\n      code\n      status\n      startsAt\n      endsAt\n      name\n      email\n      phone\n      service {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OfficeAppointmentsChanged($officeId: ID!) {\n    officeAppointmentsChanged(officeId: $officeId) {\n      startsAt\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  subscription OfficeAppointmentsChanged($officeId: ID!) {\n    officeAppointmentsChanged(officeId: $officeId) {\n      startsAt\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskTicket on Ticket {\n    id\n    number\n    state\n    kind\n    position\n    estimatedWaitMinutes\n    counterName\n    recalls\n    createdAt\n    calledAt\n    service {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DeskTicket on Ticket {\n    id\n    number\n    state\n    kind\n    position\n    estimatedWaitMinutes\n    counterName\n    recalls\n    createdAt\n    calledAt\n    service {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CounterDesk($officeId: ID!) {\n    counters(officeId: $officeId) {\n      id\n      name\n      active\n      services {\n        id\n        name\n      }\n    }\n    queueCounters(officeId: $officeId) {\n      id\n      name\n      open\n    }\n    officeQueue(officeId: $officeId) {\n      ...DeskTicket\n    }\n    queueBoard(officeId: $officeId) {\n      seq\n    }\n  }\n"): (typeof documents)["\n  query CounterDesk($officeId: ID!) {\n    counters(officeId: $officeId) {\n      id\n      name\n      active\n      services {\n        id\n        name\n      }\n    }\n    queueCounters(officeId: $officeId) {\n      id\n      name\n      open\n    }\n    officeQueue(officeId: $officeId) {\n      ...DeskTicket\n    }\n    queueBoard(officeId: $officeId) {\n      seq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueEvents($officeId: ID!, $afterSeq: Int) {\n    queueEvents(officeId: $officeId, afterSeq: $afterSeq) {\n      seq\n      kind\n    }\n  }\n"): (typeof documents)["\n  subscription QueueEvents($officeId: ID!, $afterSeq: Int) {\n    queueEvents(officeId: $officeId, afterSeq: $afterSeq) {\n      seq\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketAppointment($ticketId: ID!, $reason: AccessReason!) {\n    ticketAppointment(ticketId: $ticketId, reason: $reason) {\n      id\n      code\n      name\n      email\n      phone\n      startsAt\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  query TicketAppointment($ticketId: ID!, $reason: AccessReason!) {\n    ticketAppointment(ticketId: $ticketId, reason: $reason) {\n      id\n      code\n      name\n      email\n      phone\n      startsAt\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCounter($input: QueueCounterInput!) {\n    openCounter(input: $input) {\n      counter {\n        id\n        open\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCounter($input: QueueCounterInput!) {\n    openCounter(input: $input) {\n      counter {\n        id\n        open\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCounter($input: QueueCounterInput!) {\n    closeCounter(input: $input) {\n      counter {\n        id\n        open\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCounter($input: QueueCounterInput!) {\n    closeCounter(input: $input) {\n      counter {\n        id\n        open\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallNextTicket($input: QueueCounterInput!) {\n    callNextTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CallNextTicket($input: QueueCounterInput!) {\n    callNextTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallTicket($input: CallTicketInput!) {\n    callTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CallTicket($input: CallTicketInput!) {\n    callTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecallTicket($input: TicketInput!) {\n    recallTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecallTicket($input: TicketInput!) {\n    recallTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkTicketNoShow($input: TicketInput!) {\n    markTicketNoShow(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkTicketNoShow($input: TicketInput!) {\n    markTicketNoShow(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishTicket($input: TicketInput!) {\n    finishTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FinishTicket($input: TicketInput!) {\n    finishTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ParkTicket($input: TicketInput!) {\n    parkTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ParkTicket($input: TicketInput!) {\n    parkTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferTicket($input: TransferTicketInput!) {\n    transferTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransferTicket($input: TransferTicketInput!) {\n    transferTicket(input: $input) {\n      ticket {\n        ...DeskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Staff($lang: Language) {\n    me {\n      id\n      name\n      roles\n      offices {\n        id\n        name\n      }\n    }\n    offices(lang: $lang) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Staff($lang: Language) {\n    me {\n      id\n      name\n      roles\n      offices {\n        id\n        name\n      }\n    }\n    offices(lang: $lang) {\n      id\n      name\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;