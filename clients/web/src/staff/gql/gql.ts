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
    "\n  query OfficeDashboard($officeId: ID!, $days: Int) {\n    officeDashboard(officeId: $officeId, days: $days) {\n      openConversations\n      awaitingAnswer\n      oldestWaitingSince\n      noticesInForce\n      firstAnswerMedianSeconds\n      today {\n        day\n        booked\n        cancelled\n        checkedIn\n        noShows\n      }\n      days {\n        day\n        booked\n        checkedIn\n        noShows\n        conversationsStarted\n        firstAnswerMedianSeconds\n      }\n    }\n  }\n": typeof types.OfficeDashboardDocument,
    "\n  subscription DashboardAppointmentsChanged($officeId: ID!) {\n    officeAppointmentsChanged(officeId: $officeId) {\n      startsAt\n    }\n  }\n": typeof types.DashboardAppointmentsChangedDocument,
    "\n  subscription DashboardInbox($officeId: ID!) {\n    inboxEvents(officeId: $officeId) {\n      reason\n    }\n  }\n": typeof types.DashboardInboxDocument,
    "\n  subscription DashboardQueue($officeId: ID!) {\n    queueEvents(officeId: $officeId) {\n      seq\n    }\n  }\n": typeof types.DashboardQueueDocument,
    "\n  subscription DashboardNotices($officeId: ID!) {\n    announcementPublished(officeId: $officeId, lang: DE) {\n      id\n    }\n  }\n": typeof types.DashboardNoticesDocument,
    "\n  query StaffNotices($officeId: ID!) {\n    drafts: announcements(officeId: $officeId, statuses: [DRAFT], first: 50, lang: DE) {\n      ...StaffNoticeList\n    }\n    scheduled: announcements(officeId: $officeId, statuses: [SCHEDULED], first: 50, lang: DE) {\n      ...StaffNoticeList\n    }\n    inForce: announcements(officeId: $officeId, statuses: [PUBLISHED], first: 50, lang: DE) {\n      ...StaffNoticeList\n    }\n    ended: announcements(officeId: $officeId, statuses: [EXPIRED], first: 50, lang: DE) {\n      ...StaffNoticeList\n    }\n  }\n\n  fragment StaffNoticeList on AnnouncementConnection {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        category\n        severity\n        emergency\n        publishAt\n        expiresAt\n        updatedAt\n        availableLanguages\n        office {\n          id\n        }\n      }\n    }\n  }\n": typeof types.StaffNoticesDocument,
    "\n  query StaffNotice($id: ID!) {\n    announcement(id: $id, lang: DE) {\n      id\n      title\n      category\n      severity\n      status\n      publishAt\n      expiresAt\n      eventStartsAt\n      eventEndsAt\n      eventLocation\n      revision\n      viewerCanEdit\n      updatedAt\n      translations {\n        language\n        title\n        body\n      }\n      office {\n        id\n        name\n      }\n    }\n  }\n": typeof types.StaffNoticeDocument,
    "\n  query StaffNoticeHistory($id: ID!) {\n    announcement(id: $id, lang: DE) {\n      id\n      title\n      viewerCanEdit\n      office {\n        id\n        name\n      }\n      revisions {\n        revision\n        action\n        editedAt\n        editedBy\n        category\n        severity\n        publishAt\n        expiresAt\n        eventStartsAt\n        eventEndsAt\n        eventLocation\n        translations {\n          language\n          title\n          body\n        }\n      }\n    }\n  }\n": typeof types.StaffNoticeHistoryDocument,
    "\n  mutation CreateNotice($input: CreateAnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      announcement {\n        id\n        status\n        revision\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateNoticeDocument,
    "\n  mutation UpdateNotice($input: UpdateAnnouncementInput!) {\n    updateAnnouncement(input: $input) {\n      announcement {\n        id\n        status\n        revision\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateNoticeDocument,
    "\n  mutation PublishNotice($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      announcement {\n        id\n        status\n        revision\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PublishNoticeDocument,
    "\n  mutation WithdrawNotice($input: AnnouncementIdInput!) {\n    withdrawAnnouncement(input: $input) {\n      announcement {\n        id\n        status\n        revision\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.WithdrawNoticeDocument,
    "\n  mutation DeleteNotice($input: AnnouncementIdInput!) {\n    deleteAnnouncement(input: $input) {\n      deletedAnnouncementId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DeleteNoticeDocument,
    "\n  query Staff($lang: Language) {\n    me {\n      id\n      name\n      roles\n      offices {\n        id\n        name\n      }\n    }\n    offices(lang: $lang) {\n      id\n      name\n    }\n  }\n": typeof types.StaffDocument,
};
const documents: Documents = {
    "\n  query OfficeAppointments(\n    $officeId: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $reason: AccessReason!\n  ) {\n    officeAppointments(officeId: $officeId, from: $from, to: $to, reason: $reason) {\n      id\n      code\n      status\n      startsAt\n      endsAt\n      name\n      email\n      phone\n      service {\n        id\n        name\n      }\n    }\n  }\n": types.OfficeAppointmentsDocument,
    "\n  subscription OfficeAppointmentsChanged($officeId: ID!) {\n    officeAppointmentsChanged(officeId: $officeId) {\n      startsAt\n      endsAt\n    }\n  }\n": types.OfficeAppointmentsChangedDocument,
    "\n  query OfficeDashboard($officeId: ID!, $days: Int) {\n    officeDashboard(officeId: $officeId, days: $days) {\n      openConversations\n      awaitingAnswer\n      oldestWaitingSince\n      noticesInForce\n      firstAnswerMedianSeconds\n      today {\n        day\n        booked\n        cancelled\n        checkedIn\n        noShows\n      }\n      days {\n        day\n        booked\n        checkedIn\n        noShows\n        conversationsStarted\n        firstAnswerMedianSeconds\n      }\n    }\n  }\n": types.OfficeDashboardDocument,
    "\n  subscription DashboardAppointmentsChanged($officeId: ID!) {\n    officeAppointmentsChanged(officeId: $officeId) {\n      startsAt\n    }\n  }\n": types.DashboardAppointmentsChangedDocument,
    "\n  subscription DashboardInbox($officeId: ID!) {\n    inboxEvents(officeId: $officeId) {\n      reason\n    }\n  }\n": types.DashboardInboxDocument,
    "\n  subscription DashboardQueue($officeId: ID!) {\n    queueEvents(officeId: $officeId) {\n      seq\n    }\n  }\n": types.DashboardQueueDocument,
    "\n  subscription DashboardNotices($officeId: ID!) {\n    announcementPublished(officeId: $officeId, lang: DE) {\n      id\n    }\n  }\n": types.DashboardNoticesDocument,
    "\n  query StaffNotices($officeId: ID!) {\n    drafts: announcements(officeId: $officeId, statuses: [DRAFT], first: 50, lang: DE) {\n      ...StaffNoticeList\n    }\n    scheduled: announcements(officeId: $officeId, statuses: [SCHEDULED], first: 50, lang: DE) {\n      ...StaffNoticeList\n    }\n    inForce: announcements(officeId: $officeId, statuses: [PUBLISHED], first: 50, lang: DE) {\n      ...StaffNoticeList\n    }\n    ended: announcements(officeId: $officeId, statuses: [EXPIRED], first: 50, lang: DE) {\n      ...StaffNoticeList\n    }\n  }\n\n  fragment StaffNoticeList on AnnouncementConnection {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        category\n        severity\n        emergency\n        publishAt\n        expiresAt\n        updatedAt\n        availableLanguages\n        office {\n          id\n        }\n      }\n    }\n  }\n": types.StaffNoticesDocument,
    "\n  query StaffNotice($id: ID!) {\n    announcement(id: $id, lang: DE) {\n      id\n      title\n      category\n      severity\n      status\n      publishAt\n      expiresAt\n      eventStartsAt\n      eventEndsAt\n      eventLocation\n      revision\n      viewerCanEdit\n      updatedAt\n      translations {\n        language\n        title\n        body\n      }\n      office {\n        id\n        name\n      }\n    }\n  }\n": types.StaffNoticeDocument,
    "\n  query StaffNoticeHistory($id: ID!) {\n    announcement(id: $id, lang: DE) {\n      id\n      title\n      viewerCanEdit\n      office {\n        id\n        name\n      }\n      revisions {\n        revision\n        action\n        editedAt\n        editedBy\n        category\n        severity\n        publishAt\n        expiresAt\n        eventStartsAt\n        eventEndsAt\n        eventLocation\n        translations {\n          language\n          title\n          body\n        }\n      }\n    }\n  }\n": types.StaffNoticeHistoryDocument,
    "\n  mutation CreateNotice($input: CreateAnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      announcement {\n        id\n        status\n        revision\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateNoticeDocument,
    "\n  mutation UpdateNotice($input: UpdateAnnouncementInput!) {\n    updateAnnouncement(input: $input) {\n      announcement {\n        id\n        status\n        revision\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateNoticeDocument,
    "\n  mutation PublishNotice($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      announcement {\n        id\n        status\n        revision\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PublishNoticeDocument,
    "\n  mutation WithdrawNotice($input: AnnouncementIdInput!) {\n    withdrawAnnouncement(input: $input) {\n      announcement {\n        id\n        status\n        revision\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.WithdrawNoticeDocument,
    "\n  mutation DeleteNotice($input: AnnouncementIdInput!) {\n    deleteAnnouncement(input: $input) {\n      deletedAnnouncementId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DeleteNoticeDocument,
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
export function graphql(source: "\n  query OfficeDashboard($officeId: ID!, $days: Int) {\n    officeDashboard(officeId: $officeId, days: $days) {\n      openConversations\n      awaitingAnswer\n      oldestWaitingSince\n      noticesInForce\n      firstAnswerMedianSeconds\n      today {\n        day\n        booked\n        cancelled\n        checkedIn\n        noShows\n      }\n      days {\n        day\n        booked\n        checkedIn\n        noShows\n        conversationsStarted\n        firstAnswerMedianSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficeDashboard($officeId: ID!, $days: Int) {\n    officeDashboard(officeId: $officeId, days: $days) {\n      openConversations\n      awaitingAnswer\n      oldestWaitingSince\n      noticesInForce\n      firstAnswerMedianSeconds\n      today {\n        day\n        booked\n        cancelled\n        checkedIn\n        noShows\n      }\n      days {\n        day\n        booked\n        checkedIn\n        noShows\n        conversationsStarted\n        firstAnswerMedianSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardAppointmentsChanged($officeId: ID!) {\n    officeAppointmentsChanged(officeId: $officeId) {\n      startsAt\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardAppointmentsChanged($officeId: ID!) {\n    officeAppointmentsChanged(officeId: $officeId) {\n      startsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardInbox($officeId: ID!) {\n    inboxEvents(officeId: $officeId) {\n      reason\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardInbox($officeId: ID!) {\n    inboxEvents(officeId: $officeId) {\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardQueue($officeId: ID!) {\n    queueEvents(officeId: $officeId) {\n      seq\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardQueue($officeId: ID!) {\n    queueEvents(officeId: $officeId) {\n      seq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardNotices($officeId: ID!) {\n    announcementPublished(officeId: $officeId, lang: DE) {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardNotices($officeId: ID!) {\n    announcementPublished(officeId: $officeId, lang: DE) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffNotices($officeId: ID!) {\n    drafts: announcements(officeId: $officeId, statuses: [DRAFT], first: 50, lang: DE) {\n      ...StaffNoticeList\n    }\n    scheduled: announcements(officeId: $officeId, statuses: [SCHEDULED], first: 50, lang: DE) {\n      ...StaffNoticeList\n    }\n    inForce: announcements(officeId: $officeId, statuses: [PUBLISHED], first: 50, lang: DE) {\n      ...StaffNoticeList\n    }\n    ended: announcements(officeId: $officeId, statuses: [EXPIRED], first: 50, lang: DE) {\n      ...StaffNoticeList\n    }\n  }\n\n  fragment StaffNoticeList on AnnouncementConnection {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        category\n        severity\n        emergency\n        publishAt\n        expiresAt\n        updatedAt\n        availableLanguages\n        office {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffNotices($officeId: ID!) {\n    drafts: announcements(officeId: $officeId, statuses: [DRAFT], first: 50, lang: DE) {\n      ...StaffNoticeList\n    }\n    scheduled: announcements(officeId: $officeId, statuses: [SCHEDULED], first: 50, lang: DE) {\n      ...StaffNoticeList\n    }\n    inForce: announcements(officeId: $officeId, statuses: [PUBLISHED], first: 50, lang: DE) {\n      ...StaffNoticeList\n    }\n    ended: announcements(officeId: $officeId, statuses: [EXPIRED], first: 50, lang: DE) {\n      ...StaffNoticeList\n    }\n  }\n\n  fragment StaffNoticeList on AnnouncementConnection {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        category\n        severity\n        emergency\n        publishAt\n        expiresAt\n        updatedAt\n        availableLanguages\n        office {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffNotice($id: ID!) {\n    announcement(id: $id, lang: DE) {\n      id\n      title\n      category\n      severity\n      status\n      publishAt\n      expiresAt\n      eventStartsAt\n      eventEndsAt\n      eventLocation\n      revision\n      viewerCanEdit\n      updatedAt\n      translations {\n        language\n        title\n        body\n      }\n      office {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffNotice($id: ID!) {\n    announcement(id: $id, lang: DE) {\n      id\n      title\n      category\n      severity\n      status\n      publishAt\n      expiresAt\n      eventStartsAt\n      eventEndsAt\n      eventLocation\n      revision\n      viewerCanEdit\n      updatedAt\n      translations {\n        language\n        title\n        body\n      }\n      office {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffNoticeHistory($id: ID!) {\n    announcement(id: $id, lang: DE) {\n      id\n      title\n      viewerCanEdit\n      office {\n        id\n        name\n      }\n      revisions {\n        revision\n        action\n        editedAt\n        editedBy\n        category\n        severity\n        publishAt\n        expiresAt\n        eventStartsAt\n        eventEndsAt\n        eventLocation\n        translations {\n          language\n          title\n          body\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffNoticeHistory($id: ID!) {\n    announcement(id: $id, lang: DE) {\n      id\n      title\n      viewerCanEdit\n      office {\n        id\n        name\n      }\n      revisions {\n        revision\n        action\n        editedAt\n        editedBy\n        category\n        severity\n        publishAt\n        expiresAt\n        eventStartsAt\n        eventEndsAt\n        eventLocation\n        translations {\n          language\n          title\n          body\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNotice($input: CreateAnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      announcement {\n        id\n        status\n        revision\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNotice($input: CreateAnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      announcement {\n        id\n        status\n        revision\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotice($input: UpdateAnnouncementInput!) {\n    updateAnnouncement(input: $input) {\n      announcement {\n        id\n        status\n        revision\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotice($input: UpdateAnnouncementInput!) {\n    updateAnnouncement(input: $input) {\n      announcement {\n        id\n        status\n        revision\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishNotice($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      announcement {\n        id\n        status\n        revision\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishNotice($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      announcement {\n        id\n        status\n        revision\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawNotice($input: AnnouncementIdInput!) {\n    withdrawAnnouncement(input: $input) {\n      announcement {\n        id\n        status\n        revision\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawNotice($input: AnnouncementIdInput!) {\n    withdrawAnnouncement(input: $input) {\n      announcement {\n        id\n        status\n        revision\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNotice($input: AnnouncementIdInput!) {\n    deleteAnnouncement(input: $input) {\n      deletedAnnouncementId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteNotice($input: AnnouncementIdInput!) {\n    deleteAnnouncement(input: $input) {\n      deletedAnnouncementId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Staff($lang: Language) {\n    me {\n      id\n      name\n      roles\n      offices {\n        id\n        name\n      }\n    }\n    offices(lang: $lang) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Staff($lang: Language) {\n    me {\n      id\n      name\n      roles\n      offices {\n        id\n        name\n      }\n    }\n    offices(lang: $lang) {\n      id\n      name\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;