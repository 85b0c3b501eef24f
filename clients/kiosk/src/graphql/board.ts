import { graphql } from '../gql';

export const BoardOfficesQuery = graphql(`
  query BoardOffices {
    offices {
      id
      slug
      name
    }
  }
`);

export const QueueBoardSubscription = graphql(`
  subscription QueueBoard($officeId: ID!) {
    queueBoard(officeId: $officeId) {
      seq
      waitingCount
      called {
        number
        counterName
        calledAt
        recalls
      }
    }
  }
`);

/** The office's current notices for the ticker (newest first). */
export const BoardNoticesQuery = graphql(`
  query BoardNotices($officeId: ID, $lang: Language) {
    announcements(officeId: $officeId, first: 10, lang: $lang) {
      edges {
        node {
          id
          title
          language
          emergency
        }
      }
    }
  }
`);

export const BoardAnnouncementWithdrawnSubscription = graphql(`
  subscription BoardAnnouncementWithdrawn($officeId: ID) {
    announcementWithdrawn(officeId: $officeId)
  }
`);

export const BoardAnnouncementPublishedSubscription = graphql(`
  subscription BoardAnnouncementPublished($officeId: ID, $lang: Language) {
    announcementPublished(officeId: $officeId, lang: $lang) {
      id
      title
      language
      emergency
    }
  }
`);
