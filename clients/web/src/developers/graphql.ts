import { graphql } from '../gql';

// "My API keys": the signed-in account's keys for the public API.

/** The account's keys, revoked ones included. */
export const MyApiKeysQuery = graphql(`
  query MyApiKeys {
    me {
      id
      apiKeys {
        id
        name
        prefix
        createdAt
        lastUsedAt
        revokedAt
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
`);

/** A key for the account itself; `key` is the secret, which the API gives this once. */
export const CreateMyApiKeyMutation = graphql(`
  mutation CreateMyApiKey($input: CreateApiKeyInput!) {
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

export const RevokeMyApiKeyMutation = graphql(`
  mutation RevokeMyApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      apiKey {
        id
        revokedAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
