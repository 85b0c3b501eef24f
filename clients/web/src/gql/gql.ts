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
    "\n  query MyApiKeys {\n    me {\n      id\n      apiKeys {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n        scopes {\n          scope\n          office {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyApiKeysDocument,
    "\n  mutation CreateMyApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n        name\n      }\n      key\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateMyApiKeyDocument,
    "\n  mutation RevokeMyApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        revokedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RevokeMyApiKeyDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      account {\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation RegisterAccount($input: RegisterAccountInput!) {\n    registerAccount(input: $input) {\n      emailSent\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RegisterAccountDocument,
    "\n  mutation SignInWithPassword($input: SignInWithPasswordInput!) {\n    signInWithPassword(input: $input) {\n      account {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SignInWithPasswordDocument,
    "\n  mutation StartPasskeySignIn {\n    startPasskeySignIn {\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.StartPasskeySignInDocument,
    "\n  mutation FinishPasskeySignIn($input: FinishPasskeySignInInput!) {\n    finishPasskeySignIn(input: $input) {\n      account {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.FinishPasskeySignInDocument,
    "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration {\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.StartPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      passkey {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.FinishPasskeyRegistrationDocument,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  query MyPasskeys {\n    me {\n      id\n      passkeys {\n        id\n      }\n    }\n  }\n": typeof types.MyPasskeysDocument,
    "\n  query MyTownHall($first: Int!, $after: String) {\n    me {\n      id\n      name\n      email\n      passkeys {\n        id\n      }\n      appointments(first: $first, after: $after) {\n        edges {\n          node {\n            ...AppointmentDetails\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.MyTownHallDocument,
    "\n  query MyAppointment($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Appointment {\n        ...AppointmentDetails\n      }\n    }\n  }\n": typeof types.MyAppointmentDocument,
    "\n  mutation ClaimGuestAppointments {\n    claimGuestAppointments {\n      appointments {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ClaimGuestAppointmentsDocument,
    "\n  query StaffSignInOptions {\n    staffSignInOptions {\n      identityProvider {\n        label\n        startUrl\n      }\n    }\n  }\n": typeof types.StaffSignInOptionsDocument,
    "\n  query AnnouncementList($first: Int, $after: String, $lang: Language) {\n    announcements(first: $first, after: $after, lang: $lang) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          language\n          category\n          severity\n          emergency\n          publishAt\n          eventStartsAt\n          office {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AnnouncementListDocument,
    "\n  query Announcement($id: ID!, $lang: Language) {\n    announcement(id: $id, lang: $lang) {\n      id\n      title\n      body\n      language\n      availableLanguages\n      category\n      severity\n      emergency\n      publishAt\n      expiresAt\n      updatedAt\n      eventStartsAt\n      eventEndsAt\n      eventLocation\n      office {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AnnouncementDocument,
    "\n  query EmergencyAnnouncements($lang: Language) {\n    announcements(severity: EMERGENCY, first: 3, lang: $lang) {\n      edges {\n        node {\n          id\n          title\n          language\n        }\n      }\n    }\n  }\n": typeof types.EmergencyAnnouncementsDocument,
    "\n  subscription AnnouncementWithdrawn {\n    announcementWithdrawn\n  }\n": typeof types.AnnouncementWithdrawnDocument,
    "\n  subscription AnnouncementPublished($lang: Language) {\n    announcementPublished(lang: $lang) {\n      id\n      title\n      language\n      emergency\n    }\n  }\n": typeof types.AnnouncementPublishedDocument,
    "\n  query FreeSlots($serviceId: ID!, $officeId: ID!, $from: DateTime!, $to: DateTime!) {\n    freeSlots(serviceId: $serviceId, officeId: $officeId, from: $from, to: $to) {\n      startsAt\n      endsAt\n      available\n    }\n  }\n": typeof types.FreeSlotsDocument,
    "\n  subscription SlotAvailability($serviceId: ID!, $officeId: ID!) {\n    slotAvailabilityChanged(serviceId: $serviceId, officeId: $officeId) {\n      startsAt\n      endsAt\n      available\n    }\n  }\n": typeof types.SlotAvailabilityDocument,
    "\n  mutation ConfirmBooking($input: ConfirmBookingInput!) {\n    confirmBooking(input: $input) {\n      appointment {\n        ...AppointmentDetails\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ConfirmBookingDocument,
    "\n  mutation HoldSlot($input: HoldSlotInput!) {\n    holdSlot(input: $input) {\n      hold {\n        token\n        startsAt\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.HoldSlotDocument,
    "\n  mutation ReleaseHold($input: ReleaseHoldInput!) {\n    releaseHold(input: $input) {\n      released\n    }\n  }\n": typeof types.ReleaseHoldDocument,
    "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      appointment {\n        ...AppointmentDetails\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.BookAppointmentDocument,
    "\n  fragment AppointmentDetails on Appointment {\n    id\n    code\n    status\n    startsAt\n    endsAt\n    email\n    calendarUrl\n    service {\n      id\n      name\n      documents\n    }\n    office {\n      id\n      name\n      address {\n        street\n        postalCode\n        city\n      }\n    }\n  }\n": typeof types.AppointmentDetailsFragmentDoc,
    "\n  query Appointment($code: String!, $email: String!, $lang: Language) {\n    appointment(code: $code, email: $email, lang: $lang) {\n      ...AppointmentDetails\n    }\n  }\n": typeof types.AppointmentDocument,
    "\n  query AppointmentByToken($token: String!, $lang: Language) {\n    appointmentByToken(token: $token, lang: $lang) {\n      ...AppointmentDetails\n    }\n  }\n": typeof types.AppointmentByTokenDocument,
    "\n  mutation CancelAppointment($input: CancelAppointmentInput!) {\n    cancelAppointment(input: $input) {\n      appointment {\n        id\n        status\n        cancelledAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CancelAppointmentDocument,
    "\n  query RebookOffer($token: String!, $lang: Language) {\n    rebookOffer(token: $token, lang: $lang) {\n      cancelledAppointment {\n        ...AppointmentDetails\n      }\n      message\n      times {\n        startsAt\n        endsAt\n      }\n      rebookedAppointment {\n        ...AppointmentDetails\n      }\n    }\n  }\n": typeof types.RebookOfferDocument,
    "\n  mutation RebookAppointment($input: RebookAppointmentInput!) {\n    rebookAppointment(input: $input) {\n      appointment {\n        ...AppointmentDetails\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RebookAppointmentDocument,
    "\n  mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(input: $input) {\n      appointment {\n        ...AppointmentDetails\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RescheduleAppointmentDocument,
    "\n  query Categories($lang: Language) {\n    categories(lang: $lang) {\n      id\n      name\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  query SearchServices(\n    $query: String\n    $categoryId: ID\n    $first: Int\n    $after: String\n    $lang: Language\n  ) {\n    services(query: $query, categoryId: $categoryId, first: $first, after: $after, lang: $lang) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          description\n          fee {\n            amountCents\n            currency\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SearchServicesDocument,
    "\n  query Service($id: ID!, $lang: Language) {\n    service(id: $id, lang: $lang) {\n      id\n      name\n      description\n      fee {\n        amountCents\n        currency\n      }\n      documents\n      durationMinutes\n      bookingWindow {\n        earliestDaysAhead\n        latestDaysAhead\n      }\n      processingTime\n      legalBasis\n      category {\n        id\n        name\n      }\n      onlineApplication {\n        id\n        processingDays\n      }\n      upcomingRelease {\n        id\n        state\n        startsAt\n        opensAt\n        closesAt\n      }\n      offices {\n        id\n        name\n        address {\n          street\n          postalCode\n          city\n        }\n        phone\n        email\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n      }\n    }\n  }\n": typeof types.ServiceDocument,
    "\n  query MyConversations($first: Int!, $after: String) {\n    conversations(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          subject\n          status\n          lastMessageAt\n          unreadCount\n          office {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyConversationsDocument,
    "\n  query UnreadConversations {\n    conversations(first: 100) {\n      edges {\n        node {\n          id\n          unreadCount\n        }\n      }\n    }\n  }\n": typeof types.UnreadConversationsDocument,
    "\n  query WriteToOffice {\n    offices {\n      id\n      name\n    }\n    me {\n      id\n      appointments(first: 100) {\n        edges {\n          node {\n            id\n            status\n            startsAt\n            endsAt\n            service {\n              id\n              name\n            }\n            office {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WriteToOfficeDocument,
    "\n  mutation StartConversation($input: StartConversationInput!) {\n    startConversation(input: $input) {\n      conversation {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.StartConversationDocument,
    "\n  fragment MessageParts on Message {\n    id\n    seq\n    body\n    authorRole\n    authorName\n    createdAt\n  }\n": typeof types.MessagePartsFragmentDoc,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      subject\n      status\n      lastSeq\n      citizenLastReadSeq\n      officeLastReadSeq\n      office {\n        id\n        name\n      }\n      application {\n        id\n      }\n      messages(last: 100) {\n        edges {\n          node {\n            ...MessageParts\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n        }\n      }\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  subscription ConversationEvents(\n    $conversationId: ID!\n    $afterSeq: Int\n    $shownStatus: ConversationStatus\n  ) {\n    conversationEvents(\n      conversationId: $conversationId\n      afterSeq: $afterSeq\n      shownStatus: $shownStatus\n    ) {\n      type\n      side\n      seq\n      status\n      message {\n        ...MessageParts\n      }\n    }\n  }\n": typeof types.ConversationEventsDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...MessageParts\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) {\n      conversation {\n        id\n        citizenLastReadSeq\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.MarkConversationReadDocument,
    "\n  mutation SendTypingIndicator($input: ConversationInput!) {\n    sendTypingIndicator(input: $input) {\n      sent\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SendTypingIndicatorDocument,
    "\n  query MyDevices {\n    me {\n      id\n      passkeys {\n        id\n        name\n        backedUp\n        createdAt\n        lastUsedAt\n      }\n      sessions {\n        id\n        current\n        type\n        userAgent\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.MyDevicesDocument,
    "\n  mutation RenamePasskey($input: RenamePasskeyInput!) {\n    renamePasskey(input: $input) {\n      passkey {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RenamePasskeyDocument,
    "\n  mutation RemovePasskey($input: RemovePasskeyInput!) {\n    removePasskey(input: $input) {\n      removedId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RemovePasskeyDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      removedId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RevokeSessionDocument,
    "\n  query MyDataAccessLog($first: Int!, $after: String) {\n    me {\n      id\n      dataAccessLog(first: $first, after: $after) {\n        edges {\n          node {\n            accessedAt\n            staffMember\n            staffRole\n            subject\n            reason\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.MyDataAccessLogDocument,
    "\n  mutation ExportMyData {\n    exportMyData {\n      data\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ExportMyDataDocument,
    "\n  query DeleteAccount {\n    me {\n      id\n      email\n      sessions {\n        id\n        current\n        createdAt\n      }\n    }\n  }\n": typeof types.DeleteAccountDocument,
    "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input) {\n      deleted\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  fragment TicketDetails on Ticket {\n    id\n    number\n    state\n    kind\n    position\n    estimatedWaitMinutes\n    counterName\n    recalls\n    calledAt\n    service {\n      id\n      name\n    }\n    office {\n      id\n      name\n    }\n  }\n": typeof types.TicketDetailsFragmentDoc,
    "\n  query Ticket($ticketId: ID!) {\n    ticket(ticketId: $ticketId) {\n      ...TicketDetails\n    }\n  }\n": typeof types.TicketDocument,
    "\n  subscription MyTicket($ticketId: ID!) {\n    myTicket(ticketId: $ticketId) {\n      ...TicketDetails\n    }\n  }\n": typeof types.MyTicketDocument,
    "\n  mutation CheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CheckInDocument,
    "\n  mutation DrawTicket($input: DrawTicketInput!) {\n    drawTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DrawTicketDocument,
    "\n  mutation JoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      joined\n      confirmationSent\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.JoinWaitlistDocument,
    "\n  mutation ConfirmWaitlistEntry($input: ConfirmWaitlistEntryInput!) {\n    confirmWaitlistEntry(input: $input) {\n      confirmed\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ConfirmWaitlistEntryDocument,
    "\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    placeInLine\n    service {\n      id\n      name\n    }\n    offer {\n      startsAt\n      endsAt\n      expiresAt\n      office {\n        id\n        name\n      }\n    }\n  }\n": typeof types.WaitlistEntryFieldsFragmentDoc,
    "\n  query MyWaitlistEntries {\n    myWaitlistEntries {\n      ...WaitlistEntryFields\n    }\n  }\n": typeof types.MyWaitlistEntriesDocument,
    "\n  query WaitlistEntryByToken($token: String!) {\n    waitlistEntryByToken(token: $token) {\n      ...WaitlistEntryFields\n    }\n  }\n": typeof types.WaitlistEntryByTokenDocument,
    "\n  mutation AcceptWaitlistOffer($input: WaitlistOfferInput!) {\n    acceptWaitlistOffer(input: $input) {\n      appointment {\n        id\n        code\n        email\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AcceptWaitlistOfferDocument,
    "\n  mutation DeclineWaitlistOffer($input: WaitlistOfferInput!) {\n    declineWaitlistOffer(input: $input) {\n      declined\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.DeclineWaitlistOfferDocument,
    "\n  mutation LeaveWaitlist($input: LeaveWaitlistInput!) {\n    leaveWaitlist(input: $input) {\n      left\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.LeaveWaitlistDocument,
};
const documents: Documents = {
    "\n  query MyApiKeys {\n    me {\n      id\n      apiKeys {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n        scopes {\n          scope\n          office {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyApiKeysDocument,
    "\n  mutation CreateMyApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n        name\n      }\n      key\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateMyApiKeyDocument,
    "\n  mutation RevokeMyApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        revokedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RevokeMyApiKeyDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      account {\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n": types.MeDocument,
    "\n  mutation RegisterAccount($input: RegisterAccountInput!) {\n    registerAccount(input: $input) {\n      emailSent\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RegisterAccountDocument,
    "\n  mutation SignInWithPassword($input: SignInWithPasswordInput!) {\n    signInWithPassword(input: $input) {\n      account {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SignInWithPasswordDocument,
    "\n  mutation StartPasskeySignIn {\n    startPasskeySignIn {\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.StartPasskeySignInDocument,
    "\n  mutation FinishPasskeySignIn($input: FinishPasskeySignInInput!) {\n    finishPasskeySignIn(input: $input) {\n      account {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.FinishPasskeySignInDocument,
    "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration {\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.StartPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      passkey {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.FinishPasskeyRegistrationDocument,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SignOutDocument,
    "\n  query MyPasskeys {\n    me {\n      id\n      passkeys {\n        id\n      }\n    }\n  }\n": types.MyPasskeysDocument,
    "\n  query MyTownHall($first: Int!, $after: String) {\n    me {\n      id\n      name\n      email\n      passkeys {\n        id\n      }\n      appointments(first: $first, after: $after) {\n        edges {\n          node {\n            ...AppointmentDetails\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.MyTownHallDocument,
    "\n  query MyAppointment($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Appointment {\n        ...AppointmentDetails\n      }\n    }\n  }\n": types.MyAppointmentDocument,
    "\n  mutation ClaimGuestAppointments {\n    claimGuestAppointments {\n      appointments {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ClaimGuestAppointmentsDocument,
    "\n  query StaffSignInOptions {\n    staffSignInOptions {\n      identityProvider {\n        label\n        startUrl\n      }\n    }\n  }\n": types.StaffSignInOptionsDocument,
    "\n  query AnnouncementList($first: Int, $after: String, $lang: Language) {\n    announcements(first: $first, after: $after, lang: $lang) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          language\n          category\n          severity\n          emergency\n          publishAt\n          eventStartsAt\n          office {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AnnouncementListDocument,
    "\n  query Announcement($id: ID!, $lang: Language) {\n    announcement(id: $id, lang: $lang) {\n      id\n      title\n      body\n      language\n      availableLanguages\n      category\n      severity\n      emergency\n      publishAt\n      expiresAt\n      updatedAt\n      eventStartsAt\n      eventEndsAt\n      eventLocation\n      office {\n        id\n        name\n      }\n    }\n  }\n": types.AnnouncementDocument,
    "\n  query EmergencyAnnouncements($lang: Language) {\n    announcements(severity: EMERGENCY, first: 3, lang: $lang) {\n      edges {\n        node {\n          id\n          title\n          language\n        }\n      }\n    }\n  }\n": types.EmergencyAnnouncementsDocument,
    "\n  subscription AnnouncementWithdrawn {\n    announcementWithdrawn\n  }\n": types.AnnouncementWithdrawnDocument,
    "\n  subscription AnnouncementPublished($lang: Language) {\n    announcementPublished(lang: $lang) {\n      id\n      title\n      language\n      emergency\n    }\n  }\n": types.AnnouncementPublishedDocument,
    "\n  query FreeSlots($serviceId: ID!, $officeId: ID!, $from: DateTime!, $to: DateTime!) {\n    freeSlots(serviceId: $serviceId, officeId: $officeId, from: $from, to: $to) {\n      startsAt\n      endsAt\n      available\n    }\n  }\n": types.FreeSlotsDocument,
    "\n  subscription SlotAvailability($serviceId: ID!, $officeId: ID!) {\n    slotAvailabilityChanged(serviceId: $serviceId, officeId: $officeId) {\n      startsAt\n      endsAt\n      available\n    }\n  }\n": types.SlotAvailabilityDocument,
    "\n  mutation ConfirmBooking($input: ConfirmBookingInput!) {\n    confirmBooking(input: $input) {\n      appointment {\n        ...AppointmentDetails\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ConfirmBookingDocument,
    "\n  mutation HoldSlot($input: HoldSlotInput!) {\n    holdSlot(input: $input) {\n      hold {\n        token\n        startsAt\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.HoldSlotDocument,
    "\n  mutation ReleaseHold($input: ReleaseHoldInput!) {\n    releaseHold(input: $input) {\n      released\n    }\n  }\n": types.ReleaseHoldDocument,
    "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      appointment {\n        ...AppointmentDetails\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.BookAppointmentDocument,
    "\n  fragment AppointmentDetails on Appointment {\n    id\n    code\n    status\n    startsAt\n    endsAt\n    email\n    calendarUrl\n    service {\n      id\n      name\n      documents\n    }\n    office {\n      id\n      name\n      address {\n        street\n        postalCode\n        city\n      }\n    }\n  }\n": types.AppointmentDetailsFragmentDoc,
    "\n  query Appointment($code: String!, $email: String!, $lang: Language) {\n    appointment(code: $code, email: $email, lang: $lang) {\n      ...AppointmentDetails\n    }\n  }\n": types.AppointmentDocument,
    "\n  query AppointmentByToken($token: String!, $lang: Language) {\n    appointmentByToken(token: $token, lang: $lang) {\n      ...AppointmentDetails\n    }\n  }\n": types.AppointmentByTokenDocument,
    "\n  mutation CancelAppointment($input: CancelAppointmentInput!) {\n    cancelAppointment(input: $input) {\n      appointment {\n        id\n        status\n        cancelledAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CancelAppointmentDocument,
    "\n  query RebookOffer($token: String!, $lang: Language) {\n    rebookOffer(token: $token, lang: $lang) {\n      cancelledAppointment {\n        ...AppointmentDetails\n      }\n      message\n      times {\n        startsAt\n        endsAt\n      }\n      rebookedAppointment {\n        ...AppointmentDetails\n      }\n    }\n  }\n": types.RebookOfferDocument,
    "\n  mutation RebookAppointment($input: RebookAppointmentInput!) {\n    rebookAppointment(input: $input) {\n      appointment {\n        ...AppointmentDetails\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RebookAppointmentDocument,
    "\n  mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(input: $input) {\n      appointment {\n        ...AppointmentDetails\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RescheduleAppointmentDocument,
    "\n  query Categories($lang: Language) {\n    categories(lang: $lang) {\n      id\n      name\n    }\n  }\n": types.CategoriesDocument,
    "\n  query SearchServices(\n    $query: String\n    $categoryId: ID\n    $first: Int\n    $after: String\n    $lang: Language\n  ) {\n    services(query: $query, categoryId: $categoryId, first: $first, after: $after, lang: $lang) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          description\n          fee {\n            amountCents\n            currency\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SearchServicesDocument,
    "\n  query Service($id: ID!, $lang: Language) {\n    service(id: $id, lang: $lang) {\n      id\n      name\n      description\n      fee {\n        amountCents\n        currency\n      }\n      documents\n      durationMinutes\n      bookingWindow {\n        earliestDaysAhead\n        latestDaysAhead\n      }\n      processingTime\n      legalBasis\n      category {\n        id\n        name\n      }\n      onlineApplication {\n        id\n        processingDays\n      }\n      upcomingRelease {\n        id\n        state\n        startsAt\n        opensAt\n        closesAt\n      }\n      offices {\n        id\n        name\n        address {\n          street\n          postalCode\n          city\n        }\n        phone\n        email\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n      }\n    }\n  }\n": types.ServiceDocument,
    "\n  query MyConversations($first: Int!, $after: String) {\n    conversations(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          subject\n          status\n          lastMessageAt\n          unreadCount\n          office {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyConversationsDocument,
    "\n  query UnreadConversations {\n    conversations(first: 100) {\n      edges {\n        node {\n          id\n          unreadCount\n        }\n      }\n    }\n  }\n": types.UnreadConversationsDocument,
    "\n  query WriteToOffice {\n    offices {\n      id\n      name\n    }\n    me {\n      id\n      appointments(first: 100) {\n        edges {\n          node {\n            id\n            status\n            startsAt\n            endsAt\n            service {\n              id\n              name\n            }\n            office {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WriteToOfficeDocument,
    "\n  mutation StartConversation($input: StartConversationInput!) {\n    startConversation(input: $input) {\n      conversation {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.StartConversationDocument,
    "\n  fragment MessageParts on Message {\n    id\n    seq\n    body\n    authorRole\n    authorName\n    createdAt\n  }\n": types.MessagePartsFragmentDoc,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      subject\n      status\n      lastSeq\n      citizenLastReadSeq\n      officeLastReadSeq\n      office {\n        id\n        name\n      }\n      application {\n        id\n      }\n      messages(last: 100) {\n        edges {\n          node {\n            ...MessageParts\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n        }\n      }\n    }\n  }\n": types.ConversationDocument,
    "\n  subscription ConversationEvents(\n    $conversationId: ID!\n    $afterSeq: Int\n    $shownStatus: ConversationStatus\n  ) {\n    conversationEvents(\n      conversationId: $conversationId\n      afterSeq: $afterSeq\n      shownStatus: $shownStatus\n    ) {\n      type\n      side\n      seq\n      status\n      message {\n        ...MessageParts\n      }\n    }\n  }\n": types.ConversationEventsDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...MessageParts\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) {\n      conversation {\n        id\n        citizenLastReadSeq\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.MarkConversationReadDocument,
    "\n  mutation SendTypingIndicator($input: ConversationInput!) {\n    sendTypingIndicator(input: $input) {\n      sent\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SendTypingIndicatorDocument,
    "\n  query MyDevices {\n    me {\n      id\n      passkeys {\n        id\n        name\n        backedUp\n        createdAt\n        lastUsedAt\n      }\n      sessions {\n        id\n        current\n        type\n        userAgent\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": types.MyDevicesDocument,
    "\n  mutation RenamePasskey($input: RenamePasskeyInput!) {\n    renamePasskey(input: $input) {\n      passkey {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RenamePasskeyDocument,
    "\n  mutation RemovePasskey($input: RemovePasskeyInput!) {\n    removePasskey(input: $input) {\n      removedId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RemovePasskeyDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      removedId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RevokeSessionDocument,
    "\n  query MyDataAccessLog($first: Int!, $after: String) {\n    me {\n      id\n      dataAccessLog(first: $first, after: $after) {\n        edges {\n          node {\n            accessedAt\n            staffMember\n            staffRole\n            subject\n            reason\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.MyDataAccessLogDocument,
    "\n  mutation ExportMyData {\n    exportMyData {\n      data\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ExportMyDataDocument,
    "\n  query DeleteAccount {\n    me {\n      id\n      email\n      sessions {\n        id\n        current\n        createdAt\n      }\n    }\n  }\n": types.DeleteAccountDocument,
    "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input) {\n      deleted\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DeleteMyAccountDocument,
    "\n  fragment TicketDetails on Ticket {\n    id\n    number\n    state\n    kind\n    position\n    estimatedWaitMinutes\n    counterName\n    recalls\n    calledAt\n    service {\n      id\n      name\n    }\n    office {\n      id\n      name\n    }\n  }\n": types.TicketDetailsFragmentDoc,
    "\n  query Ticket($ticketId: ID!) {\n    ticket(ticketId: $ticketId) {\n      ...TicketDetails\n    }\n  }\n": types.TicketDocument,
    "\n  subscription MyTicket($ticketId: ID!) {\n    myTicket(ticketId: $ticketId) {\n      ...TicketDetails\n    }\n  }\n": types.MyTicketDocument,
    "\n  mutation CheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CheckInDocument,
    "\n  mutation DrawTicket($input: DrawTicketInput!) {\n    drawTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DrawTicketDocument,
    "\n  mutation JoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      joined\n      confirmationSent\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.JoinWaitlistDocument,
    "\n  mutation ConfirmWaitlistEntry($input: ConfirmWaitlistEntryInput!) {\n    confirmWaitlistEntry(input: $input) {\n      confirmed\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ConfirmWaitlistEntryDocument,
    "\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    placeInLine\n    service {\n      id\n      name\n    }\n    offer {\n      startsAt\n      endsAt\n      expiresAt\n      office {\n        id\n        name\n      }\n    }\n  }\n": types.WaitlistEntryFieldsFragmentDoc,
    "\n  query MyWaitlistEntries {\n    myWaitlistEntries {\n      ...WaitlistEntryFields\n    }\n  }\n": types.MyWaitlistEntriesDocument,
    "\n  query WaitlistEntryByToken($token: String!) {\n    waitlistEntryByToken(token: $token) {\n      ...WaitlistEntryFields\n    }\n  }\n": types.WaitlistEntryByTokenDocument,
    "\n  mutation AcceptWaitlistOffer($input: WaitlistOfferInput!) {\n    acceptWaitlistOffer(input: $input) {\n      appointment {\n        id\n        code\n        email\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AcceptWaitlistOfferDocument,
    "\n  mutation DeclineWaitlistOffer($input: WaitlistOfferInput!) {\n    declineWaitlistOffer(input: $input) {\n      declined\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.DeclineWaitlistOfferDocument,
    "\n  mutation LeaveWaitlist($input: LeaveWaitlistInput!) {\n    leaveWaitlist(input: $input) {\n      left\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.LeaveWaitlistDocument,
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
export function graphql(source: "\n  query MyApiKeys {\n    me {\n      id\n      apiKeys {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n        scopes {\n          scope\n          office {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyApiKeys {\n    me {\n      id\n      apiKeys {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n        scopes {\n          scope\n          office {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMyApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n        name\n      }\n      key\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMyApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n        name\n      }\n      key\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeMyApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        revokedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeMyApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        revokedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      account {\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      account {\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterAccount($input: RegisterAccountInput!) {\n    registerAccount(input: $input) {\n      emailSent\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterAccount($input: RegisterAccountInput!) {\n    registerAccount(input: $input) {\n      emailSent\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithPassword($input: SignInWithPasswordInput!) {\n    signInWithPassword(input: $input) {\n      account {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithPassword($input: SignInWithPasswordInput!) {\n    signInWithPassword(input: $input) {\n      account {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPasskeySignIn {\n    startPasskeySignIn {\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartPasskeySignIn {\n    startPasskeySignIn {\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeySignIn($input: FinishPasskeySignInInput!) {\n    finishPasskeySignIn(input: $input) {\n      account {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FinishPasskeySignIn($input: FinishPasskeySignInInput!) {\n    finishPasskeySignIn(input: $input) {\n      account {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration {\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration {\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      passkey {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      passkey {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut {\n      signedOut\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut {\n      signedOut\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPasskeys {\n    me {\n      id\n      passkeys {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPasskeys {\n    me {\n      id\n      passkeys {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTownHall($first: Int!, $after: String) {\n    me {\n      id\n      name\n      email\n      passkeys {\n        id\n      }\n      appointments(first: $first, after: $after) {\n        edges {\n          node {\n            ...AppointmentDetails\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTownHall($first: Int!, $after: String) {\n    me {\n      id\n      name\n      email\n      passkeys {\n        id\n      }\n      appointments(first: $first, after: $after) {\n        edges {\n          node {\n            ...AppointmentDetails\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAppointment($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Appointment {\n        ...AppointmentDetails\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAppointment($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Appointment {\n        ...AppointmentDetails\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimGuestAppointments {\n    claimGuestAppointments {\n      appointments {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimGuestAppointments {\n    claimGuestAppointments {\n      appointments {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffSignInOptions {\n    staffSignInOptions {\n      identityProvider {\n        label\n        startUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffSignInOptions {\n    staffSignInOptions {\n      identityProvider {\n        label\n        startUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnouncementList($first: Int, $after: String, $lang: Language) {\n    announcements(first: $first, after: $after, lang: $lang) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          language\n          category\n          severity\n          emergency\n          publishAt\n          eventStartsAt\n          office {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnnouncementList($first: Int, $after: String, $lang: Language) {\n    announcements(first: $first, after: $after, lang: $lang) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          language\n          category\n          severity\n          emergency\n          publishAt\n          eventStartsAt\n          office {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Announcement($id: ID!, $lang: Language) {\n    announcement(id: $id, lang: $lang) {\n      id\n      title\n      body\n      language\n      availableLanguages\n      category\n      severity\n      emergency\n      publishAt\n      expiresAt\n      updatedAt\n      eventStartsAt\n      eventEndsAt\n      eventLocation\n      office {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Announcement($id: ID!, $lang: Language) {\n    announcement(id: $id, lang: $lang) {\n      id\n      title\n      body\n      language\n      availableLanguages\n      category\n      severity\n      emergency\n      publishAt\n      expiresAt\n      updatedAt\n      eventStartsAt\n      eventEndsAt\n      eventLocation\n      office {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmergencyAnnouncements($lang: Language) {\n    announcements(severity: EMERGENCY, first: 3, lang: $lang) {\n      edges {\n        node {\n          id\n          title\n          language\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmergencyAnnouncements($lang: Language) {\n    announcements(severity: EMERGENCY, first: 3, lang: $lang) {\n      edges {\n        node {\n          id\n          title\n          language\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AnnouncementWithdrawn {\n    announcementWithdrawn\n  }\n"): (typeof documents)["\n  subscription AnnouncementWithdrawn {\n    announcementWithdrawn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AnnouncementPublished($lang: Language) {\n    announcementPublished(lang: $lang) {\n      id\n      title\n      language\n      emergency\n    }\n  }\n"): (typeof documents)["\n  subscription AnnouncementPublished($lang: Language) {\n    announcementPublished(lang: $lang) {\n      id\n      title\n      language\n      emergency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FreeSlots($serviceId: ID!, $officeId: ID!, $from: DateTime!, $to: DateTime!) {\n    freeSlots(serviceId: $serviceId, officeId: $officeId, from: $from, to: $to) {\n      startsAt\n      endsAt\n      available\n    }\n  }\n"): (typeof documents)["\n  query FreeSlots($serviceId: ID!, $officeId: ID!, $from: DateTime!, $to: DateTime!) {\n    freeSlots(serviceId: $serviceId, officeId: $officeId, from: $from, to: $to) {\n      startsAt\n      endsAt\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SlotAvailability($serviceId: ID!, $officeId: ID!) {\n    slotAvailabilityChanged(serviceId: $serviceId, officeId: $officeId) {\n      startsAt\n      endsAt\n      available\n    }\n  }\n"): (typeof documents)["\n  subscription SlotAvailability($serviceId: ID!, $officeId: ID!) {\n    slotAvailabilityChanged(serviceId: $serviceId, officeId: $officeId) {\n      startsAt\n      endsAt\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmBooking($input: ConfirmBookingInput!) {\n    confirmBooking(input: $input) {\n      appointment {\n        ...AppointmentDetails\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmBooking($input: ConfirmBookingInput!) {\n    confirmBooking(input: $input) {\n      appointment {\n        ...AppointmentDetails\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldSlot($input: HoldSlotInput!) {\n    holdSlot(input: $input) {\n      hold {\n        token\n        startsAt\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HoldSlot($input: HoldSlotInput!) {\n    holdSlot(input: $input) {\n      hold {\n        token\n        startsAt\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseHold($input: ReleaseHoldInput!) {\n    releaseHold(input: $input) {\n      released\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseHold($input: ReleaseHoldInput!) {\n    releaseHold(input: $input) {\n      released\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      appointment {\n        ...AppointmentDetails\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      appointment {\n        ...AppointmentDetails\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppointmentDetails on Appointment {\n    id\n    code\n    status\n    startsAt\n    endsAt\n    email\n    calendarUrl\n    service {\n      id\n      name\n      documents\n    }\n    office {\n      id\n      name\n      address {\n        street\n        postalCode\n        city\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AppointmentDetails on Appointment {\n    id\n    code\n    status\n    startsAt\n    endsAt\n    email\n    calendarUrl\n    service {\n      id\n      name\n      documents\n    }\n    office {\n      id\n      name\n      address {\n        street\n        postalCode\n        city\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Appointment($code: String!, $email: String!, $lang: Language) {\n    appointment(code: $code, email: $email, lang: $lang) {\n      ...AppointmentDetails\n    }\n  }\n"): (typeof documents)["\n  query Appointment($code: String!, $email: String!, $lang: Language) {\n    appointment(code: $code, email: $email, lang: $lang) {\n      ...AppointmentDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentByToken($token: String!, $lang: Language) {\n    appointmentByToken(token: $token, lang: $lang) {\n      ...AppointmentDetails\n    }\n  }\n"): (typeof documents)["\n  query AppointmentByToken($token: String!, $lang: Language) {\n    appointmentByToken(token: $token, lang: $lang) {\n      ...AppointmentDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAppointment($input: CancelAppointmentInput!) {\n    cancelAppointment(input: $input) {\n      appointment {\n        id\n        status\n        cancelledAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAppointment($input: CancelAppointmentInput!) {\n    cancelAppointment(input: $input) {\n      appointment {\n        id\n        status\n        cancelledAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RebookOffer($token: String!, $lang: Language) {\n    rebookOffer(token: $token, lang: $lang) {\n      cancelledAppointment {\n        ...AppointmentDetails\n      }\n      message\n      times {\n        startsAt\n        endsAt\n      }\n      rebookedAppointment {\n        ...AppointmentDetails\n      }\n    }\n  }\n"): (typeof documents)["\n  query RebookOffer($token: String!, $lang: Language) {\n    rebookOffer(token: $token, lang: $lang) {\n      cancelledAppointment {\n        ...AppointmentDetails\n      }\n      message\n      times {\n        startsAt\n        endsAt\n      }\n      rebookedAppointment {\n        ...AppointmentDetails\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RebookAppointment($input: RebookAppointmentInput!) {\n    rebookAppointment(input: $input) {\n      appointment {\n        ...AppointmentDetails\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RebookAppointment($input: RebookAppointmentInput!) {\n    rebookAppointment(input: $input) {\n      appointment {\n        ...AppointmentDetails\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(input: $input) {\n      appointment {\n        ...AppointmentDetails\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(input: $input) {\n      appointment {\n        ...AppointmentDetails\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories($lang: Language) {\n    categories(lang: $lang) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Categories($lang: Language) {\n    categories(lang: $lang) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchServices(\n    $query: String\n    $categoryId: ID\n    $first: Int\n    $after: String\n    $lang: Language\n  ) {\n    services(query: $query, categoryId: $categoryId, first: $first, after: $after, lang: $lang) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          description\n          fee {\n            amountCents\n            currency\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchServices(\n    $query: String\n    $categoryId: ID\n    $first: Int\n    $after: String\n    $lang: Language\n  ) {\n    services(query: $query, categoryId: $categoryId, first: $first, after: $after, lang: $lang) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          description\n          fee {\n            amountCents\n            currency\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Service($id: ID!, $lang: Language) {\n    service(id: $id, lang: $lang) {\n      id\n      name\n      description\n      fee {\n        amountCents\n        currency\n      }\n      documents\n      durationMinutes\n      bookingWindow {\n        earliestDaysAhead\n        latestDaysAhead\n      }\n      processingTime\n      legalBasis\n      category {\n        id\n        name\n      }\n      onlineApplication {\n        id\n        processingDays\n      }\n      upcomingRelease {\n        id\n        state\n        startsAt\n        opensAt\n        closesAt\n      }\n      offices {\n        id\n        name\n        address {\n          street\n          postalCode\n          city\n        }\n        phone\n        email\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Service($id: ID!, $lang: Language) {\n    service(id: $id, lang: $lang) {\n      id\n      name\n      description\n      fee {\n        amountCents\n        currency\n      }\n      documents\n      durationMinutes\n      bookingWindow {\n        earliestDaysAhead\n        latestDaysAhead\n      }\n      processingTime\n      legalBasis\n      category {\n        id\n        name\n      }\n      onlineApplication {\n        id\n        processingDays\n      }\n      upcomingRelease {\n        id\n        state\n        startsAt\n        opensAt\n        closesAt\n      }\n      offices {\n        id\n        name\n        address {\n          street\n          postalCode\n          city\n        }\n        phone\n        email\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConversations($first: Int!, $after: String) {\n    conversations(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          subject\n          status\n          lastMessageAt\n          unreadCount\n          office {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyConversations($first: Int!, $after: String) {\n    conversations(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          subject\n          status\n          lastMessageAt\n          unreadCount\n          office {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadConversations {\n    conversations(first: 100) {\n      edges {\n        node {\n          id\n          unreadCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnreadConversations {\n    conversations(first: 100) {\n      edges {\n        node {\n          id\n          unreadCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WriteToOffice {\n    offices {\n      id\n      name\n    }\n    me {\n      id\n      appointments(first: 100) {\n        edges {\n          node {\n            id\n            status\n            startsAt\n            endsAt\n            service {\n              id\n              name\n            }\n            office {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WriteToOffice {\n    offices {\n      id\n      name\n    }\n    me {\n      id\n      appointments(first: 100) {\n        edges {\n          node {\n            id\n            status\n            startsAt\n            endsAt\n            service {\n              id\n              name\n            }\n            office {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartConversation($input: StartConversationInput!) {\n    startConversation(input: $input) {\n      conversation {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartConversation($input: StartConversationInput!) {\n    startConversation(input: $input) {\n      conversation {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageParts on Message {\n    id\n    seq\n    body\n    authorRole\n    authorName\n    createdAt\n  }\n"): (typeof documents)["\n  fragment MessageParts on Message {\n    id\n    seq\n    body\n    authorRole\n    authorName\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      subject\n      status\n      lastSeq\n      citizenLastReadSeq\n      officeLastReadSeq\n      office {\n        id\n        name\n      }\n      application {\n        id\n      }\n      messages(last: 100) {\n        edges {\n          node {\n            ...MessageParts\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      subject\n      status\n      lastSeq\n      citizenLastReadSeq\n      officeLastReadSeq\n      office {\n        id\n        name\n      }\n      application {\n        id\n      }\n      messages(last: 100) {\n        edges {\n          node {\n            ...MessageParts\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationEvents(\n    $conversationId: ID!\n    $afterSeq: Int\n    $shownStatus: ConversationStatus\n  ) {\n    conversationEvents(\n      conversationId: $conversationId\n      afterSeq: $afterSeq\n      shownStatus: $shownStatus\n    ) {\n      type\n      side\n      seq\n      status\n      message {\n        ...MessageParts\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ConversationEvents(\n    $conversationId: ID!\n    $afterSeq: Int\n    $shownStatus: ConversationStatus\n  ) {\n    conversationEvents(\n      conversationId: $conversationId\n      afterSeq: $afterSeq\n      shownStatus: $shownStatus\n    ) {\n      type\n      side\n      seq\n      status\n      message {\n        ...MessageParts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...MessageParts\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...MessageParts\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) {\n      conversation {\n        id\n        citizenLastReadSeq\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) {\n      conversation {\n        id\n        citizenLastReadSeq\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTypingIndicator($input: ConversationInput!) {\n    sendTypingIndicator(input: $input) {\n      sent\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendTypingIndicator($input: ConversationInput!) {\n    sendTypingIndicator(input: $input) {\n      sent\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDevices {\n    me {\n      id\n      passkeys {\n        id\n        name\n        backedUp\n        createdAt\n        lastUsedAt\n      }\n      sessions {\n        id\n        current\n        type\n        userAgent\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDevices {\n    me {\n      id\n      passkeys {\n        id\n        name\n        backedUp\n        createdAt\n        lastUsedAt\n      }\n      sessions {\n        id\n        current\n        type\n        userAgent\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenamePasskey($input: RenamePasskeyInput!) {\n    renamePasskey(input: $input) {\n      passkey {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RenamePasskey($input: RenamePasskeyInput!) {\n    renamePasskey(input: $input) {\n      passkey {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePasskey($input: RemovePasskeyInput!) {\n    removePasskey(input: $input) {\n      removedId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePasskey($input: RemovePasskeyInput!) {\n    removePasskey(input: $input) {\n      removedId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      removedId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      removedId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDataAccessLog($first: Int!, $after: String) {\n    me {\n      id\n      dataAccessLog(first: $first, after: $after) {\n        edges {\n          node {\n            accessedAt\n            staffMember\n            staffRole\n            subject\n            reason\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDataAccessLog($first: Int!, $after: String) {\n    me {\n      id\n      dataAccessLog(first: $first, after: $after) {\n        edges {\n          node {\n            accessedAt\n            staffMember\n            staffRole\n            subject\n            reason\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportMyData {\n    exportMyData {\n      data\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExportMyData {\n    exportMyData {\n      data\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeleteAccount {\n    me {\n      id\n      email\n      sessions {\n        id\n        current\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeleteAccount {\n    me {\n      id\n      email\n      sessions {\n        id\n        current\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input) {\n      deleted\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input) {\n      deleted\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketDetails on Ticket {\n    id\n    number\n    state\n    kind\n    position\n    estimatedWaitMinutes\n    counterName\n    recalls\n    calledAt\n    service {\n      id\n      name\n    }\n    office {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TicketDetails on Ticket {\n    id\n    number\n    state\n    kind\n    position\n    estimatedWaitMinutes\n    counterName\n    recalls\n    calledAt\n    service {\n      id\n      name\n    }\n    office {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ticket($ticketId: ID!) {\n    ticket(ticketId: $ticketId) {\n      ...TicketDetails\n    }\n  }\n"): (typeof documents)["\n  query Ticket($ticketId: ID!) {\n    ticket(ticketId: $ticketId) {\n      ...TicketDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyTicket($ticketId: ID!) {\n    myTicket(ticketId: $ticketId) {\n      ...TicketDetails\n    }\n  }\n"): (typeof documents)["\n  subscription MyTicket($ticketId: ID!) {\n    myTicket(ticketId: $ticketId) {\n      ...TicketDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawTicket($input: DrawTicketInput!) {\n    drawTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DrawTicket($input: DrawTicketInput!) {\n    drawTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      joined\n      confirmationSent\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      joined\n      confirmationSent\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmWaitlistEntry($input: ConfirmWaitlistEntryInput!) {\n    confirmWaitlistEntry(input: $input) {\n      confirmed\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmWaitlistEntry($input: ConfirmWaitlistEntryInput!) {\n    confirmWaitlistEntry(input: $input) {\n      confirmed\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    placeInLine\n    service {\n      id\n      name\n    }\n    offer {\n      startsAt\n      endsAt\n      expiresAt\n      office {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    placeInLine\n    service {\n      id\n      name\n    }\n    offer {\n      startsAt\n      endsAt\n      expiresAt\n      office {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWaitlistEntries {\n    myWaitlistEntries {\n      ...WaitlistEntryFields\n    }\n  }\n"): (typeof documents)["\n  query MyWaitlistEntries {\n    myWaitlistEntries {\n      ...WaitlistEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitlistEntryByToken($token: String!) {\n    waitlistEntryByToken(token: $token) {\n      ...WaitlistEntryFields\n    }\n  }\n"): (typeof documents)["\n  query WaitlistEntryByToken($token: String!) {\n    waitlistEntryByToken(token: $token) {\n      ...WaitlistEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptWaitlistOffer($input: WaitlistOfferInput!) {\n    acceptWaitlistOffer(input: $input) {\n      appointment {\n        id\n        code\n        email\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptWaitlistOffer($input: WaitlistOfferInput!) {\n    acceptWaitlistOffer(input: $input) {\n      appointment {\n        id\n        code\n        email\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineWaitlistOffer($input: WaitlistOfferInput!) {\n    declineWaitlistOffer(input: $input) {\n      declined\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineWaitlistOffer($input: WaitlistOfferInput!) {\n    declineWaitlistOffer(input: $input) {\n      declined\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveWaitlist($input: LeaveWaitlistInput!) {\n    leaveWaitlist(input: $input) {\n      left\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveWaitlist($input: LeaveWaitlistInput!) {\n    leaveWaitlist(input: $input) {\n      left\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;