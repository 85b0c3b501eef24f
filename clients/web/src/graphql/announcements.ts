import { graphql } from '../gql';

export const AnnouncementListQuery = graphql(`
  query AnnouncementList($first: Int, $after: String, $lang: Language) {
    announcements(first: $first, after: $after, lang: $lang) {
      totalCount
      edges {
        node {
          id
          title
          language
          category
          severity
          emergency
          publishAt
          eventStartsAt
          office {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AnnouncementQuery = graphql(`
  query Announcement($id: ID!, $lang: Language) {
    announcement(id: $id, lang: $lang) {
      id
      title
      body
      language
      availableLanguages
      category
      severity
      emergency
      publishAt
      expiresAt
      updatedAt
      eventStartsAt
      eventEndsAt
      eventLocation
      office {
        id
        name
      }
    }
  }
`);

export const EmergencyAnnouncementsQuery = graphql(`
  query EmergencyAnnouncements($lang: Language) {
    announcements(severity: EMERGENCY, first: 3, lang: $lang) {
      edges {
        node {
          id
          title
          language
        }
      }
    }
  }
`);

export const AnnouncementWithdrawnSubscription = graphql(`
  subscription AnnouncementWithdrawn {
    announcementWithdrawn
  }
`);

export const AnnouncementPublishedSubscription = graphql(`
  subscription AnnouncementPublished($lang: Language) {
    announcementPublished(lang: $lang) {
      id
      title
      language
      emergency
    }
  }
`);
