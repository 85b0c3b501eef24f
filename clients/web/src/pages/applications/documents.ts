import { graphql } from './gql';

/** What the form pages need of a draft: its form, answers, their problems and the uploads. */
export const ApplicationDraftFragment = graphql(`
  fragment ApplicationDraft on Application {
    id
    status
    version
    answers
    answerProblems {
      pointer
      code
      message
    }
    missingDocuments
    documents {
      id
      requirement
      fileName
      mediaType
      size
    }
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
      processingDays
      fee {
        amountCents
        currency
      }
    }
  }
`);

export const StartApplicationMutation = graphql(`
  mutation StartApplication($input: StartApplicationInput!) {
    startApplication(input: $input) {
      application {
        ...ApplicationDraft
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const SaveApplicationDraftMutation = graphql(`
  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {
    saveApplicationDraft(input: $input) {
      application {
        ...ApplicationDraft
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** The draft as it is now: after an upload, or when another device saved it meanwhile. */
export const ApplicationDraftQuery = graphql(`
  query ApplicationDraftNow($id: ID!) {
    application(id: $id) {
      ...ApplicationDraft
    }
  }
`);

export const CreateApplicationUploadMutation = graphql(`
  mutation CreateApplicationUpload($input: CreateApplicationUploadInput!) {
    createApplicationUpload(input: $input) {
      uploadUrl
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RemoveApplicationDocumentMutation = graphql(`
  mutation RemoveApplicationDocument($input: RemoveApplicationDocumentInput!) {
    removeApplicationDocument(input: $input) {
      application {
        ...ApplicationDraft
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const SubmitApplicationMutation = graphql(`
  mutation SubmitApplication($input: SubmitApplicationInput!) {
    submitApplication(input: $input) {
      application {
        id
        reference
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** "My applications": newest first, drafts included. */
export const MyApplicationsQuery = graphql(`
  query MyApplications($first: Int!, $after: String) {
    myApplications(first: $first, after: $after) {
      edges {
        node {
          id
          reference
          status
          createdAt
          updatedAt
          submittedAt
          dueAt
          service {
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

export const ApplicationDetailsFragment = graphql(`
  fragment ApplicationDetails on Application {
    id
    reference
    status
    version
    answers
    createdAt
    submittedAt
    dueAt
    decidedAt
    closedAt
    overdue
    decisionReason
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
      definition
    }
    documents {
      id
      requirement
      fileName
      size
      uploadedAt
      fromOffice
      downloadUrl
    }
    receipt {
      id
      fileName
      size
      downloadUrl
    }
    decision {
      id
      fileName
      size
      downloadUrl
    }
    timeline {
      kind
      status
      at
      byOffice
      note
    }
    conversation {
      id
      subject
    }
  }
`);

export const ApplicationQuery = graphql(`
  query Application($id: ID!) {
    application(id: $id) {
      ...ApplicationDetails
    }
  }
`);

export const ApplicationUpdatedSubscription = graphql(`
  subscription ApplicationUpdated($applicationId: ID!) {
    applicationUpdated(applicationId: $applicationId) {
      ...ApplicationDetails
    }
  }
`);

export const WithdrawApplicationMutation = graphql(`
  mutation WithdrawApplication($input: WithdrawApplicationInput!) {
    withdrawApplication(input: $input) {
      application {
        ...ApplicationDetails
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const DiscardApplicationDraftMutation = graphql(`
  mutation DiscardApplicationDraft($input: DiscardApplicationDraftInput!) {
    discardApplicationDraft(input: $input) {
      discardedApplicationId
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** The citizen's applications as "Delete your account" lists them: which stay, and until when. */
export const KeptApplicationsQuery = graphql(`
  query KeptApplications {
    myApplications(first: 100) {
      edges {
        node {
          id
          reference
          keptUntil
          service {
            id
            name
          }
        }
      }
    }
  }
`);
