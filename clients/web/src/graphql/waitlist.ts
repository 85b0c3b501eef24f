import { graphql } from '../gql';

export const JoinWaitlistMutation = graphql(`
  mutation JoinWaitlist($input: JoinWaitlistInput!) {
    joinWaitlist(input: $input) {
      joined
      confirmationSent
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const ConfirmWaitlistEntryMutation = graphql(`
  mutation ConfirmWaitlistEntry($input: ConfirmWaitlistEntryInput!) {
    confirmWaitlistEntry(input: $input) {
      confirmed
      userErrors {
        code
        message
      }
    }
  }
`);

export const WaitlistEntryFieldsFragment = graphql(`
  fragment WaitlistEntryFields on WaitlistEntry {
    id
    placeInLine
    service {
      id
      name
    }
    offer {
      startsAt
      endsAt
      expiresAt
      office {
        id
        name
      }
    }
  }
`);

export const MyWaitlistEntriesQuery = graphql(`
  query MyWaitlistEntries {
    myWaitlistEntries {
      ...WaitlistEntryFields
    }
  }
`);

/** A guest's entry by the token of the link in the confirmation e-mail (`/waitlist/entry`). */
export const WaitlistEntryByTokenQuery = graphql(`
  query WaitlistEntryByToken($token: String!) {
    waitlistEntryByToken(token: $token) {
      ...WaitlistEntryFields
    }
  }
`);

export const AcceptWaitlistOfferMutation = graphql(`
  mutation AcceptWaitlistOffer($input: WaitlistOfferInput!) {
    acceptWaitlistOffer(input: $input) {
      appointment {
        id
        code
        email
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const DeclineWaitlistOfferMutation = graphql(`
  mutation DeclineWaitlistOffer($input: WaitlistOfferInput!) {
    declineWaitlistOffer(input: $input) {
      declined
      userErrors {
        code
        message
      }
    }
  }
`);

export const LeaveWaitlistMutation = graphql(`
  mutation LeaveWaitlist($input: LeaveWaitlistInput!) {
    leaveWaitlist(input: $input) {
      left
      userErrors {
        code
        message
      }
    }
  }
`);
