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
    "\n  query BoardOffices {\n    offices {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.BoardOfficesDocument,
    "\n  subscription QueueBoard($officeId: ID!) {\n    queueBoard(officeId: $officeId) {\n      seq\n      waitingCount\n      called {\n        number\n        counterName\n        calledAt\n        recalls\n      }\n    }\n  }\n": typeof types.QueueBoardDocument,
    "\n  query BoardNotices($officeId: ID, $lang: Language) {\n    announcements(officeId: $officeId, first: 10, lang: $lang) {\n      edges {\n        node {\n          id\n          title\n          language\n          emergency\n        }\n      }\n    }\n  }\n": typeof types.BoardNoticesDocument,
    "\n  subscription BoardAnnouncementWithdrawn($officeId: ID) {\n    announcementWithdrawn(officeId: $officeId)\n  }\n": typeof types.BoardAnnouncementWithdrawnDocument,
    "\n  subscription BoardAnnouncementPublished($officeId: ID, $lang: Language) {\n    announcementPublished(officeId: $officeId, lang: $lang) {\n      id\n      title\n      language\n      emergency\n    }\n  }\n": typeof types.BoardAnnouncementPublishedDocument,
    "\n  query ThisKiosk {\n    kiosk {\n      id\n      name\n      office {\n        id\n        name\n        slug\n      }\n    }\n  }\n": typeof types.ThisKioskDocument,
    "\n  query KioskCategories($lang: Language) {\n    categories(lang: $lang) {\n      id\n      name\n    }\n  }\n": typeof types.KioskCategoriesDocument,
    "\n  query KioskServices($officeId: ID!, $lang: Language) {\n    services(officeId: $officeId, first: 100, lang: $lang) {\n      edges {\n        node {\n          id\n          name\n          documents\n          category {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.KioskServicesDocument,
    "\n  mutation KioskCheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      ticket {\n        ...KioskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.KioskCheckInDocument,
    "\n  mutation KioskDrawTicket($input: DrawTicketInput!) {\n    drawTicket(input: $input) {\n      ticket {\n        ...KioskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.KioskDrawTicketDocument,
    "\n  fragment KioskTicket on Ticket {\n    id\n    number\n    kind\n    position\n    estimatedWaitMinutes\n    service {\n      id\n      name\n    }\n  }\n": typeof types.KioskTicketFragmentDoc,
    "\n  query KioskEmergencies($officeId: ID, $lang: Language) {\n    announcements(severity: EMERGENCY, officeId: $officeId, first: 3, lang: $lang) {\n      edges {\n        node {\n          id\n          title\n          language\n        }\n      }\n    }\n  }\n": typeof types.KioskEmergenciesDocument,
    "\n  subscription KioskAnnouncementWithdrawn($officeId: ID) {\n    announcementWithdrawn(officeId: $officeId)\n  }\n": typeof types.KioskAnnouncementWithdrawnDocument,
    "\n  subscription KioskAnnouncementPublished($officeId: ID, $lang: Language) {\n    announcementPublished(officeId: $officeId, lang: $lang) {\n      id\n      title\n      language\n      emergency\n    }\n  }\n": typeof types.KioskAnnouncementPublishedDocument,
};
const documents: Documents = {
    "\n  query BoardOffices {\n    offices {\n      id\n      slug\n      name\n    }\n  }\n": types.BoardOfficesDocument,
    "\n  subscription QueueBoard($officeId: ID!) {\n    queueBoard(officeId: $officeId) {\n      seq\n      waitingCount\n      called {\n        number\n        counterName\n        calledAt\n        recalls\n      }\n    }\n  }\n": types.QueueBoardDocument,
    "\n  query BoardNotices($officeId: ID, $lang: Language) {\n    announcements(officeId: $officeId, first: 10, lang: $lang) {\n      edges {\n        node {\n          id\n          title\n          language\n          emergency\n        }\n      }\n    }\n  }\n": types.BoardNoticesDocument,
    "\n  subscription BoardAnnouncementWithdrawn($officeId: ID) {\n    announcementWithdrawn(officeId: $officeId)\n  }\n": types.BoardAnnouncementWithdrawnDocument,
    "\n  subscription BoardAnnouncementPublished($officeId: ID, $lang: Language) {\n    announcementPublished(officeId: $officeId, lang: $lang) {\n      id\n      title\n      language\n      emergency\n    }\n  }\n": types.BoardAnnouncementPublishedDocument,
    "\n  query ThisKiosk {\n    kiosk {\n      id\n      name\n      office {\n        id\n        name\n        slug\n      }\n    }\n  }\n": types.ThisKioskDocument,
    "\n  query KioskCategories($lang: Language) {\n    categories(lang: $lang) {\n      id\n      name\n    }\n  }\n": types.KioskCategoriesDocument,
    "\n  query KioskServices($officeId: ID!, $lang: Language) {\n    services(officeId: $officeId, first: 100, lang: $lang) {\n      edges {\n        node {\n          id\n          name\n          documents\n          category {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.KioskServicesDocument,
    "\n  mutation KioskCheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      ticket {\n        ...KioskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.KioskCheckInDocument,
    "\n  mutation KioskDrawTicket($input: DrawTicketInput!) {\n    drawTicket(input: $input) {\n      ticket {\n        ...KioskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.KioskDrawTicketDocument,
    "\n  fragment KioskTicket on Ticket {\n    id\n    number\n    kind\n    position\n    estimatedWaitMinutes\n    service {\n      id\n      name\n    }\n  }\n": types.KioskTicketFragmentDoc,
    "\n  query KioskEmergencies($officeId: ID, $lang: Language) {\n    announcements(severity: EMERGENCY, officeId: $officeId, first: 3, lang: $lang) {\n      edges {\n        node {\n          id\n          title\n          language\n        }\n      }\n    }\n  }\n": types.KioskEmergenciesDocument,
    "\n  subscription KioskAnnouncementWithdrawn($officeId: ID) {\n    announcementWithdrawn(officeId: $officeId)\n  }\n": types.KioskAnnouncementWithdrawnDocument,
    "\n  subscription KioskAnnouncementPublished($officeId: ID, $lang: Language) {\n    announcementPublished(officeId: $officeId, lang: $lang) {\n      id\n      title\n      language\n      emergency\n    }\n  }\n": types.KioskAnnouncementPublishedDocument,
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
export function graphql(source: "\n  query BoardOffices {\n    offices {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query BoardOffices {\n    offices {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueBoard($officeId: ID!) {\n    queueBoard(officeId: $officeId) {\n      seq\n      waitingCount\n      called {\n        number\n        counterName\n        calledAt\n        recalls\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription QueueBoard($officeId: ID!) {\n    queueBoard(officeId: $officeId) {\n      seq\n      waitingCount\n      called {\n        number\n        counterName\n        calledAt\n        recalls\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardNotices($officeId: ID, $lang: Language) {\n    announcements(officeId: $officeId, first: 10, lang: $lang) {\n      edges {\n        node {\n          id\n          title\n          language\n          emergency\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardNotices($officeId: ID, $lang: Language) {\n    announcements(officeId: $officeId, first: 10, lang: $lang) {\n      edges {\n        node {\n          id\n          title\n          language\n          emergency\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardAnnouncementWithdrawn($officeId: ID) {\n    announcementWithdrawn(officeId: $officeId)\n  }\n"): (typeof documents)["\n  subscription BoardAnnouncementWithdrawn($officeId: ID) {\n    announcementWithdrawn(officeId: $officeId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardAnnouncementPublished($officeId: ID, $lang: Language) {\n    announcementPublished(officeId: $officeId, lang: $lang) {\n      id\n      title\n      language\n      emergency\n    }\n  }\n"): (typeof documents)["\n  subscription BoardAnnouncementPublished($officeId: ID, $lang: Language) {\n    announcementPublished(officeId: $officeId, lang: $lang) {\n      id\n      title\n      language\n      emergency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThisKiosk {\n    kiosk {\n      id\n      name\n      office {\n        id\n        name\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThisKiosk {\n    kiosk {\n      id\n      name\n      office {\n        id\n        name\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskCategories($lang: Language) {\n    categories(lang: $lang) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query KioskCategories($lang: Language) {\n    categories(lang: $lang) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskServices($officeId: ID!, $lang: Language) {\n    services(officeId: $officeId, first: 100, lang: $lang) {\n      edges {\n        node {\n          id\n          name\n          documents\n          category {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KioskServices($officeId: ID!, $lang: Language) {\n    services(officeId: $officeId, first: 100, lang: $lang) {\n      edges {\n        node {\n          id\n          name\n          documents\n          category {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KioskCheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      ticket {\n        ...KioskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation KioskCheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      ticket {\n        ...KioskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KioskDrawTicket($input: DrawTicketInput!) {\n    drawTicket(input: $input) {\n      ticket {\n        ...KioskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation KioskDrawTicket($input: DrawTicketInput!) {\n    drawTicket(input: $input) {\n      ticket {\n        ...KioskTicket\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KioskTicket on Ticket {\n    id\n    number\n    kind\n    position\n    estimatedWaitMinutes\n    service {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment KioskTicket on Ticket {\n    id\n    number\n    kind\n    position\n    estimatedWaitMinutes\n    service {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskEmergencies($officeId: ID, $lang: Language) {\n    announcements(severity: EMERGENCY, officeId: $officeId, first: 3, lang: $lang) {\n      edges {\n        node {\n          id\n          title\n          language\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KioskEmergencies($officeId: ID, $lang: Language) {\n    announcements(severity: EMERGENCY, officeId: $officeId, first: 3, lang: $lang) {\n      edges {\n        node {\n          id\n          title\n          language\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription KioskAnnouncementWithdrawn($officeId: ID) {\n    announcementWithdrawn(officeId: $officeId)\n  }\n"): (typeof documents)["\n  subscription KioskAnnouncementWithdrawn($officeId: ID) {\n    announcementWithdrawn(officeId: $officeId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription KioskAnnouncementPublished($officeId: ID, $lang: Language) {\n    announcementPublished(officeId: $officeId, lang: $lang) {\n      id\n      title\n      language\n      emergency\n    }\n  }\n"): (typeof documents)["\n  subscription KioskAnnouncementPublished($officeId: ID, $lang: Language) {\n    announcementPublished(officeId: $officeId, lang: $lang) {\n      id\n      title\n      language\n      emergency\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;