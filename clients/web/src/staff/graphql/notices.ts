import { graphql } from '../gql';

/** An office's notices by where they stand: each list the newest (and most urgent) first. */
export const StaffNoticesQuery = graphql(`
  query StaffNotices($officeId: ID, $townWide: Boolean!) {
    drafts: announcements(
      officeId: $officeId
      townWide: $townWide
      statuses: [DRAFT]
      first: 50
      lang: DE
    ) {
      ...StaffNoticeList
    }
    scheduled: announcements(
      officeId: $officeId
      townWide: $townWide
      statuses: [SCHEDULED]
      first: 50
      lang: DE
    ) {
      ...StaffNoticeList
    }
    inForce: announcements(
      officeId: $officeId
      townWide: $townWide
      statuses: [PUBLISHED]
      first: 50
      lang: DE
    ) {
      ...StaffNoticeList
    }
    ended: announcements(
      officeId: $officeId
      townWide: $townWide
      statuses: [EXPIRED]
      first: 50
      lang: DE
    ) {
      ...StaffNoticeList
    }
  }

  fragment StaffNoticeList on AnnouncementConnection {
    totalCount
    edges {
      node {
        id
        title
        category
        severity
        emergency
        publishAt
        expiresAt
        updatedAt
        availableLanguages
        office {
          id
        }
      }
    }
  }
`);

/** Everything the editor shows and edits of one notice, every language's texts included. */
export const StaffNoticeQuery = graphql(`
  query StaffNotice($id: ID!) {
    announcement(id: $id, lang: DE) {
      id
      title
      category
      severity
      status
      publishAt
      expiresAt
      eventStartsAt
      eventEndsAt
      eventLocation
      revision
      viewerCanEdit
      updatedAt
      translations {
        language
        title
        body
      }
      office {
        id
        name
      }
    }
  }
`);

/** A notice's edit history: each version as it stood, with who made it and when. */
export const StaffNoticeHistoryQuery = graphql(`
  query StaffNoticeHistory($id: ID!) {
    announcement(id: $id, lang: DE) {
      id
      title
      viewerCanEdit
      office {
        id
        name
      }
      revisions {
        revision
        action
        editedAt
        editedBy
        category
        severity
        publishAt
        expiresAt
        eventStartsAt
        eventEndsAt
        eventLocation
        translations {
          language
          title
          body
        }
      }
    }
  }
`);

export const CreateNoticeMutation = graphql(`
  mutation CreateNotice($input: CreateAnnouncementInput!) {
    createAnnouncement(input: $input) {
      announcement {
        id
        status
        revision
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const UpdateNoticeMutation = graphql(`
  mutation UpdateNotice($input: UpdateAnnouncementInput!) {
    updateAnnouncement(input: $input) {
      announcement {
        id
        status
        revision
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const PublishNoticeMutation = graphql(`
  mutation PublishNotice($input: PublishAnnouncementInput!) {
    publishAnnouncement(input: $input) {
      announcement {
        id
        status
        revision
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const WithdrawNoticeMutation = graphql(`
  mutation WithdrawNotice($input: AnnouncementIdInput!) {
    withdrawAnnouncement(input: $input) {
      announcement {
        id
        status
        revision
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const DeleteNoticeMutation = graphql(`
  mutation DeleteNotice($input: AnnouncementIdInput!) {
    deleteAnnouncement(input: $input) {
      deletedAnnouncementId
      userErrors {
        code
        field
        message
      }
    }
  }
`);
