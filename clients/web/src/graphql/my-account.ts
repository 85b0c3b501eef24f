import { graphql } from '../gql';

// "My devices", "My data" and "Delete my account": the signed-in citizen's own account.

/** The account's passkeys and signed-in devices, for "My devices". */
export const MyDevicesQuery = graphql(`
  query MyDevices {
    me {
      id
      passkeys {
        id
        name
        backedUp
        createdAt
        lastUsedAt
      }
      sessions {
        id
        current
        type
        userAgent
        createdAt
        lastUsedAt
      }
    }
  }
`);

export const RenamePasskeyMutation = graphql(`
  mutation RenamePasskey($input: RenamePasskeyInput!) {
    renamePasskey(input: $input) {
      passkey {
        id
        name
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RemovePasskeyMutation = graphql(`
  mutation RemovePasskey($input: RemovePasskeyInput!) {
    removePasskey(input: $input) {
      removedId
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input) {
      removedId
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** One page of who in the town hall read the citizen's data, newest first. */
export const MyDataAccessLogQuery = graphql(`
  query MyDataAccessLog($first: Int!, $after: String) {
    me {
      id
      dataAccessLog(first: $first, after: $after) {
        edges {
          node {
            accessedAt
            staffMember
            staffRole
            subject
            reason
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const ExportMyDataMutation = graphql(`
  mutation ExportMyData {
    exportMyData {
      data
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** What "Delete my account" needs: the address to confirm, and when this device signed in. */
export const DeleteAccountQuery = graphql(`
  query DeleteAccount {
    me {
      id
      email
      sessions {
        id
        current
        createdAt
      }
    }
  }
`);

export const DeleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {
    deleteMyAccount(input: $input) {
      deleted
      userErrors {
        code
        field
        message
      }
    }
  }
`);
