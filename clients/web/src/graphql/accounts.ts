import { graphql } from '../gql';

export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
      account {
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

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      account {
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

/** Who is signed in on this device, for the header and the forms it fills in; null: nobody. */
export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      roles
    }
  }
`);

export const RegisterAccountMutation = graphql(`
  mutation RegisterAccount($input: RegisterAccountInput!) {
    registerAccount(input: $input) {
      emailSent
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const SignInWithPasswordMutation = graphql(`
  mutation SignInWithPassword($input: SignInWithPasswordInput!) {
    signInWithPassword(input: $input) {
      account {
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

export const StartPasskeySignInMutation = graphql(`
  mutation StartPasskeySignIn {
    startPasskeySignIn {
      options
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const FinishPasskeySignInMutation = graphql(`
  mutation FinishPasskeySignIn($input: FinishPasskeySignInInput!) {
    finishPasskeySignIn(input: $input) {
      account {
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

export const StartPasskeyRegistrationMutation = graphql(`
  mutation StartPasskeyRegistration {
    startPasskeyRegistration {
      options
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const FinishPasskeyRegistrationMutation = graphql(`
  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {
    finishPasskeyRegistration(input: $input) {
      passkey {
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

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut {
      signedOut
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Whether the signed-in account has a passkey yet (the offer to add one depends on it). */
export const MyPasskeysQuery = graphql(`
  query MyPasskeys {
    me {
      id
      passkeys {
        id
      }
    }
  }
`);

/** "My town hall": the account, whether it has a passkey, and its appointments, newest first. */
export const MyTownHallQuery = graphql(`
  query MyTownHall($first: Int!, $after: String) {
    me {
      id
      name
      email
      passkeys {
        id
      }
      appointments(first: $first, after: $after) {
        edges {
          node {
            ...AppointmentDetails
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

export const MyAppointmentQuery = graphql(`
  query MyAppointment($id: ID!) {
    node(id: $id) {
      __typename
      ... on Appointment {
        ...AppointmentDetails
      }
    }
  }
`);

export const ClaimGuestAppointmentsMutation = graphql(`
  mutation ClaimGuestAppointments {
    claimGuestAppointments {
      appointments {
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

/** Whether the town's identity provider is offered for staff sign-in, and its button's name. */
export const StaffSignInOptionsQuery = graphql(`
  query StaffSignInOptions {
    staffSignInOptions {
      identityProvider {
        label
        startUrl
      }
    }
  }
`);
