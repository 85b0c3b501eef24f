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
    "\n  mutation CreateOffice($input: CreateOfficeInput!) {\n    createOffice(input: $input) {\n      office {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateOfficeDocument,
    "\n  mutation RetireOffice($input: RetireOfficeInput!) {\n    retireOffice(input: $input) {\n      office {\n        id\n      }\n      futureAppointments\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RetireOfficeDocument,
    "\n  query AdminOffice($officeId: ID!, $lang: Language) {\n    counters(officeId: $officeId) {\n      id\n      name\n      active\n      retiredAt\n      services {\n        id\n        name\n      }\n    }\n    services(officeId: $officeId, first: 100, lang: $lang) {\n      edges {\n        node {\n          id\n          name\n          durationMinutes\n        }\n      }\n    }\n    categories(lang: $lang) {\n      id\n      name\n    }\n  }\n": typeof types.AdminOfficeDocument,
    "\n  mutation CreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      service {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateServiceDocument,
    "\n  mutation CreateCounter($input: CreateCounterInput!) {\n    createCounter(input: $input) {\n      counter {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateCounterDocument,
    "\n  mutation SetCounterSchedule($input: SetCounterScheduleInput!) {\n    setCounterSchedule(input: $input) {\n      counter {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SetCounterScheduleDocument,
    "\n  mutation RetireService($input: RetireServiceInput!) {\n    retireService(input: $input) {\n      service {\n        id\n      }\n      futureAppointments\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RetireServiceDocument,
    "\n  mutation RetireCounter($input: RetireCounterInput!) {\n    retireCounter(input: $input) {\n      counter {\n        id\n        retiredAt\n      }\n      futureAppointments\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RetireCounterDocument,
    "\n  query OfficeAppointments(\n    $officeId: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $reason: AccessReason!\n  ) {\n    officeAppointments(officeId: $officeId, from: $from, to: $to, reason: $reason) {\n      id\n      code\n      status\n      startsAt\n      endsAt\n      name\n      email\n      phone\n      counterName\n      ticket {\n        number\n        state\n      }\n      service {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OfficeAppointmentsDocument,
    "\n  subscription OfficeAppointmentsChanged($officeId: ID!) {\n    officeAppointmentsChanged(officeId: $officeId) {\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.OfficeAppointmentsChangedDocument,
    "\n  subscription PlanQueueEvents($officeId: ID!) {\n    queueEvents(officeId: $officeId) {\n      seq\n      kind\n    }\n  }\n": typeof types.PlanQueueEventsDocument,
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
    "\n  mutation CreateOffice($input: CreateOfficeInput!) {\n    createOffice(input: $input) {\n      office {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateOfficeDocument,
    "\n  mutation RetireOffice($input: RetireOfficeInput!) {\n    retireOffice(input: $input) {\n      office {\n        id\n      }\n      futureAppointments\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RetireOfficeDocument,
    "\n  query AdminOffice($officeId: ID!, $lang: Language) {\n    counters(officeId: $officeId) {\n      id\n      name\n      active\n      retiredAt\n      services {\n        id\n        name\n      }\n    }\n    services(officeId: $officeId, first: 100, lang: $lang) {\n      edges {\n        node {\n          id\n          name\n          durationMinutes\n        }\n      }\n    }\n    categories(lang: $lang) {\n      id\n      name\n    }\n  }\n": types.AdminOfficeDocument,
    "\n  mutation CreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      service {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateServiceDocument,
    "\n  mutation CreateCounter($input: CreateCounterInput!) {\n    createCounter(input: $input) {\n      counter {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateCounterDocument,
    "\n  mutation SetCounterSchedule($input: SetCounterScheduleInput!) {\n    setCounterSchedule(input: $input) {\n      counter {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SetCounterScheduleDocument,
    "\n  mutation RetireService($input: RetireServiceInput!) {\n    retireService(input: $input) {\n      service {\n        id\n      }\n      futureAppointments\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RetireServiceDocument,
    "\n  mutation RetireCounter($input: RetireCounterInput!) {\n    retireCounter(input: $input) {\n      counter {\n        id\n        retiredAt\n      }\n      futureAppointments\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RetireCounterDocument,
    "\n  query OfficeAppointments(\n    $officeId: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $reason: AccessReason!\n  ) {\n    officeAppointments(officeId: $officeId, from: $from, to: $to, reason: $reason) {\n      id\n      code\n      status\n      startsAt\n      endsAt\n      name\n      email\n      phone\n      counterName\n      ticket {\n        number\n        state\n      }\n      service {\n        id\n        name\n      }\n    }\n  }\n": types.OfficeAppointmentsDocument,
    "\n  subscription OfficeAppointmentsChanged($officeId: ID!) {\n    officeAppointmentsChanged(officeId: $officeId) {\n      startsAt\n      endsAt\n    }\n  }\n": types.OfficeAppointmentsChangedDocument,
    "\n  subscription PlanQueueEvents($officeId: ID!) {\n    queueEvents(officeId: $officeId) {\n      seq\n      kind\n    }\n  }\n": types.PlanQueueEventsDocument,
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
export function graphql(source: "\n  mutation CreateOffice($input: CreateOfficeInput!) {\n    createOffice(input: $input) {\n      office {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOffice($input: CreateOfficeInput!) {\n    createOffice(input: $input) {\n      office {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireOffice($input: RetireOfficeInput!) {\n    retireOffice(input: $input) {\n      office {\n        id\n      }\n      futureAppointments\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RetireOffice($input: RetireOfficeInput!) {\n    retireOffice(input: $input) {\n      office {\n        id\n      }\n      futureAppointments\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOffice($officeId: ID!, $lang: Language) {\n    counters(officeId: $officeId) {\n      id\n      name\n      active\n      retiredAt\n      services {\n        id\n        name\n      }\n    }\n    services(officeId: $officeId, first: 100, lang: $lang) {\n      edges {\n        node {\n          id\n          name\n          durationMinutes\n        }\n      }\n    }\n    categories(lang: $lang) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AdminOffice($officeId: ID!, $lang: Language) {\n    counters(officeId: $officeId) {\n      id\n      name\n      active\n      retiredAt\n      services {\n        id\n        name\n      }\n    }\n    services(officeId: $officeId, first: 100, lang: $lang) {\n      edges {\n        node {\n          id\n          name\n          durationMinutes\n        }\n      }\n    }\n    categories(lang: $lang) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      service {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      service {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCounter($input: CreateCounterInput!) {\n    createCounter(input: $input) {\n      counter {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCounter($input: CreateCounterInput!) {\n    createCounter(input: $input) {\n      counter {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCounterSchedule($input: SetCounterScheduleInput!) {\n    setCounterSchedule(input: $input) {\n      counter {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCounterSchedule($input: SetCounterScheduleInput!) {\n    setCounterSchedule(input: $input) {\n      counter {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireService($input: RetireServiceInput!) {\n    retireService(input: $input) {\n      service {\n        id\n      }\n      futureAppointments\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RetireService($input: RetireServiceInput!) {\n    retireService(input: $input) {\n      service {\n        id\n      }\n      futureAppointments\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireCounter($input: RetireCounterInput!) {\n    retireCounter(input: $input) {\n      counter {\n        id\n        retiredAt\n      }\n      futureAppointments\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RetireCounter($input: RetireCounterInput!) {\n    retireCounter(input: $input) {\n      counter {\n        id\n        retiredAt\n      }\n      futureAppointments\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
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