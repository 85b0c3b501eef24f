import { graphql } from '../gql';

/** One page of an office's work queue of applications, with the counts of its queues. */
export const OfficeApplicationsQuery = graphql(`
  query OfficeApplications(
    $officeId: ID!
    $queue: ApplicationQueue!
    $serviceId: ID
    $after: String
  ) {
    officeApplications(
      officeId: $officeId
      queue: $queue
      serviceId: $serviceId
      first: 25
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reference
          status
          applicantName
          submittedAt
          dueAt
          overdue
          service {
            id
            name
          }
          assignee {
            id
            name
          }
        }
      }
    }
    officeApplicationCounts(officeId: $officeId) {
      new
      mine
      waiting
      overdue
      open
    }
  }
`);

/** The services of an office that can be applied for online: the work queue's service filter. */
export const OfficeApplicationServicesQuery = graphql(`
  query OfficeApplicationServices($officeId: ID!, $lang: Language) {
    services(officeId: $officeId, first: 100, lang: $lang) {
      edges {
        node {
          id
          name
          onlineApplication {
            id
          }
        }
      }
    }
  }
`);

/** Any change of the office's applications: the work queue reads its page again. */
export const OfficeApplicationsChangedSubscription = graphql(`
  subscription OfficeApplicationsChanged($officeId: ID!) {
    officeApplicationsChanged(officeId: $officeId) {
      applicationId
      status
    }
  }
`);

export const StaffApplicationFragment = graphql(`
  fragment StaffApplication on Application {
    id
    reference
    status
    version
    applicantName
    answers
    decisionReason
    submittedAt
    dueAt
    decidedAt
    closedAt
    overdue
    service {
      id
      name
    }
    office {
      id
      name
    }
    form {
      id
      version
      definition
    }
    assignee {
      id
      name
    }
    conversation {
      id
    }
    documents {
      ...StaffApplicationDocument
    }
    receipt {
      ...StaffApplicationDocument
    }
    decision {
      ...StaffApplicationDocument
    }
    timeline {
      kind
      status
      at
      byOffice
      note
      actorName
    }
  }
`);

export const StaffApplicationOutcomeFragment = graphql(`
  fragment StaffApplicationOutcome on ApplicationPayload {
    application {
      ...StaffApplication
    }
    userErrors {
      code
      field
      message
    }
  }
`);

export const StaffApplicationDocumentFragment = graphql(`
  fragment StaffApplicationDocument on ApplicationDocument {
    id
    requirement
    kind
    fileName
    mediaType
    size
    uploadedAt
    fromOffice
    downloadUrl
  }
`);

/** One case of the office, with what the clerk needs to decide it and whom to hand it to. */
export const StaffApplicationQuery = graphql(`
  query StaffApplication($id: ID!) {
    application(id: $id) {
      ...StaffApplication
    }
  }
`);

/** Each change of one case: the page reads it again (with fresh links to its files). */
export const StaffApplicationUpdatedSubscription = graphql(`
  subscription StaffApplicationUpdated($applicationId: ID!) {
    applicationUpdated(applicationId: $applicationId) {
      id
      status
      version
    }
  }
`);

/** The office's staff, whom a case can be handed to. */
export const ApplicationColleaguesQuery = graphql(`
  query ApplicationColleagues($officeId: ID!) {
    inbox(officeId: $officeId, first: 0) {
      colleagues {
        id
        name
      }
    }
  }
`);

export const TakeApplicationMutation = graphql(`
  mutation TakeApplication($input: TakeApplicationInput!) {
    takeApplication(input: $input) {
      ...StaffApplicationOutcome
    }
  }
`);

export const AssignApplicationMutation = graphql(`
  mutation AssignApplication($input: AssignApplicationInput!) {
    assignApplication(input: $input) {
      ...StaffApplicationOutcome
    }
  }
`);

export const RequestApplicationInformationMutation = graphql(`
  mutation RequestApplicationInformation($input: RequestApplicationInformationInput!) {
    requestApplicationInformation(input: $input) {
      ...StaffApplicationOutcome
    }
  }
`);

export const ResumeApplicationMutation = graphql(`
  mutation ResumeApplication($input: ResumeApplicationInput!) {
    resumeApplication(input: $input) {
      ...StaffApplicationOutcome
    }
  }
`);

export const ApproveApplicationMutation = graphql(`
  mutation ApproveApplication($input: ApproveApplicationInput!) {
    approveApplication(input: $input) {
      ...StaffApplicationOutcome
    }
  }
`);

export const RejectApplicationMutation = graphql(`
  mutation RejectApplication($input: RejectApplicationInput!) {
    rejectApplication(input: $input) {
      ...StaffApplicationOutcome
    }
  }
`);

export const CloseApplicationMutation = graphql(`
  mutation CloseApplication($input: CloseApplicationInput!) {
    closeApplication(input: $input) {
      ...StaffApplicationOutcome
    }
  }
`);
