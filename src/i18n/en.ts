import type { de } from './de.js';

/** English texts; the type makes a missing key a compile error. */
export const en: Record<keyof typeof de, string> = {
  'error.internal': 'An internal error occurred. Please try again later.',
  'error.serviceUnavailable':
    'The service is overloaded or unreachable at the moment. Please try again in a few seconds.',
  'error.storageFull':
    'This could not be saved just now because the server’s storage is full. Please try again later.',
  'error.required': 'Please fill in this field.',
  'error.tooLong': 'Please enter at most {max} characters.',
  'error.webhookUrlInvalid':
    'Please give a complete http or https address without user name and password (at most 2000 characters).',
  'error.webhookHostUnknown': 'The host name of this address is not known.',
  'error.webhookAddressForbidden':
    'This address points into an internal network (private, loopback, link-local or similar); webhooks go to public addresses only.',
  'error.webhookScopeRequired':
    'Only a key with the scope {scope} receives an office’s events; the town’s administrators grant it.',
  'error.webhookLimit': 'An API key can have at most {max} webhook endpoints.',
  'error.webhookEventsRequired': 'Please choose at least one event.',
  'mail.webhookDisabled.subject': 'Webhook disabled: {url} – {town} town hall',
  'mail.webhookDisabled.body':
    'Hello,\n\nthe webhook endpoint {url} of your API key “{key}” has accepted no delivery for a day. We have therefore disabled it; what was still waiting will not be delivered.\n\nOnce the endpoint answers again, turn it back on with the mutation updateWebhookEndpoint and enabled: true. The delivery log (deliveries) shows the answers we received. More:\n\n{link}',
  'error.tooManyScopes': 'An API key can have at most {max} scopes.',
  'error.invalidId': 'This ID is not valid.',
  'error.invalidEmail': 'Please enter a valid e-mail address, for example name@example.org.',
  'error.invalidName': 'Please enter your name (at most 200 characters).',
  'error.invalidPhone': 'Please enter a phone number with digits, spaces and + - / ( ) only.',
  'error.invalidIdempotencyKey':
    'The idempotency key may contain letters, digits and - _ : . only (at most 200 characters).',
  'error.invalidCursor': 'This cursor is not valid. Please request the list again.',
  'error.invalidPageSize': 'Please request between 0 and {max} items.',
  'error.invalidRange': 'The period must end after it starts and last at most {days} days.',
  'error.releaseTooFar': 'A release can lie at most {days} days ahead.',
  'error.startsAtPast': 'This time is in the past. Please choose a later one.',
  'error.outsideBookingWindow':
    'Appointments for this service can be booked from {earliest} to {latest} days ahead, at least {notice} minutes before they start. Please choose another time.',
  'error.dailyCapReached':
    'The office gives no more appointments for this service on that day (at most {limit}). Please choose another day.',
  'error.latestBeforeEarliest': 'The latest day must be the earliest day or after it.',
  'error.notBookableTime': 'This office gives no appointments for this service at that time.',
  'error.slotTaken':
    'This time has just been taken. Please choose another time; your details are kept.',
  'error.holdExpired':
    'Your hold on this time has expired or no longer applies. Please choose the time again; your details are kept.',
  'error.confirmLinkInvalid':
    'This confirmation link is no longer valid: the booking was not confirmed within 30 minutes and has lapsed, or the link is incomplete. Please book again.',
  'error.holdNotFound': 'This hold no longer exists.',
  'error.serviceNotFound': 'This service does not exist.',
  'error.officeNotFound': 'This office does not exist.',
  'error.officeRetired': 'This office is closed for good and can no longer be changed.',
  'error.serviceRetired': 'This service is no longer offered and can no longer be changed.',
  'error.categoryNotFound': 'This category does not exist.',
  'error.releaseWindow': 'The window for requests must last from 1 to {max} minutes.',
  'error.releaseOpensTooLate': 'The window for requests must end before the first released time.',
  'error.releaseOverlapping':
    'Another release of this service at this office, not drawn yet, already covers some of these times.',
  'error.preferredDays': 'Please name at most {max} days like 2027-03-01.',
  'error.releaseNotFound': 'There is no such release of times.',
  'error.releaseNotOpen': 'Requests for these times open at {opensAt}.',
  'error.releaseClosed':
    'The time for requests is over; the times are being drawn or have been drawn.',
  'error.releaseDuplicate':
    'You have already made a request for this release (one per person and e-mail address).',
  'mail.releaseNotDrawn.subject': 'No appointment this time: {service} – {town} town hall',
  'mail.releaseNotDrawn.body':
    'Hello {name},\n\nthank you for your request for an appointment ({service}, {office}). The released times were drawn by lot among all requests of the first minutes; this time no suitable time was left for yours.\n\nHow the draw works: {rulesUrl}\n\nTimes not drawn and later cancellations can be booked as usual from now on: {url}',
  'error.serviceNotOffered': 'This office does not offer this service.',
  'error.appointmentNotFound': 'We found no appointment with this booking code and e-mail address.',
  'error.limitReached':
    'This e-mail address already has {limit} appointments. Please cancel one before booking another.',
  'error.idempotencyKeyReused': 'This idempotency key was already used for another booking.',
  'error.alreadyRebooked': 'A new appointment has already been booked with this link.',
  'error.rebookLinkInvalid':
    'This link is not valid, or it belongs to no appointment the town hall cancelled.',
  'error.alreadyCancelled': 'This appointment is already cancelled.',
  'error.tooLate': 'This appointment has already started and can no longer be cancelled.',
  'calendar.summary': '{service} – appointment at {town} town hall',
  'calendar.description': 'Your booking code: {code}. Please bring: {documents}. To cancel: {url}',
  'calendar.noDocuments': 'nothing in particular',
  'pdf.reference': 'Reference',
  'pdf.service': 'Service',
  'pdf.office': 'Responsible office',
  'pdf.dateAndTime': '{date} at {time}',
  'pdf.page': 'Page {page} of {pages}',
  'pdf.receipt.title': 'Receipt of your application',
  'pdf.receipt.submittedAt': 'Received on',
  'pdf.receipt.applicant': 'Applicant',
  'pdf.receipt.answers': 'Your answers',
  'pdf.receipt.question': 'Question',
  'pdf.receipt.answer': 'Your answer',
  'pdf.receipt.yes': 'Yes',
  'pdf.receipt.no': 'No',
  'pdf.receipt.documents': 'Documents submitted',
  'pdf.receipt.noDocuments': 'You uploaded no documents.',
  'pdf.receipt.document': 'Document',
  'pdf.receipt.fileName': 'File',
  'pdf.receipt.next': 'What happens next',
  'pdf.receipt.fee': 'The fee is {fee}.',
  'pdf.receipt.noFee': 'There is no fee for this application.',
  'pdf.receipt.feeWithDecision': 'We will tell you the fee with the decision.',
  'pdf.receipt.processing': 'Processing is expected to take {days}.',
  'pdf.receipt.questions':
    'You can follow your application at any time in "My town hall". If you have questions, please quote the reference {reference}.',
  'pdf.decision.title': 'Decision',
  'pdf.decision.decidedAt': 'Decided on',
  'pdf.decision.salutation': 'Dear {name},',
  'pdf.decision.intro': 'we have decided on your application "{service}" as follows:',
  'pdf.decision.APPROVED': 'Your application is approved.',
  'pdf.decision.REJECTED': 'Your application is rejected.',
  'pdf.decision.reason': 'Reasons',
  'pdf.decision.closing': 'Kind regards\n{office}',
  'error.invalidCredentials': 'The e-mail address or the password is wrong.',
  'error.tooManyAttempts':
    'Too many failed attempts. Please try again in {minutes} minutes or sign in with your passkey.',
  'error.emailNotVerified':
    'Please confirm your e-mail address first. We have sent you the link again.',
  'error.invalidToken': 'This link is invalid or has expired. Please ask for a new one.',
  'error.challengeInvalid':
    'Signing in with the passkey took too long or was already used. Please try again.',
  'error.passkeyVerificationFailed': 'The passkey could not be verified. Please try again.',
  'error.passwordTooShort': 'The password must have at least {min} and at most {max} characters.',
  'error.confirmationMismatch':
    'To confirm, please enter exactly the e-mail address of your account.',
  'error.reauthenticationRequired':
    'Please enter your password, or sign in again and delete the account within {minutes} minutes.',
  'error.forbidden': 'You may not do this.',
  'error.lastAdmin':
    'The town hall needs at least one admin: give admin rights to someone else first.',
  'error.notFound': 'Not found.',
  'error.slugInvalid':
    'Lower-case letters, digits and hyphens only, for example "citizens-office-centre".',
  'error.slugTaken': 'This identifier is already taken.',
  'error.nameTaken': 'This name is already taken here.',
  'error.invalidTime': 'Please enter a time as HH:MM; the end must be after the start.',
  'error.invalidDate': 'Please enter a date as YYYY-MM-DD.',
  'error.invalidWeekday': 'The weekday must be between 1 (Monday) and 7 (Sunday).',
  'error.invalidNumber': 'Please enter a number between {min} and {max}.',
  'error.announcementNotFound': 'This announcement does not exist.',
  'error.notYourOffice': 'Only the staff of this office write its announcements.',
  'error.townWideAdminsOnly':
    'Only administrators write announcements for the whole town. Please choose your office.',
  'error.alreadyPublished': 'This announcement is published already.',
  'error.alreadyExpired':
    'This announcement has expired and stays in the archive as it is. Please write a new one.',
  'error.notPublished': 'This draft is not published; there is nothing to withdraw.',
  'error.editConflict':
    'Someone else changed this announcement meanwhile (now revision {revision}). Please reload it and apply your changes again.',
  'error.expiresInPast': 'The end of validity must be in the future.',
  'error.expiresBeforePublish': 'The end of validity must be after the publication.',
  'error.publishAfterExpiry':
    'The publication must be before the end of validity. Please move the end.',
  'error.eventDetailsOnlyForEvents': 'Only events have a time and a place.',
  'error.eventEndsBeforeStart': 'The event must end after it starts.',
  'error.cannotDeletePublished':
    'Published announcements stay in the archive. Withdraw it instead.',
  'feed.title': 'Announcements of the town of {town}',
  'feed.titleOffice': 'Announcements of the town of {town} – {office}',
  'feed.subtitle': 'News, closures, events and warnings from {town} town hall.',
  'feed.author': 'Town of {town}',
  'feed.eventsTitle': 'Events of the town of {town}',
  'feed.eventTime': 'When: {time}',
  'feed.eventPlace': 'Where: {place}',
  'announcement.category.NEWS': 'News',
  'announcement.category.CLOSURE': 'Closure',
  'announcement.category.EVENT': 'Event',
  'announcement.category.WARNING': 'Warning',
  'announcement.severity.INFO': 'Information',
  'announcement.severity.IMPORTANT': 'Important',
  'announcement.severity.EMERGENCY': 'Emergency',
  'mail.verify.subject': 'Please confirm your e-mail address – {town} town hall',
  'mail.verify.body':
    'Hello {name},\n\nplease confirm your e-mail address for your account at {town} town hall and choose your password:\n\n{url}\n\nThe link is valid for 24 hours. If you did not create an account, you can ignore this e-mail.',
  'mail.registeredAgain.subject':
    'Registration attempt with your e-mail address – {town} town hall',
  'mail.registeredAgain.body':
    'Hello,\n\nsomeone tried to create an account at {town} town hall with your e-mail address. You already have an account; sign in here:\n\n{url}\n\nIf this was not you, you can ignore this e-mail.',
  'mail.staffInvite.subject': 'Your access to {town} town hall',
  'mail.staffInvite.body':
    'Hello {name},\n\nan account for the staff of {town} town hall has been set up for you. Please choose your password through this link within 7 days:\n\n{url}\n\nThen sign in with it; you can add a passkey afterwards.',
  'error.rateLimited': 'Please wait a moment.',
  'error.retryInSeconds':
    'Too many requests in a short time. Please try again in {seconds} seconds.',
  'error.retryInMinutes':
    'Too many requests in a short time. Please try again in {minutes} minutes.',
  'error.queryTooCostly':
    'This request would cost {cost} points; at most {limit} are allowed per request. Please ask for smaller pages, shorter periods or fewer fields.',
  'error.tooManyOperations':
    '{max} operations are already running on this connection. Please end one before starting another.',
  'error.trustedDocumentRequired':
    'This town’s pages send only the ids of their approved documents, no query text. Reload the page; for queries of your own, use an API key or GraphiQL.',
  'error.templateNotFound': 'This answer template does not exist or is not your office’s.',
  'error.templateNameTaken': 'Your office already has an answer template of this name.',
  'error.templateLimitReached':
    'Your office already has {max} answer templates. Please delete one that is no longer needed first.',
  'error.conversationNotFound': 'This conversation does not exist or is not yours.',
  'error.applicationNotFound': 'This application does not exist or is not yours.',
  'error.applicationUnknownRequirement': 'This form asks for no such document.',
  'error.applicationTooManyFiles': 'This application already has as many files as it can take.',
  'error.applicationTotalTooLarge':
    'All files of this application together would be larger than allowed.',
  'error.applicationDocumentNotAllowed':
    'Documents can only be added to a draft or when the office has asked for more information.',
  'error.applicationInvalidTransition':
    'This is not possible for this application in its current state.',
  'error.applicationAlreadyTaken': 'Someone else is already handling this application.',
  'error.applicationVersionConflict':
    'The application has changed in the meantime. Please reload it and try again.',
  'error.applicationAssigneeNotStaff': 'This person does not work for the responsible office.',
  'error.applicationAnswersTooLarge': 'The answers are too long. Please shorten them.',
  'error.applicationFileName':
    'Please give a file name of at most 200 characters, without slashes.',
  'error.applicationDocumentNotFound':
    'This document does not exist, or it is not part of your application.',
  'error.applicationInvalidAnswer': '{problem}',
  'error.applicationDocumentMissing': 'Please upload this document as well.',
  'answer.required': 'Please fill in this field.',
  'answer.notAField': 'This field is not part of the form.',
  'answer.format': 'Please check the format of this entry.',
  'answer.choice': 'Please choose one of the options offered.',
  'answer.length': 'This entry is too short or too long.',
  'answer.range': 'This value is outside the allowed range.',
  'answer.invalid': 'This entry is not valid.',
  'error.noOnlineApplication': 'This service has no online application.',
  'error.applicationFormDefinition': 'The form definition is invalid here: {message}',
  'error.signInRequired': 'Please sign in to do this.',
  'error.invalidAccessToken':
    'The access token is invalid, expired or revoked. Please sign in again.',
  'error.ownerOnly': 'Only the account’s owner may see this.',
  'mail.applicationSubmitted.subject':
    'Your application {reference} has been received – {town} town hall',
  'mail.applicationSubmitted.body':
    'Dear {name},\n\n{office} has received your application "{service}". Your reference number is {reference}.\n\nProcessing is expected to take {days} days. You can follow your application, download your receipt as a PDF and read the office\'s messages here: {url}',
  'messaging.applicationSubmitted':
    'Your application {reference} has been received. You can write to {office} about it here.',
  'messaging.outOfOffice':
    'Thank you for your message. {office} is closed right now and will answer from {when}.',
  'messaging.outOfOfficeUnknown':
    'Thank you for your message. {office} is closed right now and will answer as soon as possible.',
  'mail.unreadAnswer.subject': 'Answer from {town} town hall: {subject}',
  'mail.unreadAnswer.body':
    'Hello {name},\n\n{office} has answered you:\n\n"{excerpt}"\n\nRead the whole conversation and reply: {url}\n\nYou get at most one such e-mail per hour and conversation.',
  'mail.appointment.details':
    'Service: {service}\nWhen: {date}, {start}–{end}\nWhere: {office}, {address}\nBooking code: {code}',
  'mail.appointment.documents': 'Please bring:\n{list}',
  'mail.appointment.noDocuments': 'You need not bring anything in particular.',
  'mail.appointmentBooked.subject':
    'Appointment confirmed: {service} on {date} at {start} – {town} town hall',
  'mail.appointmentBooked.body':
    'Hello {name},\n\nyour appointment at {town} town hall is booked.\n\n{details}\n\n{documents}\n\nView or cancel the appointment: {url}\n\nAdd the appointment to your calendar: {calendarUrl}\n\nPlease be on time. If you cannot come, please cancel the appointment so that someone else can have it.',
  'mail.appointmentRescheduled.subject':
    'New time for your appointment: {service} on {date} at {start} – {town} town hall',
  'mail.appointmentRescheduled.body':
    'Hello {name},\n\nyour appointment at {town} town hall has a new time; the earlier one is free again. Your booking code stays the same.\n\n{details}\n\n{documents}\n\nView, reschedule or cancel the appointment: {url}\n\nThe attached calendar file moves the appointment in your calendar; or add it from here: {calendarUrl}\n\nPlease be on time. If you cannot come, please cancel the appointment so that someone else can have it.',
  'error.rescheduleCancelled': 'This appointment is cancelled; please book a new one.',
  'error.rescheduleTooLate':
    'This appointment has already started and can no longer be rescheduled.',
  'mail.appointmentReminder.subject': 'Reminder: {service} on {date} at {start} – {town} town hall',
  'mail.appointmentReminder.body':
    'Hello {name},\n\nthis is a reminder of your appointment at {town} town hall.\n\n{details}\n\n{documents}\n\nView or cancel the appointment: {url}\n\nAdd the appointment to your calendar: {calendarUrl}\n\nPlease be on time. If you cannot come, please cancel the appointment so that someone else can have it.',
  'mail.appointmentConfirmEmail.subject':
    'Please confirm: {service} on {date} at {start} – {town} town hall',
  'mail.appointmentConfirmEmail.body':
    'Hello {name},\n\nYou booked an appointment at {town} town hall. This service is in high demand, so the booking only counts once you confirm your e-mail address.\n\n{details}\n\nPlease open this link within {minutes} minutes and confirm there: {url}\n\nOtherwise the booking lapses and the time is free again. If you did not book anything, you need not do anything.',
  'mail.appointmentLapsed.subject':
    'Booking lapsed: {service} on {date} at {start} – {town} town hall',
  'mail.appointmentLapsed.body':
    'Hello {name},\n\nYour booking at {town} town hall has lapsed because the e-mail address was not confirmed in time. The time is free again.\n\n{details}\n\nYou can book a new appointment at any time: {url}',
  'mail.appointmentCancelled.subject':
    'Appointment cancelled: {service} on {date} at {start} – {town} town hall',
  'mail.appointmentCancelled.body':
    'Hello {name},\n\nyour appointment at {town} town hall is cancelled; the time is free again.\n\n{details}\n\nThe attached calendar file removes the appointment from your calendar if you added it there. You can book a new appointment at any time: {url}',
  'error.invalidLocalDate': 'Please give a date like 2027-03-01.',
  'error.bookingCodeNotFound': 'We found no appointment with this booking code.',
  'error.checkInWrongOffice': 'This appointment is at another office: {office}.',
  'error.checkInNotToday': 'This appointment is not today.',
  'error.checkInTooEarly': 'You can check in at most {minutes} minutes before your appointment.',
  'error.checkInTooLate':
    'Your appointment started more than {minutes} minutes ago. Please draw a ticket.',
  'error.appointmentIsCancelled': 'This appointment is cancelled.',
  'error.alreadyCheckedIn': 'This appointment is checked in already; your ticket still stands.',
  'error.officeClosed': 'The office is closed now.',
  'error.kioskWrongOffice': 'This kiosk draws tickets for its own office only.',
  'error.serviceNotHandled': 'No counter here handles this service now.',
  'error.counterNotFound': 'This counter does not exist.',
  'error.ticketNotFound': 'This ticket does not exist.',
  'error.counterClosed': 'The counter is not open. Please open it first.',
  'error.counterInactive': 'This counter is out of service. An administrator can reactivate it.',
  'error.counterBusy': 'A ticket is still called at this counter. Please finish it first.',
  'error.queueEmpty': 'Nobody is waiting for a service of this counter.',
  'error.ticketWrongState': 'This ticket cannot do that now; perhaps someone was faster.',
  'error.recallLimit': 'This ticket was called again {max} times already.',
  'error.counterNotHandling': 'This counter does not handle this service.',
  'error.alreadyRetired': 'This is retired already.',
  'error.appointmentsAffected':
    '{count} upcoming appointments are booked here. Please choose what happens to them.',
  'error.cannotMoveAppointments':
    '{count} of the upcoming appointments cannot be moved to another free counter at their time. Nothing was changed; cancel the appointments with a notice instead.',
  'error.moveOnlyCounters':
    'Only a counter’s appointments can be moved; those of an office or a service can only be cancelled.',
  'error.retired': 'This is retired and can no longer be changed.',
  'mail.appointmentCancelledByOffice.subject':
    'Appointment cancelled by the town hall: {service} on {date} at {start} – {town} town hall',
  'mail.appointmentCancelledByOffice.body':
    'Hello {name},\n\nunfortunately {office} has to cancel your appointment. The town hall’s message:\n\n{note}\n\n{details}\n\nWe apologise. With one click you can book one of the next free times instead: {url}\n\nIf you added the appointment to your calendar, please delete it there.',
  'mail.appointmentWithdrawn.subject':
    'Appointment cancelled by the town hall: {service} on {date} at {start} – {town} town hall',
  'mail.appointmentWithdrawn.body':
    'Hello {name},\n\nwe are sorry to cancel your appointment at {town} town hall: {reason}\n\n{details}\n\nPlease excuse us. If you added the appointment to your calendar, please delete it there. You can book a new appointment here: {url}',
  'mail.appointmentWithdrawn.reason.OFFICE': '{office} is closed from now on.',
  'mail.appointmentWithdrawn.reason.SERVICE': 'We no longer offer appointments for "{service}".',
  'mail.appointmentWithdrawn.reason.COUNTER':
    'The counter where your appointment was to take place is out of service.',
  'mail.applicationInformationRequested.subject':
    'Question about your application {reference} – {town} town hall',
  'mail.applicationInformationRequested.body':
    'Dear {name},\n\n{office} needs something more from you for your application "{service}" ({reference}):\n\n"{question}"\n\nPlease answer in the conversation about your application, or upload the documents there: {url}\n\nWe cannot continue with your application until you answer.',
  'mail.applicationDecided.subject': 'Decision on your application {reference} – {town} town hall',
  'mail.applicationDecided.body':
    'Dear {name},\n\n{office} has decided on your application "{service}" ({reference}): {outcome}\n\nYou can read the decision with its reasons and download it as a PDF here: {url}',
  'mail.applicationDecided.APPROVED': 'Your application is approved.',
  'mail.applicationDecided.REJECTED': 'Your application is rejected.',
  'upload.EMPTY': 'The file is empty.',
  'upload.TOO_LARGE': 'The file is too large: {maxMb} MB at most.',
  'upload.TYPE_NOT_ALLOWED': 'We do not accept this kind of file here: please send it as {types}.',
  'upload.CONTENT_MISMATCH':
    'The content of the file does not match its type. Did you choose the right file?',
  'upload.TOO_MANY_FILES':
    'This application already has as many files as it can take ({perRequirement} per document, {perApplication} in all).',
  'upload.TOTAL_TOO_LARGE': 'All files of this application together may be {maxMb} MB at most.',
  'upload.EXPIRED': 'The upload link has expired. Please choose the file again.',
  'upload.NOT_ALLOWED': 'You cannot upload a file to this application now.',
  'upload.RATE_LIMITED': 'You have just uploaded many files. Please wait a moment.',
  'upload.STORAGE_FULL':
    'The file could not be saved just now because the storage is full. Please try again later.',
  'oidc.page.title': 'Signing in with {provider}',
  'oidc.page.back': 'Back to sign-in',
  'oidc.refused.NOT_STAFF':
    'Your account at {provider} has no role for the staff workspace. Ask your IT service if you need this access.',
  'oidc.refused.NO_EMAIL': '{provider} sent no e-mail address. Ask your IT service.',
  'oidc.refused.EMAIL_UNVERIFIED':
    'An account with your e-mail address exists already, and {provider} does not confirm the address. Ask your IT service.',
  'oidc.refused.FAILED': 'Signing in with {provider} failed or took too long. Please try again.',
  'oidc.refused.UNAVAILABLE': '{provider} cannot be reached right now. Please try again later.',
  'error.waitlistEntryExistsLinkSent':
    'You are on the waitlist for this service already. We have sent you the link to your entry again.',
  'error.waitlistEntryExists': 'You are on the waitlist for this service already.',
  'error.waitlistEntryNotFound': 'This waitlist entry does not exist (any more).',
  'error.waitlistOfferNotFound':
    'This offer no longer exists: it expired, was declined or was accepted already.',
  'error.waitlistConfirmNotFound': 'This confirmation link is invalid or was used already.',
  'error.waitlistEmailRequired': 'Please sign in or give your e-mail address.',
  'error.waitlistPeriod':
    'The period must lie in the future, reach at most {days} days ahead and end after it begins.',
  'error.waitlistTimesOfDay':
    'Please give times like 08:00; the latest must be after the earliest.',
  'error.waitlistOffices': 'Please choose one to {max} offices that offer this service.',
  'mail.waitlistOffer.subject':
    'A time has come free: {service} on {date} at {start} – {town} town hall',
  'mail.waitlistOffer.body':
    'Hello {name},\n\nit is your turn on the waitlist: a time has come free for you and is held for you until {until}.\n\nService: {service}\nWhen: {date}, {start}–{end}\nWhere: {office}, {address}\n\nAccept or decline the time: {url}\n\nIf you do not accept it by {until}, it goes to the next person on the waitlist; you stay on the list. To see your place or leave the waitlist, use the link in the confirmation e-mail or, signed in, “My town hall”.',
  'mail.waitlistConfirm.subject': 'Please confirm your place on the waitlist – {town} town hall',
  'mail.waitlistConfirm.body':
    'Hello {name},\n\nyou asked to join the waitlist for “{service}” at {town} town hall. Please confirm your e-mail address to take your place in line:\n\n{url}\n\nLater you can see your place in line and leave the waitlist here:\n\n{entryUrl}\n\nIf this was not you, you can ignore this e-mail.',
};
