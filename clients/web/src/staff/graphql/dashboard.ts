import { graphql } from '../gql';

export const OfficeDashboardQuery = graphql(`
  query OfficeDashboard($officeId: ID!, $days: Int) {
    officeDashboard(officeId: $officeId, days: $days) {
      openConversations
      awaitingAnswer
      oldestWaitingSince
      noticesInForce
      firstAnswerMedianSeconds
      today {
        day
        booked
        cancelled
        checkedIn
        noShows
      }
      days {
        day
        booked
        checkedIn
        noShows
        conversationsStarted
        firstAnswerMedianSeconds
      }
    }
  }
`);

// What changes the dashboard's figures. Each selects as little as it can: the dashboard only
// needs to know that something changed, and no citizen's data (which staff reads would record
// in the citizen's data access log).

export const DashboardAppointmentsChangedSubscription = graphql(`
  subscription DashboardAppointmentsChanged($officeId: ID!) {
    officeAppointmentsChanged(officeId: $officeId) {
      startsAt
    }
  }
`);

export const DashboardInboxSubscription = graphql(`
  subscription DashboardInbox($officeId: ID!) {
    inboxEvents(officeId: $officeId) {
      reason
    }
  }
`);

export const DashboardQueueSubscription = graphql(`
  subscription DashboardQueue($officeId: ID!) {
    queueEvents(officeId: $officeId) {
      seq
    }
  }
`);

export const DashboardNoticesSubscription = graphql(`
  subscription DashboardNotices($officeId: ID!) {
    announcementPublished(officeId: $officeId, lang: DE) {
      id
    }
  }
`);
