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
    "\n  fragment ApplicationDraft on Application {\n    id\n    status\n    version\n    answers\n    answerProblems {\n      pointer\n      code\n      message\n    }\n    missingDocuments\n    documents {\n      id\n      requirement\n      fileName\n      mediaType\n      size\n    }\n    service {\n      id\n      name\n    }\n    office {\n      id\n      name\n    }\n    form {\n      id\n      version\n      definition\n      processingDays\n      fee {\n        amountCents\n        currency\n      }\n    }\n  }\n": typeof types.ApplicationDraftFragmentDoc,
    "\n  mutation StartApplication($input: StartApplicationInput!) {\n    startApplication(input: $input) {\n      application {\n        ...ApplicationDraft\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.StartApplicationDocument,
    "\n  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {\n    saveApplicationDraft(input: $input) {\n      application {\n        ...ApplicationDraft\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SaveApplicationDraftDocument,
    "\n  query ApplicationDraftNow($id: ID!) {\n    application(id: $id) {\n      ...ApplicationDraft\n    }\n  }\n": typeof types.ApplicationDraftNowDocument,
    "\n  mutation CreateApplicationUpload($input: CreateApplicationUploadInput!) {\n    createApplicationUpload(input: $input) {\n      uploadUrl\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateApplicationUploadDocument,
    "\n  mutation RemoveApplicationDocument($input: RemoveApplicationDocumentInput!) {\n    removeApplicationDocument(input: $input) {\n      application {\n        ...ApplicationDraft\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RemoveApplicationDocumentDocument,
    "\n  mutation SubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input) {\n      application {\n        id\n        reference\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SubmitApplicationDocument,
    "\n  query MyApplications($first: Int!, $after: String) {\n    myApplications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          reference\n          status\n          createdAt\n          updatedAt\n          submittedAt\n          dueAt\n          service {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyApplicationsDocument,
    "\n  fragment ApplicationDetails on Application {\n    id\n    reference\n    status\n    version\n    answers\n    createdAt\n    submittedAt\n    dueAt\n    decidedAt\n    closedAt\n    overdue\n    decisionReason\n    service {\n      id\n      name\n    }\n    office {\n      id\n      name\n    }\n    form {\n      id\n      definition\n    }\n    documents {\n      id\n      requirement\n      fileName\n      size\n      uploadedAt\n      fromOffice\n      downloadUrl\n    }\n    receipt {\n      id\n      fileName\n      size\n      downloadUrl\n    }\n    decision {\n      id\n      fileName\n      size\n      downloadUrl\n    }\n    timeline {\n      kind\n      status\n      at\n      byOffice\n      note\n    }\n    conversation {\n      id\n      subject\n    }\n  }\n": typeof types.ApplicationDetailsFragmentDoc,
    "\n  query Application($id: ID!) {\n    application(id: $id) {\n      ...ApplicationDetails\n    }\n  }\n": typeof types.ApplicationDocument,
    "\n  subscription ApplicationUpdated($applicationId: ID!) {\n    applicationUpdated(applicationId: $applicationId) {\n      ...ApplicationDetails\n    }\n  }\n": typeof types.ApplicationUpdatedDocument,
    "\n  mutation WithdrawApplication($input: WithdrawApplicationInput!) {\n    withdrawApplication(input: $input) {\n      application {\n        ...ApplicationDetails\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.WithdrawApplicationDocument,
    "\n  mutation DiscardApplicationDraft($input: DiscardApplicationDraftInput!) {\n    discardApplicationDraft(input: $input) {\n      discardedApplicationId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DiscardApplicationDraftDocument,
    "\n  query KeptApplications {\n    myApplications(first: 100) {\n      edges {\n        node {\n          id\n          reference\n          keptUntil\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.KeptApplicationsDocument,
};
const documents: Documents = {
    "\n  fragment ApplicationDraft on Application {\n    id\n    status\n    version\n    answers\n    answerProblems {\n      pointer\n      code\n      message\n    }\n    missingDocuments\n    documents {\n      id\n      requirement\n      fileName\n      mediaType\n      size\n    }\n    service {\n      id\n      name\n    }\n    office {\n      id\n      name\n    }\n    form {\n      id\n      version\n      definition\n      processingDays\n      fee {\n        amountCents\n        currency\n      }\n    }\n  }\n": types.ApplicationDraftFragmentDoc,
    "\n  mutation StartApplication($input: StartApplicationInput!) {\n    startApplication(input: $input) {\n      application {\n        ...ApplicationDraft\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.StartApplicationDocument,
    "\n  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {\n    saveApplicationDraft(input: $input) {\n      application {\n        ...ApplicationDraft\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SaveApplicationDraftDocument,
    "\n  query ApplicationDraftNow($id: ID!) {\n    application(id: $id) {\n      ...ApplicationDraft\n    }\n  }\n": types.ApplicationDraftNowDocument,
    "\n  mutation CreateApplicationUpload($input: CreateApplicationUploadInput!) {\n    createApplicationUpload(input: $input) {\n      uploadUrl\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateApplicationUploadDocument,
    "\n  mutation RemoveApplicationDocument($input: RemoveApplicationDocumentInput!) {\n    removeApplicationDocument(input: $input) {\n      application {\n        ...ApplicationDraft\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RemoveApplicationDocumentDocument,
    "\n  mutation SubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input) {\n      application {\n        id\n        reference\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SubmitApplicationDocument,
    "\n  query MyApplications($first: Int!, $after: String) {\n    myApplications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          reference\n          status\n          createdAt\n          updatedAt\n          submittedAt\n          dueAt\n          service {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyApplicationsDocument,
    "\n  fragment ApplicationDetails on Application {\n    id\n    reference\n    status\n    version\n    answers\n    createdAt\n    submittedAt\n    dueAt\n    decidedAt\n    closedAt\n    overdue\n    decisionReason\n    service {\n      id\n      name\n    }\n    office {\n      id\n      name\n    }\n    form {\n      id\n      definition\n    }\n    documents {\n      id\n      requirement\n      fileName\n      size\n      uploadedAt\n      fromOffice\n      downloadUrl\n    }\n    receipt {\n      id\n      fileName\n      size\n      downloadUrl\n    }\n    decision {\n      id\n      fileName\n      size\n      downloadUrl\n    }\n    timeline {\n      kind\n      status\n      at\n      byOffice\n      note\n    }\n    conversation {\n      id\n      subject\n    }\n  }\n": types.ApplicationDetailsFragmentDoc,
    "\n  query Application($id: ID!) {\n    application(id: $id) {\n      ...ApplicationDetails\n    }\n  }\n": types.ApplicationDocument,
    "\n  subscription ApplicationUpdated($applicationId: ID!) {\n    applicationUpdated(applicationId: $applicationId) {\n      ...ApplicationDetails\n    }\n  }\n": types.ApplicationUpdatedDocument,
    "\n  mutation WithdrawApplication($input: WithdrawApplicationInput!) {\n    withdrawApplication(input: $input) {\n      application {\n        ...ApplicationDetails\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.WithdrawApplicationDocument,
    "\n  mutation DiscardApplicationDraft($input: DiscardApplicationDraftInput!) {\n    discardApplicationDraft(input: $input) {\n      discardedApplicationId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DiscardApplicationDraftDocument,
    "\n  query KeptApplications {\n    myApplications(first: 100) {\n      edges {\n        node {\n          id\n          reference\n          keptUntil\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.KeptApplicationsDocument,
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
export function graphql(source: "\n  fragment ApplicationDraft on Application {\n    id\n    status\n    version\n    answers\n    answerProblems {\n      pointer\n      code\n      message\n    }\n    missingDocuments\n    documents {\n      id\n      requirement\n      fileName\n      mediaType\n      size\n    }\n    service {\n      id\n      name\n    }\n    office {\n      id\n      name\n    }\n    form {\n      id\n      version\n      definition\n      processingDays\n      fee {\n        amountCents\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ApplicationDraft on Application {\n    id\n    status\n    version\n    answers\n    answerProblems {\n      pointer\n      code\n      message\n    }\n    missingDocuments\n    documents {\n      id\n      requirement\n      fileName\n      mediaType\n      size\n    }\n    service {\n      id\n      name\n    }\n    office {\n      id\n      name\n    }\n    form {\n      id\n      version\n      definition\n      processingDays\n      fee {\n        amountCents\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartApplication($input: StartApplicationInput!) {\n    startApplication(input: $input) {\n      application {\n        ...ApplicationDraft\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartApplication($input: StartApplicationInput!) {\n    startApplication(input: $input) {\n      application {\n        ...ApplicationDraft\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {\n    saveApplicationDraft(input: $input) {\n      application {\n        ...ApplicationDraft\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {\n    saveApplicationDraft(input: $input) {\n      application {\n        ...ApplicationDraft\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationDraftNow($id: ID!) {\n    application(id: $id) {\n      ...ApplicationDraft\n    }\n  }\n"): (typeof documents)["\n  query ApplicationDraftNow($id: ID!) {\n    application(id: $id) {\n      ...ApplicationDraft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApplicationUpload($input: CreateApplicationUploadInput!) {\n    createApplicationUpload(input: $input) {\n      uploadUrl\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApplicationUpload($input: CreateApplicationUploadInput!) {\n    createApplicationUpload(input: $input) {\n      uploadUrl\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveApplicationDocument($input: RemoveApplicationDocumentInput!) {\n    removeApplicationDocument(input: $input) {\n      application {\n        ...ApplicationDraft\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveApplicationDocument($input: RemoveApplicationDocumentInput!) {\n    removeApplicationDocument(input: $input) {\n      application {\n        ...ApplicationDraft\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input) {\n      application {\n        id\n        reference\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input) {\n      application {\n        id\n        reference\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApplications($first: Int!, $after: String) {\n    myApplications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          reference\n          status\n          createdAt\n          updatedAt\n          submittedAt\n          dueAt\n          service {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyApplications($first: Int!, $after: String) {\n    myApplications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          reference\n          status\n          createdAt\n          updatedAt\n          submittedAt\n          dueAt\n          service {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationDetails on Application {\n    id\n    reference\n    status\n    version\n    answers\n    createdAt\n    submittedAt\n    dueAt\n    decidedAt\n    closedAt\n    overdue\n    decisionReason\n    service {\n      id\n      name\n    }\n    office {\n      id\n      name\n    }\n    form {\n      id\n      definition\n    }\n    documents {\n      id\n      requirement\n      fileName\n      size\n      uploadedAt\n      fromOffice\n      downloadUrl\n    }\n    receipt {\n      id\n      fileName\n      size\n      downloadUrl\n    }\n    decision {\n      id\n      fileName\n      size\n      downloadUrl\n    }\n    timeline {\n      kind\n      status\n      at\n      byOffice\n      note\n    }\n    conversation {\n      id\n      subject\n    }\n  }\n"): (typeof documents)["\n  fragment ApplicationDetails on Application {\n    id\n    reference\n    status\n    version\n    answers\n    createdAt\n    submittedAt\n    dueAt\n    decidedAt\n    closedAt\n    overdue\n    decisionReason\n    service {\n      id\n      name\n    }\n    office {\n      id\n      name\n    }\n    form {\n      id\n      definition\n    }\n    documents {\n      id\n      requirement\n      fileName\n      size\n      uploadedAt\n      fromOffice\n      downloadUrl\n    }\n    receipt {\n      id\n      fileName\n      size\n      downloadUrl\n    }\n    decision {\n      id\n      fileName\n      size\n      downloadUrl\n    }\n    timeline {\n      kind\n      status\n      at\n      byOffice\n      note\n    }\n    conversation {\n      id\n      subject\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Application($id: ID!) {\n    application(id: $id) {\n      ...ApplicationDetails\n    }\n  }\n"): (typeof documents)["\n  query Application($id: ID!) {\n    application(id: $id) {\n      ...ApplicationDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ApplicationUpdated($applicationId: ID!) {\n    applicationUpdated(applicationId: $applicationId) {\n      ...ApplicationDetails\n    }\n  }\n"): (typeof documents)["\n  subscription ApplicationUpdated($applicationId: ID!) {\n    applicationUpdated(applicationId: $applicationId) {\n      ...ApplicationDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawApplication($input: WithdrawApplicationInput!) {\n    withdrawApplication(input: $input) {\n      application {\n        ...ApplicationDetails\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawApplication($input: WithdrawApplicationInput!) {\n    withdrawApplication(input: $input) {\n      application {\n        ...ApplicationDetails\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardApplicationDraft($input: DiscardApplicationDraftInput!) {\n    discardApplicationDraft(input: $input) {\n      discardedApplicationId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DiscardApplicationDraft($input: DiscardApplicationDraftInput!) {\n    discardApplicationDraft(input: $input) {\n      discardedApplicationId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeptApplications {\n    myApplications(first: 100) {\n      edges {\n        node {\n          id\n          reference\n          keptUntil\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KeptApplications {\n    myApplications(first: 100) {\n      edges {\n        node {\n          id\n          reference\n          keptUntil\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;