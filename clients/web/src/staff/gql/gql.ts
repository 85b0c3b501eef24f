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
    "\n  query OfficeAppointments(\n    $officeId: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $reason: AccessReason!\n  ) {\n    officeAppointments(officeId: $officeId, from: $from, to: $to, reason: $reason) {\n      id\n      code\n      status\n      startsAt\n      endsAt\n      name\n      email\n      phone\n      counterName\n      ticket {\n        number\n        state\n      }\n      service {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OfficeAppointmentsDocument,
    "\n  subscription OfficeAppointmentsChanged($officeId: ID!) {\n    officeAppointmentsChanged(officeId: $officeId) {\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.OfficeAppointmentsChangedDocument,
    "\n  subscription PlanQueueEvents($officeId: ID!) {\n    queueEvents(officeId: $officeId) {\n      seq\n      kind\n    }\n  }\n": typeof types.PlanQueueEventsDocument,
    "\n  query Staff($lang: Language) {\n    me {\n      id\n      name\n      roles\n      offices {\n        id\n        name\n      }\n    }\n    offices(lang: $lang) {\n      id\n      name\n    }\n  }\n": typeof types.StaffDocument,
};
const documents: Documents = {
    "\n  query OfficeAppointments(\n    $officeId: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $reason: AccessReason!\n  ) {\n    officeAppointments(officeId: $officeId, from: $from, to: $to, reason: $reason) {\n      id\n      code\n      status\n      startsAt\n      endsAt\n      name\n      email\n      phone\n      counterName\n      ticket {\n        number\n        state\n      }\n      service {\n        id\n        name\n      }\n    }\n  }\n": types.OfficeAppointmentsDocument,
    "\n  subscription OfficeAppointmentsChanged($officeId: ID!) {\n    officeAppointmentsChanged(officeId: $officeId) {\n      startsAt\n      endsAt\n    }\n  }\n": types.OfficeAppointmentsChangedDocument,
    "\n  subscription PlanQueueEvents($officeId: ID!) {\n    queueEvents(officeId: $officeId) {\n      seq\n      kind\n    }\n  }\n": types.PlanQueueEventsDocument,
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
export function graphql(source: "\n  query OfficeAppointments(\n    $officeId: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $reason: AccessReason!\n  ) {\n    officeAppointments(officeId: $officeId, from: $from, to: $to, reason: $reason) {\n      id\n      code\n      status\n      startsAt\n      endsAt\n      name\n      email\n      phone\n      counterName\n      ticket {\n        number\n        state\n      }\n      service {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficeAppointments(\n    $officeId: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $reason: AccessReason!\n  ) {\n    officeAppointments(officeId: $officeId, from: $from, to: $to, reason: $reason) {\n      id\n      code\n      status\n      startsAt\n      endsAt\n      name\n      email\n      phone\n      counterName\n      ticket {\n        number\n        state\n      }\n      service {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OfficeAppointmentsChanged($officeId: ID!) {\n    officeAppointmentsChanged(officeId: $officeId) {\n      startsAt\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  subscription OfficeAppointmentsChanged($officeId: ID!) {\n    officeAppointmentsChanged(officeId: $officeId) {\n      startsAt\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PlanQueueEvents($officeId: ID!) {\n    queueEvents(officeId: $officeId) {\n      seq\n      kind\n    }\n  }\n"): (typeof documents)["\n  subscription PlanQueueEvents($officeId: ID!) {\n    queueEvents(officeId: $officeId) {\n      seq\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Staff($lang: Language) {\n    me {\n      id\n      name\n      roles\n      offices {\n        id\n        name\n      }\n    }\n    offices(lang: $lang) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Staff($lang: Language) {\n    me {\n      id\n      name\n      roles\n      offices {\n        id\n        name\n      }\n    }\n    offices(lang: $lang) {\n      id\n      name\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;