import { graphql } from '../gql';

/** Everyone with staff or admin rights, with their offices (admins). */
export const StaffMembersQuery = graphql(`
  query StaffMembers {
    staffMembers {
      id
      name
      email
      roles
      offices {
        id
        name
      }
    }
  }
`);

/** Invites a person, or changes the offices and admin rights of one who has access (admins). */
export const GrantStaffAccessMutation = graphql(`
  mutation GrantStaffAccess($input: GrantStaffAccessInput!) {
    grantStaffAccess(input: $input) {
      staffMember {
        id
        name
        email
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Ends a person's staff access and admin rights (admins). */
export const RevokeStaffAccessMutation = graphql(`
  mutation RevokeStaffAccess($input: RevokeStaffAccessInput!) {
    revokeStaffAccess(input: $input) {
      staffMember {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Every lobby kiosk, revoked ones included (admins). */
export const KioskDevicesQuery = graphql(`
  query KioskDevices {
    kioskDevices {
      id
      name
      office {
        id
        name
      }
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

/** Registers a kiosk; its device token comes this once (admins). */
export const IssueKioskTokenMutation = graphql(`
  mutation IssueKioskToken($input: IssueKioskTokenInput!) {
    issueKioskToken(input: $input) {
      kioskDevice {
        id
        name
      }
      token
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Revokes a kiosk's token at once (admins). */
export const RevokeKioskDeviceMutation = graphql(`
  mutation RevokeKioskDevice($input: RevokeKioskDeviceInput!) {
    revokeKioskDevice(input: $input) {
      kioskDevice {
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

/**
 * A page of every account's API keys with their owners and office scopes, the staff members a
 * new key can be made for, and the offices a scope can be granted for (admins).
 */
export const ApiKeysQuery = graphql(`
  query ApiKeys($after: String) {
    apiKeys(first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          prefix
          createdAt
          lastUsedAt
          revokedAt
          owner {
            id
            name
            email
          }
          scopes {
            scope
            office {
              id
              name
            }
          }
        }
      }
    }
    staffMembers {
      id
      name
      email
    }
    allOffices {
      id
      name
      retiredAt
    }
  }
`);

/** Creates an API key for an account; the key itself comes this once (admins: any account). */
export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      apiKey {
        id
        name
      }
      key
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Revokes an API key at once (admins: any key). */
export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      apiKey {
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

/** Sets the office scopes of an API key, replacing those it had (admins). */
export const SetApiKeyScopesMutation = graphql(`
  mutation SetApiKeyScopes($input: SetApiKeyScopesInput!) {
    setApiKeyScopes(input: $input) {
      apiKey {
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
